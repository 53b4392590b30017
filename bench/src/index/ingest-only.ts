import { createBaseProcessor } from '@og-explorer/indexer/lib/base/processor'
import { loadProfile, parseEnv } from '@og-explorer/indexer/lib/config/env'
import { createOgProcessor } from '@og-explorer/indexer/lib/og/processor'
import { setBackfillBatchBlocks } from '@og-explorer/indexer/lib/rpc/backfill-batch'
import { runUsage, runUsageFigures } from '@og-explorer/indexer/lib/util/run-usage'
import { ingestionSchema } from '../results/schema'
import { writeResult } from '../results/files'

/**
 * `node bench/lib/index/ingest-only.js og|base --json FILE`: the chain's processor exactly as
 * configured, with a handler that only counts and a database that stores nothing. The indexing
 * benchmark runs it to show the ceiling the Subsquid RPC ingestion (fetch, validate, map) sets
 * before any handler or write runs.
 */
const [chain, flag, jsonFile] = process.argv.slice(2)
if ((chain !== 'og' && chain !== 'base') || flag !== '--json' || !jsonFile)
  throw new Error('usage: ingest-only.js og|base --json FILE (with OG_TO_BLOCK / BASE_TO_BLOCK set)')
const env = parseEnv()
const profile = loadProfile(env)
setBackfillBatchBlocks(profile[chain].backfillBatchBlocks)
const toBlock = chain === 'og' ? env.OG_TO_BLOCK : env.BASE_TO_BLOCK
if (toBlock === undefined) throw new Error(`${chain.toUpperCase()}_TO_BLOCK must be set: the run stops there`)
const processor = chain === 'og' ? createOgProcessor(profile, toBlock) : createBaseProcessor(profile, toBlock)

let logs = 0
const started = Date.now()
/** keeps no state: every run starts from the first block */
const nothingStored: Parameters<typeof processor.run>[0] = {
  supportsHotBlocks: false,
  async connect() {
    return { height: -1, hash: '0x' }
  },
  async transact(_info, cb) {
    await cb({})
  },
}
process.once('exit', (code) => {
  const seconds = (Date.now() - started) / 1000
  console.error(`[ingest-only] ${chain}: ${logs} logs in ${seconds.toFixed(1)} s, ${runUsage()}`)
  if (code === 0) writeResult(jsonFile, ingestionSchema, { chain, logs, seconds, logsPerSecond: logs / seconds, usage: runUsageFigures() })
})
processor.run(nothingStored, async (ctx) => {
  for (const block of ctx.blocks) logs += block.logs.length
})
