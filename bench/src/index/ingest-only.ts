import type { Database } from '@subsquid/util-internal-processor-tools'
import { createBaseProcessor } from '../base/processor'
import { loadProfile, parseEnv } from '../config/env'
import { createOgProcessor } from '../og/processor'
import { setBackfillBatchBlocks } from '../util/backfill-batch'
import { runUsage } from '../util/run-usage'

/**
 * `node lib/cli/ingest-only.js og|base`: the chain's processor exactly as configured, with a handler
 * that only counts and a database that stores nothing. The benchmark runs it to show the ceiling the
 * Subsquid RPC ingestion (fetch, validate, map) sets before any handler or write runs.
 */
const chain = process.argv[2]
if (chain !== 'og' && chain !== 'base') throw new Error('usage: ingest-only.js og|base (with OG_TO_BLOCK / BASE_TO_BLOCK set)')
const env = parseEnv()
const profile = loadProfile(env)
setBackfillBatchBlocks(profile[chain].backfillBatchBlocks)
const toBlock = chain === 'og' ? env.OG_TO_BLOCK : env.BASE_TO_BLOCK
if (toBlock === undefined) throw new Error(`${chain.toUpperCase()}_TO_BLOCK must be set: the run stops there`)
const processor = chain === 'og' ? createOgProcessor(profile, toBlock) : createBaseProcessor(profile, toBlock)

let logs = 0
const started = Date.now()
/** keeps no state: every run starts from the first block */
const nothingStored: Database<object> = {
  supportsHotBlocks: false,
  async connect() {
    return { height: -1, hash: '0x' }
  },
  async transact(_info, cb) {
    await cb({})
  },
}
process.once('exit', () => console.error(`[ingest-only] ${chain}: ${logs} logs in ${((Date.now() - started) / 1000).toFixed(1)} s, ${runUsage()}`))
processor.run(nothingStored, async (ctx) => {
  for (const block of ctx.blocks) logs += block.logs.length
})
