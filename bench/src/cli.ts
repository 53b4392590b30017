#!/usr/bin/env node
// npm run bench [-- --deployments FILE] [--duration 5]
// Every benchmark on one simulated devnet, then one table with the machine:
//  1. indexing (bench-index.mjs): RPC → Postgres end to end, per chain and combined, peak RSS;
//  2. the API (api/lib/cli/bench.js): autocannon on the dashboard's and analysts' queries;
//  3. the web app (web/lib/scripts/bench-web.js): initial JavaScript and first render of the overview.
// Without --deployments it simulates and indexes a small devnet (about 2 minutes); give the
// deployments file of a medium devnet (`npm run devnet -- --scale medium`) to index that instead,
// and the API and web benchmarks then run on the database the indexing benchmark filled.
// --seed-deployments FILE adds the seed-scale backfill (both chains in parallel) on a seed devnet
// (`npm run devnet -- --scale seed`); building one takes hours on anvil, so it is not built here.
// --mainnet-days N (default 10, 0 skips it): Base over RPC on a devnet whose every block is
// mainnet-sized (hundreds of other users' transactions beside ours), over the first N days after TGE.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { values } = parseArgs({ options: { deployments: { type: 'string' }, 'seed-deployments': { type: 'string' }, duration: { type: 'string', default: '5' }, 'mainnet-days': { type: 'string', default: '10' } } })
const log = (line) => console.log(`[bench] ${line}`)

/** Runs a node script, echoing its output, and returns the output. */
function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      process.stdout.write(d)
    })
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })
}

/** A row of bench-index's table: `| name | events | blocks | seconds | events/s | blocks/s | peak RSS |` */
function indexRow(output, name) {
  const m = new RegExp(`^\\| ${name}[^|]* \\| (\\d+) \\| (\\d+) \\| ([\\d.]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) MB \\|`, 'm').exec(output)
  return m ? { events: Number(m[1]), seconds: Number(m[3]), eventsPerSecond: Number(m[4]), rss: Number(m[6]) } : undefined
}

const { startIndexedStack } = require(path.join(root, 'api/lib/testing/indexed-stack.js'))
const { freePort } = require(path.join(root, 'devnet/lib/index.js'))
const { stopTestPostgres } = require(path.join(root, 'indexer/lib/testing/postgres.js'))
const { TGE_TIMESTAMP } = require(path.join(root, 'common/lib/index.js'))
// bench-index counts the CPU of the anvils and Postgres this process starts (its process tree), nobody else's
const OWN = ['--root-pid', String(process.pid)]
const jsonFile = (name) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-bench-')), `${name}.json`)

log('simulating and indexing a small devnet for the API and web benchmarks…')
const stack = await startIndexedStack()
const results = {}
try {
  // the indexing benchmark creates its database on the stack's Postgres, so it outlives that run
  const indexJson = jsonFile('index')
  const index = await run(['scripts/bench-index.mjs', '--deployments', values.deployments ?? stack.devnet.deploymentsFile, ...OWN, '--json', indexJson], { DATABASE_URL: stack.dbUrl })
  results.indexJson = JSON.parse(fs.readFileSync(indexJson, 'utf8'))
  const benchDb = values.deployments ? (/^database: (\S+)$/m.exec(index)?.[1] ?? stack.dbUrl) : stack.dbUrl
  log(`API and web benchmarks on ${benchDb === stack.dbUrl ? 'the small devnet' : 'the database the indexing benchmark filled'}`)
  for (const chain of ['og', 'base', 'combined']) {
    const m = indexRow(index, chain)
    if (m) results[`index ${chain}`] = m
  }
  // the ceiling Subsquid's RPC ingestion sets by itself (its own table, after the main one)
  const ingestion = index.split('Subsquid RPC ingestion alone')[1] ?? ''
  for (const m of ingestion.matchAll(/^\| (og|base) \| (\d+) \| ([\d.]+) \| (\d+) \| ([\d.]+) \| (\d+) MB \|/gm)) {
    results[`ingest ${m[1]}`] = { logs: Number(m[2]), seconds: Number(m[3]), logsPerSecond: Number(m[4]) }
  }

  if (values['seed-deployments']) {
    log('seed-scale backfill…')
    const seed = await run(['scripts/bench-index.mjs', '--deployments', values['seed-deployments'], '--skip-ingestion', ...OWN], { DATABASE_URL: stack.dbUrl })
    results.seed = { combined: indexRow(seed, 'combined'), og: indexRow(seed, 'og'), base: indexRow(seed, 'base') }
  }

  const mainnetDays = Number(values['mainnet-days'])
  if (mainnetDays > 0) {
    log(`Base over RPC with mainnet-sized blocks, ${mainnetDays} days after TGE…`)
    const file = jsonFile('mainnet-background')
    const end = new Date((TGE_TIMESTAMP + mainnetDays * 86_400) * 1000).toISOString().slice(0, 10)
    await run(['scripts/bench-index.mjs', '--only', 'base', '--background', 'mainnet', '--end', end, '--skip-ingestion', '--json', file, ...OWN], { DATABASE_URL: stack.dbUrl })
    results.mainnetBackground = JSON.parse(fs.readFileSync(file, 'utf8'))
  }

  const api = await run(['api/lib/cli/bench.js', '--database-url', benchDb, '--duration', values.duration])
  // the first table printed is the deployed configuration (response cache on)
  const cached = api.split(/\n(?=\S.*\n\n\| query)/)[1] ?? api
  const rows = [...cached.matchAll(/^\| ([^|]+) \| ([^|]+) \| (\d+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|/gm)].map((m) => ({ name: m[1], rps: Number(m[3]), p99: Number(m[5]), failed: Number(m[6]) }))
  if (rows.length > 0) {
    const filtered = rows.find((r) => /filtered totalCount/.test(r.name) && !/unfiltered/.test(r.name))
    results.api = {
      queries: rows.length,
      minRps: Math.min(...rows.map((r) => r.rps)),
      medianRps: rows.map((r) => r.rps).sort((a, b) => a - b)[Math.floor(rows.length / 2)],
      worstP99: Math.max(...rows.map((r) => r.p99)),
      filteredCountRps: filtered?.rps,
      failed: rows.reduce((n, r) => n + r.failed, 0),
    }
  }

  const port = await freePort()
  const server = spawn(process.execPath, ['api/lib/index.js'], { cwd: root, env: { ...process.env, API_DATABASE_URL: benchDb, API_PORT: String(port), API_RATE_LIMIT: '1000000' }, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => d.toString().includes('GraphQL on') && resolve())
    server.once('exit', (code) => reject(new Error(`the API exited with ${code}`)))
  })
  try {
    const web = await run(['web/lib/scripts/bench-web.js', `http://127.0.0.1:${port}`])
    const js = /initial JavaScript: ([\d.]+) KB/.exec(web)
    const render = /first render of the overview: (\d+) ms to the headline figures, (\d+) ms to every chart/.exec(web)
    results.web = { initialJsKb: js ? Number(js[1]) : undefined, firstRenderMs: render ? Number(render[1]) : undefined, allChartsMs: render ? Number(render[2]) : undefined }
  } finally {
    server.kill('SIGTERM')
  }
} finally {
  await stack.dispose()
  await stopTestPostgres()
}

