// npm run bench:api [-- --database-url URL] [--duration 5] [--connections 10] [--workers 1] [--warmup 1]
// Load-tests the API with autocannon on the dashboard's and analysts' queries, with the response
// cache on (as deployed) and off (every request computed), and prints rps and latency per query.
// Without --database-url it simulates and indexes a small devnet first (about 75 s).
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { freePort } from '@og-explorer/devnet'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { createDb } from '../db/db'
import { createPool } from '../db/pool'
import { ensureReaderRole } from '../db/reader-role'
import { startIndexedStack } from '../testing/indexed-stack'
import { benchQueries, type BenchQuery } from './bench-queries'
import { processTreeCpuMs } from './process-cpu'

const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, workers: { type: 'string', default: '1' }, warmup: { type: 'string', default: '1' } } })
const log = (line: string) => console.log(`[bench:api] ${line}`)

async function startServer(databaseUrl: string, cacheTtlMs: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.resolve(__dirname, '../index.js')], {
    env: { ...process.env, API_DATABASE_URL: databaseUrl, API_PORT: String(port), API_CACHE_TTL_MS: String(cacheTtlMs), API_RATE_LIMIT: '1000000000', API_WORKERS: values.workers },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => d.toString().includes('GraphQL on') && resolve())
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}/graphql`, child }
}

async function check(url: string, q: BenchQuery): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables }) })
  const body = (await res.json()) as { errors?: unknown }
  if (res.status !== 200 || body.errors) throw new Error(`${q.name} failed: ${JSON.stringify(body).slice(0, 500)}`)
}

interface Row {
  name: string
  kind: string
  rps: number
  p50: number
  p99: number
  failed: number
  /** server CPU per request, ms (null without /proc) */
  cpuMs: number | null
}

async function run(url: string, pid: number, queries: BenchQuery[]): Promise<Row[]> {
  const rows: Row[] = []
  for (const q of queries) {
    await check(url, q)
    const load = (duration: number) =>
      autocannon({
        url,
        method: 'POST',
        connections: Number(values.connections),
        duration,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query, variables: q.variables }),
      })
    // unmeasured: lets the JIT compile this query's path and fills the pool and the cache
    await load(Number(values.warmup))
    const cpuBefore = processTreeCpuMs(pid)
    const r = await load(Number(values.duration))
    const cpuAfter = processTreeCpuMs(pid)
    const cpuMs = cpuBefore === null || cpuAfter === null || r.requests.total === 0 ? null : Math.round(((cpuAfter - cpuBefore) / r.requests.total) * 100) / 100
    rows.push({ name: q.name, kind: q.kind, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors + r.timeouts, cpuMs })
  }
  return rows
}

function table(title: string, rows: Row[]): void {
  console.log(`\n${title}\n`)
  console.log('| query | kind | rps | p50 ms | p99 ms | failed | API CPU ms/request |')
  console.log('|---|---|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.name} | ${r.kind} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.cpuMs ?? 'n/a'} |`)
}

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
  const reader = await ensureReaderRole(databaseUrl).catch((error) => {
    log(`could not create the read-only role (${error.message}); benchmarking with the given URL`)
    return databaseUrl!
  })
  const db = createDb(createPool({ url: reader, statementTimeoutMs: 5000, size: 2 }), 5000)
  const queries = await benchQueries(db)
  const [sizes] = await db.query(`SELECT (SELECT count(*) FROM inference) inferences, (SELECT count(*) FROM payment) payments, (SELECT count(*) FROM settlement) settlements`)
  await db.pool.end()
  log(`${os.cpus().length} cores (load average ${os.loadavg()[0].toFixed(1)}), node ${process.version}; ${values.workers} API workers, ${values.connections} connections, ${values.duration} s per query; ${sizes.inferences} inferences, ${sizes.payments} payments, ${sizes.settlements} settlements`)
  const results: [string, Row[]][] = []
  for (const [title, ttl] of [['response cache on (2 s, keyed on the indexed heads), as deployed', 2000], ['response cache off: every request parsed, validated and run against Postgres', 0]] as const) {
    const server = await startServer(reader, ttl)
    try {
      results.push([title, await run(server.url, server.child.pid!, queries)])
    } finally {
      server.child.kill('SIGTERM')
    }
  }
  for (const [title, rows] of results) table(title, rows)
  console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine lowers rps; CPU ms/request does not depend on it)`)
  await dispose()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
