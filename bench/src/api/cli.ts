// npm run bench:api [-- --database-url URL] [--duration 5] [--connections 10] [--workers 1] [--warmup 1] [--json FILE]
// Load-tests the API with autocannon on the dashboard's and analysts' queries, with the response
// cache on (as deployed) and off (every request computed), prints rps and latency per query, and
// writes every figure to --json FILE (default bench/results/api.json).
// Without --database-url it simulates and indexes a small devnet first.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { createDb } from '@og-explorer/api/lib/db/db'
import { createPool } from '@og-explorer/api/lib/db/pool'
import { ensureReaderRole } from '@og-explorer/api/lib/db/reader-role'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { apiResultSchema, type ApiResult, type LoadRow } from '../results/schema'
import { startIndexedStack, stopTestPostgres } from '../util/test-stack'
import { BENCH_MAX_CLIENT_QUERIES, BENCH_MAX_IN_FLIGHT, loadEach, startApi, type LoadOptions } from './harness'
import { benchQueries } from './queries'

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    workers: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '1' },
    json: { type: 'string', default: resultFile('api') },
  },
})
const log = (line: string) => console.log(`[bench:api] ${line}`)

function table(title: string, rows: LoadRow[]): void {
  console.log(`\n${title}\n`)
  console.log('| query | kind | rps | p50 ms | p99 ms | failed | API CPU ms/request |')
  console.log('|---|---|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.name} | ${r.kind} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.cpuMs ?? 'n/a'} |`)
}

/** The deployed configuration first: the umbrella's summary reads the first run. */
const RUNS = [
  ['response cache on (2 s, keyed on the indexed heads), as deployed', 2000],
  ['response cache off: every request parsed, validated and run against Postgres', 0],
] as const

async function main(): Promise<void> {
  let databaseUrl = values['database-url']
  let dispose = async () => {}
  if (!databaseUrl) {
    log('simulating and indexing a small devnet…')
    const stack = await startIndexedStack()
    databaseUrl = stack.dbUrl
    dispose = async () => {
      await stack.dispose()
      await stopTestPostgres()
    }
  }
  const reader = await ensureReaderRole(databaseUrl).catch((error: Error) => {
    log(`could not create the read-only role (${error.message}); benchmarking with the given URL`)
    return databaseUrl!
  })
  const db = createDb(createPool({ url: reader, statementTimeoutMs: 5000, size: 2 }), 5000)
  const queries = await benchQueries(db)
  const [sizes] = await db.query(
    `SELECT (SELECT count(*) FROM inference) inferences, (SELECT count(*) FROM payment) payments, (SELECT count(*) FROM settlement) settlements`,
  )
  await db.pool.end()
  const load: LoadOptions = { connections: Number(values.connections), duration: Number(values.duration), warmup: Number(values.warmup) }
  const workers = Number(values.workers)
  log(
    `${os.cpus().length} cores (load average ${os.loadavg()[0].toFixed(1)}), node ${process.version}; ${workers} API workers, ${load.connections} connections, ${load.duration} s per query; ${sizes.inferences} inferences, ${sizes.payments} payments, ${sizes.settlements} settlements`,
  )
  const runs: ApiResult['runs'] = []
  for (const [title, cacheTtlMs] of RUNS) {
    log(`${title}: ${queries.length} queries…`)
    const server = await startApi(reader, cacheTtlMs, workers)
    try {
      runs.push({ title, cacheTtlMs, rows: await loadEach(server.url, server.child.pid!, queries, load) })
    } finally {
      server.child.kill('SIGTERM')
    }
  }
  for (const run of runs) table(run.title, run.rows)
  console.log(
    `\nload average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine lowers rps; CPU ms/request does not depend on it)`,
  )
  writeResult(values.json, apiResultSchema, {
    kind: 'api',
    machine: captureMachine(),
    options: { ...load, workers, maxInFlight: BENCH_MAX_IN_FLIGHT, maxClientQueries: BENCH_MAX_CLIENT_QUERIES },
    dataset: { inferences: Number(sizes.inferences), payments: Number(sizes.payments), settlements: Number(sizes.settlements) },
    runs,
  })
  log(`figures written to ${values.json}`)
  await dispose()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
