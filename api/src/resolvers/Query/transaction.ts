import type { Chain } from '@og-explorer/common'
import { readingChain } from '../../chain/errors'
import { readerOf, txHashArg } from '../../chain/inputs'
import { blockTime, feesOf, logOf } from '../../chain/shape'
import { hexNumber } from '../../chain/rpc-types'
import { methodOf } from '../../chain/abi/registry'
import type { ApiContext } from '../context'

/** A transaction from the chain's node: tx, receipt, its block's time and the head, read in parallel. */
export async function transaction(_parent: unknown, args: { chain: Chain; hash: string }, ctx: ApiContext) {
  const hash = txHashArg(args.hash)
  const base = { chain: args.chain, hash, logs: [] }
  const reader = readerOf(ctx, args.chain)
  if (!reader) return { ...base, chainReads: false, found: false }
  return readingChain(args.chain, async () => {
    const [tx, receipt, head] = await Promise.all([reader.transaction(hash), reader.receipt(hash), reader.head()])
    if (!tx) return { ...base, chainReads: true, found: false }
    const blockNumber = hexNumber(tx.blockNumber)
    const block = blockNumber === null ? null : await reader.block(blockNumber, false)
    return {
      ...base,
      chainReads: true,
      found: true,
      status: !receipt ? 'PENDING' : receipt.status === '0x0' ? 'FAILED' : 'SUCCESS',
      blockNumber,
      confirmations: blockNumber === null ? 0 : Math.max(0, head - blockNumber + 1),
      timestamp: block ? blockTime(block.timestamp) : null,
      from: tx.from.toLowerCase(),
      to: tx.to?.toLowerCase() ?? null,
      createdContract: receipt?.contractAddress?.toLowerCase() ?? null,
      value: BigInt(tx.value).toString(),
      method: methodOf(tx.input),
      ...(receipt ? feesOf(tx, receipt) : {}),
      logs: (receipt?.logs ?? []).map(logOf),
    } as const
  })
}
