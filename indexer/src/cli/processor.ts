import { keccakReady } from '@og-explorer/proofs'
import { loadProfile, parseEnv } from '../config/env'
import { applyDatabaseUrl, databaseUrlFromEnv } from '../db/env'
import { BASE_ENTITIES, runBaseProcessor } from '../base/main'
import { OG_ENTITIES } from '../og/entities'
import { runOgProcessor } from '../og/main'
import { verifyChainId } from '../recovery/chain-id'
import { startAtFoundBlock } from '../config/start-blocks'
import { recoverFromDeepReorg, tableOf } from '../recovery/deep-reorg'
import { rpcNodeReader } from '../recovery/node-reader'
import { chainVariables, runStartSteps, type StartContext, type StartStep } from '../recovery/start-steps'
import { setBackfillBatchBlocks } from '../rpc/backfill-batch'
import { prepareIndexDeferral } from '../store/index-deferral'
import { StateReader } from '../rpc/state-reader'
import { DEFAULT_RETRY } from '../rpc/rpc-retry'
import { runUsage } from '../util/run-usage'
import { gatewayStartStep, rpcOnlyCostStep } from '../ingest/gateway-step'

/**
 * One chain's processor: `node lib/cli/processor.js og|base`. Settings come from the environment
 * (see .env.example); DATABASE_URL selects the database.
 */
// Benchmarks read this line: peak resident memory and CPU time (all threads) over the whole run.
process.once('exit', () => console.error(`[indexer] ${runUsage()}`))

/**
 * Before Subsquid starts, in this order. Each step may stop the start with a message for the
 * operator; nothing after it runs. The chain id comes first: every later step reads the node.
 */
const START_STEPS: StartStep[] = [
  {
    name: 'chain id',
    run: (s) => verifyChainId({ chain: s.chain, node: s.node, expected: s.profile[s.chain].chainId, variable: s.variables.rpcUrl, log: s.log }),
  },
  // a refused gateway key stops the start before any step can change data
  gatewayStartStep,
  {
    // where indexing starts: the operator's override, a start found before, or discovery
    name: 'start block',
    run: async (s) => {
      s.profile = await startAtFoundBlock({ chain: s.chain, profile: s.profile, env: s.env, databaseUrl: s.databaseUrl, log: s.log })
    },
  },
  // Base without a gateway: what backfilling from that start over RPC will cost
  rpcOnlyCostStep,
  {
    // a reorg below the last final block would make Subsquid refuse to start; rebuild instead, on evidence only
    name: 'deep reorg',
    run: async (s) => {
      await recoverFromDeepReorg({
        databaseUrl: s.databaseUrl,
        chain: s.chain,
        stateSchema: s.stateSchema,
        tables: s.tables,
        node: s.node,
        variables: s.variables,
        finality: s.profile[s.chain].finalityConfirmations,
        // the devnet is rebuilt at will; real final data is only thrown away with the operator's consent
        consentRequired: s.profile.name === 'mainnet',
        consentGiven: s.env.ALLOW_REINDEX,
        log: s.log,
      })
    },
  },
  {
    name: 'index deferral',
    run: async (s) => {
      s.indexes = await prepareIndexDeferral({
        databaseUrl: s.databaseUrl,
        stateSchema: s.stateSchema,
        tables: s.tables,
        // a dropped or refused read is retried like any state read: the start should not fail on one
        head: () =>
          new StateReader(s.profile[s.chain].rpcUrl, undefined, undefined, { timeoutMs: s.profile[s.chain].rpcTimeoutMs }).blockNumber(
            DEFAULT_RETRY.maxAttempts,
          ),
        fromBlocks: s.profile[s.chain].deferIndexesFromBlocks,
        log: (line) => s.log(`[${s.chain}] ${line}`),
      })
    },
  },
]

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
  console.error(
    batching.installed
      ? `[indexer] backfill batches of up to ${batchBlocks} blocks`
      : `[indexer] backfill batches stay at the library's 10 blocks: ${batching.reason}`,
  )
  const start: StartContext = {
    chain,
    env,
    profile,
    databaseUrl: url,
    stateSchema: `${chain}_processor`,
    tables: (chain === 'og' ? OG_ENTITIES : BASE_ENTITIES).map(tableOf),
    node: rpcNodeReader(profile[chain].rpcUrl, profile[chain].rpcTimeoutMs),
    variables: chainVariables(chain),
    log: (line: string) => console.error(`[indexer] ${line}`),
  }
  await runStartSteps(START_STEPS, start)
  const indexes = start.indexes!
  if (chain === 'og') runOgProcessor(start.profile, { toBlock: env.OG_TO_BLOCK, indexes, log: (line) => start.log(`[og] ${line}`) })
  else runBaseProcessor(start.profile, { toBlock: env.BASE_TO_BLOCK, indexes })
}

main().catch((error) => {
  console.error(`[indexer] ${error instanceof Error ? error.message : error}`)
  // a configuration error (exitCode 78) tells supervisors that restarting cannot help
  process.exit(typeof error?.exitCode === 'number' ? error.exitCode : 1)
})
