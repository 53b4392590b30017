// npm run bench:api [-- --database-url URL] [--duration 5] [--connections 10] [--workers 1] [--warmup 1]
// Load-tests the API with autocannon on the dashboard's and analysts' queries, with the response
// cache on (as deployed) and off (every request computed), and prints rps and latency per query.
// Without --database-url it simulates and indexes a small devnet first (about 75 s).
import os from 'node:os'
import { parseArgs } from 'node:util'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { createDb } from '../db/db'
import { createPool } from '../db/pool'
import { ensureReaderRole } from '../db/reader-role'
import { startIndexedStack } from '../testing/indexed-stack'
import { loadEach, startApi, type Row } from './bench-harness'
import { benchQueries } from './bench-queries'

const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, workers: { type: 'string', default: '1' }, warmup: { type: 'string', default: '1' } } })
const log = (line: string) => console.log(`[bench:api] ${line}`)

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
    const server = await startApi(reader, ttl, Number(values.workers))
    try {
      results.push([title, await loadEach(server.url, server.child.pid!, queries, { connections: Number(values.connections), duration: Number(values.duration), warmup: Number(values.warmup) })])
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