const cpu = os.cpus()
const fmt = (n, unit = '') => (n === undefined || Number.isNaN(n) ? 'n/a' : `${n.toLocaleString('en-US')}${unit}`)
const lines = [
  `machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.versions.node}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  '',
  '| benchmark | figure | measured | target |',
  '|---|---|---|---|',
]
for (const chain of ['og', 'base', 'combined']) {
  const r = results[`index ${chain}`]
  if (r) lines.push(`| indexing ${chain} | ${fmt(r.events)} events in ${r.seconds} s, peak RSS | ${fmt(r.eventsPerSecond, ' events/s')}, ${fmt(r.rss, ' MB')} | 40,000 events/s, < 600 MB |`)
}
for (const chain of ['og', 'base']) {
  const r = results[`ingest ${chain}`]
  if (r) lines.push(`| Subsquid RPC ingestion alone, ${chain} (no handler, no database) | ${fmt(r.logs)} logs in ${r.seconds} s | ${fmt(r.logsPerSecond, ' logs/s')} | the ceiling for the indexing rows |`)
}
if (results.api) {
  const a = results.api
  lines.push(`| API, ${a.queries} list and analytics queries, 10 connections | lowest / median rps, worst p99 | ${fmt(a.minRps)} / ${fmt(a.medianRps)} rps, ${fmt(a.worstP99, ' ms')} | ≥ 2,000 rps, p99 < 25 ms |`)
  lines.push(`| API, filtered totalCount | rps | ${fmt(a.filteredCountRps, ' rps')} | ≥ 1,000 rps |`)
  lines.push(`| API, failed requests | count | ${fmt(a.failed)} | 0 |`)
}
if (results.web) {
  lines.push(`| web, initial JavaScript | gzipped | ${fmt(results.web.initialJsKb, ' KB')} | < 300 KB |`)
  lines.push(`| web, overview first render | headline figures / every chart | ${fmt(results.web.firstRenderMs, ' ms')} / ${fmt(results.web.allChartsMs, ' ms')} | < 1,500 ms |`)
}
const mb = results.mainnetBackground
if (mb) {
  const base = mb.indexing.base
  const u = base.usage
  // the same processor's heap on the small devnet, whose blocks hold a handful of transactions
  const smallHeap = results.indexJson?.indexing.base?.usage?.peakHeapMb
  const perSplit = u && smallHeap !== undefined ? Math.max(0, (u.peakHeapMb - smallHeap) / mb.baseIngestion.splitsInFlight) : undefined
  lines.push(
    `| indexing base over RPC, mainnet-sized blocks (${fmt(Math.round(mb.devnet.baseTransactionsPerBlock))} txs a block, ${fmt(mb.devnet.background.transactions)} of other users) | ${fmt(base.blocks)} blocks in ${base.seconds.toFixed(1)} s; peak RSS, peak heap of its limit; heap per ${mb.baseIngestion.splitBlocks}-block split above the small devnet's | ` +
      `${fmt(Math.round(base.blocksPerSecond), ' blocks/s')}; ${fmt(u?.peakRssMb, ' MB')}, ${fmt(u?.peakHeapMb)} of ${fmt(u?.heapLimitMb, ' MB')}; ${fmt(perSplit === undefined ? undefined : Math.round(perSplit), ' MB')} (${mb.baseIngestion.splitsInFlight} in flight) | heap < limit |`,
  )
}
if (results.seed?.combined) {
  const { combined, og, base } = results.seed
  lines.push(`| indexing, seed-scale backfill | ${fmt(combined.events)} events, time, peak RSS og / base | ${(combined.seconds / 60).toFixed(1)} min (${combined.seconds} s, ${fmt(combined.eventsPerSecond, ' events/s')}), ${fmt(og?.rss, ' MB')} / ${fmt(base?.rss, ' MB')} | < 3 min, < 600 MB |`)
} else {
  lines.push('| indexing, seed-scale backfill | time, peak RSS | not run: give --seed-deployments; a seed devnet takes hours to build on anvil (see README) | < 3 min, < 600 MB |')
}
console.log(`\n${lines.join('\n')}`)
