import type { Chain } from '@og-explorer/common'
import { readingChain } from '../../chain/errors'
import { boundedInt, readerOf } from '../../chain/inputs'
import { hexBigInt, hexNumber } from '../../chain/rpc-types'
import { blockTime, txSummaryOf } from '../../chain/shape'
import type { ApiContext } from '../context'

export const MAX_BLOCK_TX_PAGE = 100

/** A block from the chain's node with one page of its transactions; null when the node has no such block. */
export async function block(_parent: unknown, args: { chain: Chain; number: number; txOffset?: number | null; txLimit?: number | null }, ctx: ApiContext) {
  const number = boundedInt('number', args.number, 0, 0, Number.MAX_SAFE_INTEGER)
  const offset = boundedInt('txOffset', args.txOffset, 0, 0, 1_000_000)
  const limit = boundedInt('txLimit', args.txLimit, 25, 1, MAX_BLOCK_TX_PAGE)
  const reader = readerOf(ctx, args.chain)
  if (!reader) return { chain: args.chain, number, chainReads: false, transactions: [] }
  return readingChain(args.chain, async () => {
    const [b, head] = await Promise.all([reader.block(number, true), reader.head()])
    if (!b) return null
    return {
      chain: args.chain,
      number,
      chainReads: true,
      hash: b.hash,
      parentHash: b.parentHash,
      timestamp: blockTime(b.timestamp),
      txCount: b.transactions.length,
      gasUsed: String(hexBigInt(b.gasUsed)),
      gasLimit: String(hexBigInt(b.gasLimit)),
      baseFeePerGas: hexBigInt(b.baseFeePerGas)?.toString() ?? null,
      miner: b.miner.toLowerCase(),
      confirmations: Math.max(0, head - (hexNumber(b.number) as number) + 1),
      transactions: b.transactions.slice(offset, offset + limit).map((tx) => txSummaryOf(tx, b)),
    }
  })
}
