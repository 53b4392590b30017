import { keccakReady } from '@og-explorer/proofs'
import { loadProfile, parseEnv } from '../config/env'
import { applyDatabaseUrl, databaseUrlFromEnv } from '../db/env'
import { BASE_ENTITIES, runBaseProcessor } from '../base/main'
import { OG_ENTITIES, runOgProcessor } from '../og/main'
import { recoverFromDeepReorg, rpcBlockHash, tableOf } from '../recovery/deep-reorg'
import { setBackfillBatchBlocks } from '../util/backfill-batch'
import { prepareIndexDeferral, type IndexDeferral } from '../db/index-deferral'
import { StateReader } from '../util/state-reader'
import { runUsage } from '../util/run-usage'

/**
 * One chain's processor: `node lib/cli/processor.js og|base`. Settings come from the environment
 * (see .env.example); DATABASE_URL selects the database.
 */
// Benchmarks read this line: peak resident memory and CPU time (all threads) over the whole run.
process.once('exit', () => console.error(`[indexer] ${runUsage()}`))

async function main() {
  const chain = process.argv[2]
  if (chain !== 'og' && chain !== 'base') throw new Error('usage: processor.js og|base')
  const env = parseEnv()
  const url = databaseUrlFromEnv()
  if (!url) throw new Error('DATABASE_URL is not set')
  applyDatabaseUrl(url)
  // proof verification hashes with the WASM keccak once it is compiled (a few ms)
  await keccakReady
  const profile = loadProfile(env)
  const batchBlocks = profile[chain].backfillBatchBlocks
  const batching = setBackfillBatchBlocks(batchBlocks)
  console.error(batching.installed ? `[indexer] backfill batches of up to ${batchBlocks} blocks` : `[indexer] backfill batches stay at the library's 10 blocks: ${batching.reason}`)
  const pipeline =
    chain === 'og'
      ? { entities: OG_ENTITIES, run: (indexes: IndexDeferral) => runOgProcessor(profile, { toBlock: env.OG_TO_BLOCK, indexes }) }
      : { entities: BASE_ENTITIES, run: (indexes: IndexDeferral) => runBaseProcessor(profile, { toBlock: env.BASE_TO_BLOCK, indexes }) }
  const log = (line: string) => console.error(`[indexer] ${line}`)
  // A reorg below the last final block would make Subsquid refuse to start; rebuild instead.
  await recoverFromDeepReorg({
    databaseUrl: url,
    chain,
    stateSchema: `${chain}_processor`,
    tables: pipeline.entities.map(tableOf),
    hashAt: rpcBlockHash(profile[chain].rpcUrl),
    log,
  })
  const indexes = await prepareIndexDeferral({
    databaseUrl: url,
    stateSchema: `${chain}_processor`,
    tables: pipeline.entities.map(tableOf),
    head: () => new StateReader(profile[chain].rpcUrl).blockNumber(),
    fromBlocks: profile[chain].deferIndexesFromBlocks,
    log: (line) => log(`[${chain}] ${line}`),
  })
  pipeline.run(indexes)
}

main().catch((error) => {
  console.error(`[indexer] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
