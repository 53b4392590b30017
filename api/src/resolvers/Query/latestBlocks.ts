import type { Chain } from '@og-explorer/common'
import { readingChain } from '../../chain/errors'
import { boundedInt, readerOf } from '../../chain/inputs'
import { blockSummaryOf } from '../../chain/shape'
import type { ApiContext } from '../context'

export const MAX_LATEST = 25

/** The newest `limit` blocks of a chain, newest first, read in parallel below the node's head. */
export async function latestBlocks(_parent: unknown, args: { chain: Chain; limit?: number | null }, ctx: ApiContext) {
  const limit = boundedInt('limit', args.limit, 10, 1, MAX_LATEST)
  const reader = readerOf(ctx, args.chain)
  if (!reader) return { chain: args.chain, chainReads: false, head: null, blocks: [] }
  return readingChain(args.chain, async () => {
    const head = await reader.head()
    const numbers = Array.from({ length: Math.min(limit, head + 1) }, (_, i) => head - i)
    const blocks = await Promise.all(numbers.map((n) => reader.block(n, false)))
    return { chain: args.chain, chainReads: true, head, blocks: blocks.filter((b) => b !== null).map(blockSummaryOf) }
  })
}
