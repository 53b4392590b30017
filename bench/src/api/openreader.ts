// npm run bench:openreader -- --database-url URL [--server-dir DIR] [--duration 5] [--connections 10] [--warmup 1] [--json FILE]
// Runs the same entity queries against this API and against Subsquid's own @subsquid/graphql-server
// (OpenReader) on one database, checks that both return the same data, prints rps, p99 and the
// ratio, and writes every figure to --json FILE (default bench/results/openreader.json).
// graphql-server is not a dependency of the project: it is installed into --server-dir from the npm
// registry on first use.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createDb } from '@og-explorer/api/lib/db/db'
import { createPool } from '@og-explorer/api/lib/db/pool'
import { ensureReaderRole } from '@og-explorer/api/lib/db/reader-role'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { openReaderResultSchema, type LoadRow, type OpenReaderResult } from '../results/schema'
import { INDEXER_DIR } from '../util/paths'
import { loadEach, spawnServer, startApi, type LoadOptions, type RunningServer } from './harness'
import type { BenchQuery } from './queries'

const SERVER_VERSION = '4.11.0'
const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'server-dir': { type: 'string', default: path.join(os.tmpdir(), 'og-subsquid-graphql-server') },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    json: { type: 'string', default: resultFile('openreader') },
  },
})
const log = (line: string) => console.log(`[bench:openreader] ${line}`)

/** Queries both servers understand: OpenReader's entity queries, as analysts port them from squids. */
function queries(validatorId: string): BenchQuery[] {
  return [
    {
      name: 'latest settlements with their TEE',
      kind: 'list',
      query: `{ settlements(limit: 20, orderBy: [blockNumber_DESC, id_ASC]) { id kind status blockNumber timestamp inferenceCount teeNode { id owner } } }`,
    },
    {
      name: 'OG daily stats, 90 days',
      kind: 'list',
      query: `{ ogDailyStats(orderBy: id_DESC, limit: 90) { id date inferencesSettled inferencesVerified settlements totalStaked } }`,
    },
    {
      name: 'payments by big payers (relation filter)',
      kind: 'list',
      query: `{ payments(where: {amount_gt: "1000000000000000", payer: {paymentsMade_gt: 5}}, orderBy: [amount_DESC, id_ASC], limit: 100) { id amount amountUsd timestamp payer { id paymentsMade } } }`,
    },
    {
      name: 'verified inferences, page 2',
      kind: 'list',
      query: `{ inferencesConnection(where: {teeId_isNull: false, status_eq: VERIFIED}, orderBy: [timestamp_DESC, id_ASC], first: 50, after: "50") { pageInfo { hasNextPage endCursor } edges { node { id teeId inputHash outputHash timestamp } } } }`,
    },
    {
      name: 'filtered totalCount',
      kind: 'count',
      query: `{ inferencesConnection(where: {status_in: [INVALID, MISSING]}, orderBy: id_ASC, first: 10) { totalCount edges { node { id status } } } }`,
    },
    { name: 'unfiltered totalCount', kind: 'count', query: `{ paymentsConnection(orderBy: id_ASC, first: 10) { totalCount edges { node { id } } } }` },
    {
      name: 'validator by id with delegations',
      kind: 'lookup',
      query: `{ validatorById(id: "${validatorId}") { id moniker tokens delegations(orderBy: [amount_DESC, id_ASC], limit: 20) { delegator amount } } }`,
    },
  ]
}

// BigDecimal columns need the optional @subsquid/big-decimal next to the server
const PACKAGES = [`@subsquid/graphql-server@${SERVER_VERSION}`, '@subsquid/big-decimal@1.0.0']

function installServer(dir: string): string {
  const bin = path.join(dir, 'node_modules/.bin/squid-graphql-server')
  if (fs.existsSync(bin) && fs.existsSync(path.join(dir, 'node_modules/@subsquid/big-decimal'))) return bin
  log(`installing ${PACKAGES.join(' and ')} into ${dir} (npm registry, about a minute)…`)
  fs.mkdirSync(dir, { recursive: true })
  if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: dir, stdio: 'inherit' })
  return bin
}

