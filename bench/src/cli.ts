// npm run bench [-- --deployments FILE] [--scale seed [--seed-dir DIR] [--seed-og-dir DIR]] [--duration 5] [--mainnet-days 10]
// Every benchmark on one simulated devnet, then BENCHMARKS.md with the machine and one table:
//  1. indexing (index/cli.ts): RPC → Postgres end to end, per chain and combined, peak RSS;
//  2. the API (api/cli.ts): autocannon on the dashboard's and analysts' queries;
//  3. the web app (web/cli.ts): initial JavaScript and first render of the overview.
// Each writes its figures to bench/results/<name>.json; this reads them back (never their printed
// tables) into bench/results/latest.json and renders BENCHMARKS.md from it.
// Without --deployments it simulates and indexes a small devnet; give the deployments file of a
// medium devnet (`npm run devnet -- --scale medium`) to index that instead, and the API and web
// benchmarks then run on the database the indexing benchmark filled.
// --scale seed adds the seed-scale backfill (index/seed-cli.ts): the synthetic seed datasets of Base and
// OG, built in --seed-dir and --seed-og-dir (default /tmp/seed-base-1 and /tmp/seed-og-1) or reused from
// there, both backfilled through the gateway path into one database.
// --mainnet-days N (default 10, 0 skips it): Base over RPC on a devnet whose every block is
// mainnet-sized (hundreds of other users' transactions beside ours), over the first N days after TGE.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { TGE_TIMESTAMP } from '@og-explorer/common'
import { benchApiEnv, spawnServer } from './api/harness'
import { readResult } from './results/files'
import { indexResultSchema } from './results/schema'
import { clearResults, composeSummary, RESULT_FILES, writeReport } from './report/summary'
import { API_SCRIPT, BENCHMARKS_FILE, FAULTS_SCRIPT } from './util/paths'
import { runNode } from './util/run-node'
import { startIndexedStack, stopTestPostgres } from './util/test-stack'

const { values } = parseArgs({
  options: {
    deployments: { type: 'string' },
    scale: { type: 'string' },
    'seed-dir': { type: 'string' },
    'seed-og-dir': { type: 'string' },
    duration: { type: 'string', default: '5' },
    'mainnet-days': { type: 'string', default: '10' },
  },
})
const log = (line: string) => console.log(`[bench] ${line}`)
const script = (name: string) => path.join(__dirname, name)
// the indexing benchmark counts the CPU of the anvils and Postgres this process starts (its process tree), nobody else's
const OWN = ['--root-pid', String(process.pid)]

async function main(): Promise<void> {
  const startedAt = new Date().toISOString()
  if (values.scale !== undefined && values.scale !== 'seed')
    throw new Error(`--scale seed is the only scale this adds (the rows above always run on a small devnet), got "${values.scale}"`)
  const mainnetDays = Number(values['mainnet-days'])
  if (!Number.isInteger(mainnetDays) || mainnetDays < 0)
    throw new Error(`--mainnet-days must be a whole number of days (0 skips it), got "${values['mainnet-days']}"`)
  clearResults()
  log('simulating and indexing a small devnet for the API and web benchmarks…')
  const stack = await startIndexedStack()
  try {
    // the indexing benchmark creates its database on the stack's Postgres, so it outlives that run
    const dbEnv = { DATABASE_URL: stack.dbUrl }
    await runNode([script('index/cli.js'), '--deployments', values.deployments ?? stack.devnet.deploymentsFile, ...OWN, '--json', RESULT_FILES.index], dbEnv)
    const index = readResult(RESULT_FILES.index, indexResultSchema)
    const benchDb = values.deployments ? (index.database ?? stack.dbUrl) : stack.dbUrl
    log(`API and web benchmarks on ${benchDb === stack.dbUrl ? 'the small devnet' : 'the database the indexing benchmark filled'}`)

    if (values.scale === 'seed') {
      log('seed-scale backfill through the gateway path (Base, then OG)…')
      const dir = values['seed-dir'] ? ['--dir', values['seed-dir']] : []
      const ogDir = values['seed-og-dir'] ? ['--og-dir', values['seed-og-dir']] : []
      await runNode([script('index/seed-cli.js'), '--scale', 'seed', ...dir, ...ogDir, ...OWN, '--json', RESULT_FILES.seed])
    }

    if (mainnetDays > 0) {
      log(`Base over RPC with mainnet-sized blocks, ${mainnetDays} days after TGE…`)
      const end = new Date((TGE_TIMESTAMP + mainnetDays * 86_400) * 1000).toISOString().slice(0, 10)
      await runNode(
        [script('index/cli.js'), '--only', 'base', '--background', 'mainnet', '--end', end, '--skip-ingestion', ...OWN, '--json', RESULT_FILES.mainnetBlocks],
        dbEnv,
      )
    }

    await runNode([script('api/cli.js'), '--database-url', benchDb, '--duration', values.duration!, '--json', RESULT_FILES.api])

    const api = await spawnServer(process.execPath, [API_SCRIPT], {
      env: { ...process.env, ...benchApiEnv(benchDb) },
      ready: 'GraphQL on',
      url: (port) => `http://127.0.0.1:${port}`,
    })
    try {
      await runNode([script('web/cli.js'), api.url, '--json', RESULT_FILES.web])
    } finally {
      api.child.kill('SIGTERM')
    }
    // block-to-browser latency and idle subscribers, on its own devnet with the processors running (bench/results/live.json)
    await runNode([script('live/cli.js'), '--json', path.join(path.dirname(RESULT_FILES.web), 'live.json')])
    // the API under issue 14's attacks, on the fault suite's own indexed devnet; a failed attack is a row marked missed,
    // not the end of the bench
    await runNode([FAULTS_SCRIPT, '--only', 'abuse', '--json', RESULT_FILES.abuse]).catch((error: Error) => log(`the abuse case failed: ${error.message}`))
  } finally {
    await stack.dispose()
    await stopTestPostgres()
  }
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')
  writeReport(composeSummary(command, startedAt))
  log(`${BENCHMARKS_FILE} written`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
