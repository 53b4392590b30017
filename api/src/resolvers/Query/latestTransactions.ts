import type { Chain } from '@og-explorer/common'
import { readingChain } from '../../chain/errors'
import { boundedInt, readerOf } from '../../chain/inputs'
import { txSummaryOf } from '../../chain/shape'
import type { ApiContext } from '../context'
import { MAX_LATEST } from './latestBlocks'

/** blocks read at most, so a quiet chain (empty blocks) costs a bounded number of node calls */
export const MAX_BLOCKS_SCANNED = 20
const BLOCKS_PER_ROUND = 5

/** The newest `limit` transactions of a chain, newest first, from its newest blocks. */
export async function latestTransactions(_parent: unknown, args: { chain: Chain; limit?: number | null }, ctx: ApiContext) {
  const limit = boundedInt('limit', args.limit, 10, 1, MAX_LATEST)
  const reader = readerOf(ctx, args.chain)
  if (!reader) return { chain: args.chain, chainReads: false, head: null, transactions: [] }
  return readingChain(args.chain, async () => {
    const head = await reader.head()
    const transactions: ReturnType<typeof txSummaryOf>[] = []
    for (let next = head; next >= 0 && next > head - MAX_BLOCKS_SCANNED && transactions.length < limit; next -= BLOCKS_PER_ROUND) {
      const numbers = Array.from({ length: BLOCKS_PER_ROUND }, (_, i) => next - i).filter((n) => n >= 0)
      const blocks = await Promise.all(numbers.map((n) => reader.block(n, true)))
      for (const b of blocks) if (b) transactions.push(...[...b.transactions].reverse().map((tx) => txSummaryOf(tx, b)))
    }
    return { chain: args.chain, chainReads: true, head, transactions: transactions.slice(0, limit) }
  })
}
