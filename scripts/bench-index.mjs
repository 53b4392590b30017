#!/usr/bin/env node
// npm run bench:index [-- --scale small|medium] [--deployments FILE] [--only og|base] [--cpu-prof DIR] [--skip-ingestion]
// End-to-end indexing speed: RPC → decode → handlers → Postgres with aggregates, per chain and combined.
// With --deployments it indexes an already simulated devnet (e.g. a medium one you started with
// `npm run devnet -- --scale medium`); otherwise it starts a devnet and simulates the given scale first.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' }, deployments: { type: 'string' }, seed: { type: 'string', default: '1' }, 'cpu-prof': { type: 'string' }, only: { type: 'string' }, 'skip-ingestion': { type: 'boolean', default: false } } })
const { freshDatabase, query, stopTestPostgres } = require(path.join(root, 'indexer/lib/testing/postgres.js'))
const { PROCESSOR_NODE_FLAGS } = require(path.join(root, 'indexer/lib/testing/processes.js'))
const log = (line) => console.log(`[bench:index] ${line}`)

let devnet
let deploymentsFile = values.deployments
if (!deploymentsFile) {
  const { startTestDevnet, simulate, SCALES } = require(path.join(root, 'devnet/lib/index.js'))
  devnet = await startTestDevnet()
  log(`simulating scale ${values.scale}…`)
  const started = Date.now()
  await simulate({ deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore }, { scale: SCALES[values.scale], seed: Number(values.seed), log: () => {} })
  log(`simulated in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  deploymentsFile = devnet.deploymentsFile
}
const deployments = JSON.parse(fs.readFileSync(deploymentsFile, 'utf8'))

async function rpc(url, method, params = []) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  return (await r.json()).result
}

async function countLogs(chain) {
  const c = deployments.chains[chain]
  const addresses = Object.values(c.contracts).map((x) => x.address)
  const head = Number(await rpc(c.rpcUrl, 'eth_blockNumber'))
  let events = 0
  for (let from = 0; from <= head; from += 2000) {
    const logs = await rpc(c.rpcUrl, 'eth_getLogs', [{ fromBlock: `0x${from.toString(16)}`, toBlock: `0x${Math.min(head, from + 1999).toString(16)}`, address: addresses }])
    events += logs.length
  }
  return { head, events }
}

function runProcessor(chain, env, head) {
  return new Promise((resolve) => {
    const started = Date.now()
    const profiling = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'], chain)] : []
    const child = spawn(process.execPath, [...PROCESSOR_NODE_FLAGS, ...profiling, path.join(root, 'indexer/lib/cli/processor.js'), chain], {
      env: { ...process.env, ...env, [`${chain.toUpperCase()}_TO_BLOCK`]: String(head), [`${chain.toUpperCase()}_FINALITY`]: '0', PROCESSOR_PROMETHEUS_PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d) => (err = (err + d.toString()).slice(-1_000_000)))
    child.on('exit', (code) => {
      fs.writeFileSync(path.join(os.tmpdir(), `bench-index-${chain}.log`), err)
      const usage = /peak RSS (\d+) MB, CPU ([\d.]+) s/.exec(err)
      resolve({ seconds: (Date.now() - started) / 1000, rss: Number(usage?.[1] ?? NaN), cpu: Number(usage?.[2] ?? NaN), code, tail: err.slice(-2000) })
    })
  })
}

const dbUrl = await freshDatabase()
const migrated = spawnSync(process.execPath, [path.join(root, 'indexer/lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: dbUrl }, encoding: 'utf8' })
if (migrated.status !== 0) throw new Error(migrated.stderr)
const env = { DATABASE_URL: dbUrl, PROFILE: 'devnet', DEVNET_DEPLOYMENTS: deploymentsFile }
const chains = {}
for (const chain of ['og', 'base']) chains[chain] = await countLogs(chain)
log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; og ${chains.og.events} events in ${chains.og.head} blocks, base ${chains.base.events} events in ${chains.base.head} blocks`)

/**
 * CPU ticks so far of every process with this command name, by pid, from /proc (Linux): its own time
 * plus that of its reaped children, so Postgres backends that already exited still count.
 */
function cpuTicksOf(command) {
  const ticks = new Map()
  for (const pid of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(pid)) continue
    let stat
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // exited meanwhile
    }
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== command) continue
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks.set(pid, Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) // utime stime cutime cstime
  }
  return ticks
}
/** CPU seconds used since `before` by the processes of that name still running (others on the machine may come and go) */
function cpuSecondsSince(before, command) {
  let ticks = 0
  for (const [pid, now] of cpuTicksOf(command)) ticks += now - (before.get(pid) ?? 0)
  return ticks / 100 // USER_HZ
}
const cpuBefore = { anvil: cpuTicksOf('anvil'), postgres: cpuTicksOf('postgres') }
const started = Date.now()
// --only og|base measures one chain alone (no competition for the two cores)
const selected = values.only ? [values.only] : ['og', 'base']
const results = Object.fromEntries(await Promise.all(selected.map(async (chain) => [chain, await runProcessor(chain, env, chains[chain].head)])))
const wall = (Date.now() - started) / 1000
const cpu = { ...Object.fromEntries(selected.map((chain) => [`${chain} processor`, results[chain].cpu])), anvil: cpuSecondsSince(cpuBefore.anvil, 'anvil'), postgres: cpuSecondsSince(cpuBefore.postgres, 'postgres') }
for (const [name, r] of Object.entries(results)) if (r.code !== 0) console.error(`${name} processor failed:\n${r.tail}`)
const [{ pending }] = await query(dbUrl, `select count(*) pending from settlement where status = 'PENDING'`)
const rows = selected.map((chain) => [chain, chains[chain].events, chains[chain].head, results[chain].seconds, results[chain].rss])
if (selected.length > 1) rows.push(['combined (in parallel)', chains.og.events + chains.base.events, chains.og.head + chains.base.head, wall, results.og.rss + results.base.rss])
console.log('\n| chain | events | blocks | seconds | events/s | blocks/s | peak RSS |')
console.log('|---|---|---|---|---|---|---|')
for (const [name, events, blocks, seconds, rss] of rows) {
  console.log(`| ${name} | ${events} | ${blocks} | ${seconds.toFixed(1)} | ${Math.round(events / seconds)} | ${Math.round(blocks / seconds)} | ${rss} MB |`)
}
const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0)
// where the cores went: a run that keeps every core busy is bound by CPU, not by waiting
console.log(`\nCPU time (all threads): ${Object.entries(cpu).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}; total ${cpuTotal.toFixed(1)} s in ${wall.toFixed(1)} s wall = ${(cpuTotal / wall).toFixed(2)} of ${os.cpus().length} cores busy`)
// The ceiling the Subsquid RPC ingestion sets by itself: same processor, no handler, nothing stored.
function runIngestOnly(chain, head) {
  const out = spawnSync(process.execPath, [...PROCESSOR_NODE_FLAGS, path.join(root, 'indexer/lib/cli/ingest-only.js'), chain], {
    env: { ...process.env, ...env, [`${chain.toUpperCase()}_TO_BLOCK`]: String(head), [`${chain.toUpperCase()}_FINALITY`]: '0', PROCESSOR_PROMETHEUS_PORT: '0' },
    encoding: 'utf8',
  })
  const m = /\[ingest-only\] \w+: (\d+) logs in ([\d.]+) s, peak RSS (\d+) MB, CPU ([\d.]+) s/.exec(out.stderr)
  if (out.status !== 0 || !m) throw new Error(`ingest-only ${chain} failed: ${out.stderr.slice(-1000)}`)
  return { logs: Number(m[1]), seconds: Number(m[2]), rss: Number(m[3]), cpu: Number(m[4]) }
}
if (!values['skip-ingestion']) {
  console.log('\nSubsquid RPC ingestion alone (fetch, validate, map; no handler, no database), one chain at a time:\n')
  console.log('| chain | logs | seconds | logs/s | CPU s | peak RSS |')
  console.log('|---|---|---|---|---|---|')
  for (const chain of selected) {
    const r = runIngestOnly(chain, chains[chain].head)
    console.log(`| ${chain} | ${r.logs} | ${r.seconds.toFixed(1)} | ${Math.round(r.logs / r.seconds)} | ${r.cpu.toFixed(1)} | ${r.rss} MB |`)
  }
}
const [written] = await query(dbUrl, `select (select count(*) from inference) inferences, (select count(*) from settlement where status <> 'PENDING') checked, (select count(*) from transfer) transfers, (select count(*) from payment) payments`)
// with an external DATABASE_URL the filled database stays, for the API benchmark to run on
if (process.env.DATABASE_URL) console.log(`database: ${dbUrl}`)
console.log(`\nrows: ${written.inferences} inferences (every one signature-checked), ${written.checked} settlements verified or judged, ${written.transfers} transfers, ${written.payments} payments; ${pending} settlements still waiting for their blob at exit`)
await stopTestPostgres()
if (devnet) await devnet.dispose()