function startOpenReader(bin: string, databaseUrl: string, cacheTtlMs: number): Promise<RunningServer> {
  const cache = cacheTtlMs > 0 ? ['--dumb-cache', 'in-memory', '--dumb-cache-ttl', String(cacheTtlMs), '--dumb-cache-max-age', String(cacheTtlMs)] : []
  return spawnServer(bin, ['--no-squid-status', ...cache], {
    // the same schema.graphql and generated models the indexer uses; the same pool size as our API
    cwd: INDEXER_DIR,
    env: { ...process.env, DB_URL: databaseUrl, GQL_DB_CONNECTION_POOL_SIZE: '10' },
    ready: 'listening on port',
    url: (port) => `http://127.0.0.1:${port}/graphql`,
  })
}

async function answer(url: string, q: BenchQuery): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query }) })
  return ((await res.json()) as { data?: unknown }).data
}

/**
 * OpenReader prints DateTime with microseconds (…:59.000000Z), this API with milliseconds, as
 * JavaScript's toISOString does; both are ISO 8601 and parse to the same instant.
 */
function sameData(ours: unknown, theirs: unknown): string {
  const a = JSON.stringify(ours)
  const b = JSON.stringify(theirs)
  if (a === b) return 'yes'
  const micros = /("\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z"/g
  return a === b.replace(micros, '$1Z"') ? 'yes, but DateTime in ms (OpenReader: µs)' : 'NO'
}

async function measure(start: () => Promise<RunningServer>, qs: BenchQuery[], load: LoadOptions): Promise<{ rows: LoadRow[]; answers: unknown[] }> {
  const server = await start()
  try {
    const answers = await Promise.all(qs.map((q) => answer(server.url, q)))
    return { rows: await loadEach(server.url, server.child.pid!, qs, load), answers }
  } finally {
    server.child.kill('SIGTERM')
  }
}

async function main(): Promise<void> {
  const databaseUrl = values['database-url']
  if (!databaseUrl) throw new Error('--database-url is required: a database the indexer has filled (e.g. from npm run bench:index)')
  const bin = installServer(values['server-dir']!)
  const reader = await ensureReaderRole(databaseUrl).catch(() => databaseUrl)
  const db = createDb(createPool({ url: reader, statementTimeoutMs: 5000, size: 1 }), 5000)
  const [v] = await db.query<{ id: string }>(`SELECT id FROM validator ORDER BY tokens DESC LIMIT 1`)
  await db.pool.end()
  const qs = queries(v.id)
  const load: LoadOptions = { connections: Number(values.connections), duration: Number(values.duration), warmup: Number(values.warmup) }
  log(`${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}; ${load.connections} connections, ${load.duration} s per query`)
  const runs: OpenReaderResult['runs'] = []
  for (const [title, cacheTtlMs] of [
    ['no response cache on either side', 0],
    ['response caches on (ours 2 s keyed on heads; graphql-server --dumb-cache in-memory 2 s)', 2000],
  ] as const) {
    log(`${title}…`)
    const ours = await measure(() => startApi(reader, cacheTtlMs, 1), qs, load)
    const theirs = await measure(() => startOpenReader(bin, reader, cacheTtlMs), qs, load)
    const rows = qs.map((q, i) => ({ name: q.name, ours: ours.rows[i], theirs: theirs.rows[i], sameData: sameData(ours.answers[i], theirs.answers[i]) }))
    runs.push({ title, cacheTtlMs, rows })
    console.log(`\n${title}\n`)
    console.log('| query | this API rps | p99 ms | graphql-server rps | p99 ms | ratio | same data |')
    console.log('|---|---|---|---|---|---|---|')
    for (const { name, ours: a, theirs: b, sameData: same } of rows) {
      console.log(`| ${name} | ${a.rps} | ${a.p99} | ${b.rps} | ${b.p99} | ${b.rps > 0 ? (a.rps / b.rps).toFixed(2) : 'n/a'}× | ${same} |`)
    }
  }
  writeResult(values.json!, openReaderResultSchema, { kind: 'openreader', machine: captureMachine(), options: load, serverVersion: SERVER_VERSION, runs })
  log(`figures written to ${values.json}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
