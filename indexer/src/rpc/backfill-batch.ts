/**
 * Backfill batch size for RPC ingestion.
 *
 * `@subsquid/evm-processor` fetches finalized blocks over RPC in 10-block splits (a constant in its
 * ds-rpc client, not a setting), and every split reaches the handler as its own batch: one database
 * transaction with its status update, its prefetch queries and its state reads. On a backfill that
 * fixed cost per 10 blocks, not the rows, dominated the run. Raising the split makes each batch
 * cover more blocks; the split is still fetched with one `eth_getLogs` and one batched
 * `eth_getBlockByNumber` call, so the RPC load per block does not change. Hot blocks at the head
 * are unaffected (they go through the hot path, block by block).
 *
 * The client looks `coldIngest` up on the ingest-tools module at every call, so wrapping that export
 * before the processor starts is enough. If a library update changes that shape, the wrapper is
 * not installed and indexing goes on at the library's own 10 blocks per batch.
 */
type ColdIngestArgs = { splitSize: number; [key: string]: unknown }
type ColdIngest = (args: ColdIngestArgs) => unknown

const WRAPPED = Symbol.for('og-explorer.backfill-batch')

export interface BackfillBatchResult {
  installed: boolean
  reason?: string
}

export function setBackfillBatchBlocks(blocks: number): BackfillBatchResult {
  if (!Number.isInteger(blocks) || blocks < 1) throw new Error(`backfill batch size must be a positive whole number of blocks, got ${blocks}`)
  let cold: { coldIngest?: ColdIngest & { [WRAPPED]?: ColdIngest } }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    cold = require('@subsquid/util-internal-ingest-tools/lib/cold')
  } catch (error) {
    return { installed: false, reason: `ingest-tools not found: ${error instanceof Error ? error.message : error}` }
  }
  const current = cold.coldIngest
  if (typeof current !== 'function') return { installed: false, reason: 'ingest-tools has no coldIngest export' }
  const original = current[WRAPPED] ?? current
  const wrapped = ((args: ColdIngestArgs) => original({ ...args, splitSize: Math.max(args.splitSize, blocks) })) as ColdIngest & { [WRAPPED]?: ColdIngest }
  wrapped[WRAPPED] = original
  cold.coldIngest = wrapped
  return { installed: true }
}
