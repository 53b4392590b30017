#!/usr/bin/env node
// npm run bench:index [-- --scale small|medium] [--deployments FILE] [--only og|base] [--cpu-prof DIR] [--skip-ingestion]
//                      [--background N|mainnet] [--end YYYY-MM-DD] [--json FILE] [--root-pid PID]
// End-to-end indexing speed: RPC → decode → handlers → Postgres with aggregates, per chain and combined.
// With --deployments it indexes an already simulated devnet (e.g. a medium one you started with
// `npm run devnet -- --scale medium`); otherwise it starts a devnet and simulates the given scale first,
// with --background other users' transactions per Base block (mainnet: a mainnet-sized block) up to --end.
// --json writes every figure to FILE. CPU columns count only this bench's own anvil and Postgres
// processes: those under --root-pid (default: this process; `npm run bench` passes its own pid, since
// it starts the devnet and Postgres this run indexes).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' }, deployments: { type: 'string' }, seed: { type: 'string', default: '1' }, 'cpu-prof': { type: 'string' }, only: { type: 'string' }, 'skip-ingestion': { type: 'boolean', default: false }, background: { type: 'string' }, end: { type: 'string' }, json: { type: 'string' }, 'root-pid': { type: 'string' } } })
const { freshDatabase, query, stopTestPostgres } = require(path.join(root, 'indexer/lib/testing/postgres.js'))
const { PROCESSOR_NODE_FLAGS } = require(path.join(root, 'indexer/lib/testing/processes.js'))
const { parseRunUsage } = require(path.join(root, 'indexer/lib/util/run-usage.js'))
const { ownProcesses, cpuSecondsByCommand } = require(path.join(root, 'api/lib/cli/process-cpu.js'))
const log = (line) => console.log(`[bench:index] ${line}`)

let devnet
let truth
let deploymentsFile = values.deployments
if (!deploymentsFile) {
  const { startTestDevnet, simulate, SCALES } = require(path.join(root, 'devnet/lib/index.js'))
  const { parseBackground } = require(path.join(root, 'devnet/lib/cli/args.js'))
  devnet = await startTestDevnet()
  const background = values.background === undefined ? undefined : parseBackground(values.background)
  const end = values.end ? Date.parse(`${values.end}T00:00:00Z`) / 1000 : undefined
  if (Number.isNaN(end)) throw new Error(`--end must be a date like 2026-05-01, got "${values.end}"`)
  log(`simulating scale ${values.scale}${background === undefined ? '' : ` with ${background} background transactions per Base block`}…`)
  const started = Date.now()
  ;({ truth } = await simulate({ deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore }, { scale: SCALES[values.scale], seed: Number(values.seed), end, background, log: () => {} }))
  log(`simulated in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  deploymentsFile = devnet.deploymentsFile
} else if (values.background || values.end) {
  throw new Error('--background and --end shape the devnet this bench simulates; they do nothing with --deployments')
}
const deployments = JSON.parse(fs.readFileSync(deploymentsFile, 'utf8'))

async function rpc(url, method, params = []) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  return (await r.json()).result
}

// the contracts whose logs the Base processor asks for (indexer/src/base/processor.ts); other Base
// logs (USDC and other tokens, vesting, the distributor) never reach it, so they are not its events
const BASE_INGESTED = new Set(['opg-token', 'x402-exact-proxy', 'x402-upto-proxy', 'dex-pool'])
async function countLogs(chain) {
  const c = deployments.chains[chain]
  const addresses = Object.values(c.contracts).filter((x) => chain !== 'base' || BASE_INGESTED.has(x.kind)).map((x) => x.address)
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
      const usage = parseRunUsage(err)
      resolve({ seconds: (Date.now() - started) / 1000, rss: usage?.peakRssMb ?? NaN, cpu: usage?.cpuSeconds ?? NaN, usage, code, tail: err.slice(-2000) })
    })
  })
}

const dbUrl = await freshDatabase()
const migrated = spawnSync(process.execPath, [path.join(root, 'indexer/lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: dbUrl }, encoding: 'utf8' })
if (migrated.status !== 0) throw new Error(migrated.stderr)
// the main rows stay RPC ingestion (as in every earlier run); Base through the gateway gets its own row below
const env = { DATABASE_URL: dbUrl, PROFILE: 'devnet', DEVNET_DEPLOYMENTS: deploymentsFile, BASE_GATEWAY: 'off' }
const chains = {}
for (const chain of ['og', 'base']) chains[chain] = await countLogs(chain)
log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; og ${chains.og.events} events in ${chains.og.head} blocks, base ${chains.base.events} events in ${chains.base.head} blocks`)

// Only the anvils and Postgres servers this run started count: other programs' processes of the
// same names may be running on the machine.
const rootPid = Number(values['root-pid'] ?? process.pid)
const OWN_COMMANDS = ['anvil', 'postgres']
const ownBefore = ownProcesses(rootPid, OWN_COMMANDS)
const started = Date.now()
// --only og|base measures one chain alone (no competition for the two cores)
const selected = values.only ? [values.only] : ['og', 'base']
const results = Object.fromEntries(await Promise.all(selected.map(async (chain) => [chain, await runProcessor(chain, env, chains[chain].head)])))
const wall = (Date.now() - started) / 1000
const ownAfter = ownProcesses(rootPid, OWN_COMMANDS)
const ownCpu = cpuSecondsByCommand(ownBefore, ownAfter)
const ownPids = Object.fromEntries(OWN_COMMANDS.map((command) => [command, ownAfter.filter((p) => p.command === command).map((p) => p.pid)]))
const cpu = { ...Object.fromEntries(selected.map((chain) => [`${chain} processor`, results[chain].cpu])), anvil: ownCpu.anvil ?? 0, postgres: ownCpu.postgres ?? 0 }
for (const [name, r] of Object.entries(results)) if (r.code !== 0) console.error(`${name} processor failed:\n${r.tail}`)
const [{ pending }] = await query(dbUrl, `select count(*) pending from settlement where status = 'PENDING'`)
const rows = selected.map((chain) => [chain, chains[chain].events, chains[chain].head, results[chain].seconds, results[chain].rss])
if (selected.length > 1) rows.push(['combined (in parallel)', chains.og.events + chains.base.events, chains.og.head + chains.base.head, wall, results.og.rss + results.base.rss])
console.log('\n| chain | events | blocks | seconds | events/s | blocks/s | peak RSS |')
console.log('|---|---|---|---|---|---|---|')
for (const [name, events, blocks, seconds, rss] of rows) {
  console.log(`| ${name} | ${events} | ${blocks} | ${seconds.toFixed(1)} | ${Math.round(events / seconds)} | ${Math.round(blocks / seconds)} | ${rss} MB |`)
}
for (const chain of selected) {
  const u = results[chain].usage
  if (u) console.log(`${chain} processor: peak heap ${u.peakHeapMb} of its ${u.heapLimitMb} MB limit`)
}
// Base's RPC ingestion (Subsquid 1.27.3) fetches splits of 10 blocks, up to 5 at a time: 50 full blocks in flight
const baseBlockSize = truth ? (truth.chains.base.transactions + (truth.background?.transactions ?? 0)) / Math.max(1, truth.chains.base.blocks) : undefined
if (truth?.background) {
  const bg = truth.background
  console.log(`base devnet: ${baseBlockSize.toFixed(1)} transactions per block on average, ${bg.transactions} of them other users' (${bg.erc20Transfers} ERC-20 transfers, ${bg.x402Payments.total} x402 payments in other tokens through the same proxies)`)
}
const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0)
// where the cores went: a run that keeps every core busy is bound by CPU, not by waiting
const pidList = (command) => (ownPids[command].length > 0 ? `${command} ${ownPids[command].join(' ')}` : `no ${command} started by this bench (not counted)`)
console.log(`\nCPU of this bench's own processes only (under pid ${rootPid}: ${pidList('anvil')}; ${pidList('postgres')}; other processes of those names are not counted)`)
console.log(`CPU time (all threads): ${Object.entries(cpu).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}; total ${cpuTotal.toFixed(1)} s in ${wall.toFixed(1)} s wall = ${(cpuTotal / wall).toFixed(2)} of ${os.cpus().length} cores busy`)
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
const ingestion = {}
if (!values['skip-ingestion']) {
  console.log('\nSubsquid RPC ingestion alone (fetch, validate, map; no handler, no database), one chain at a time:\n')
  console.log('| chain | logs | seconds | logs/s | CPU s | peak RSS |')
  console.log('|---|---|---|---|---|---|')
  for (const chain of selected) {
    const r = runIngestOnly(chain, chains[chain].head)
    ingestion[chain] = r
    console.log(`| ${chain} | ${r.logs} | ${r.seconds.toFixed(1)} | ${Math.round(r.logs / r.seconds)} | ${r.cpu.toFixed(1)} | ${r.rss} MB |`)
  }
}
// Base again, on the same devnet into a fresh database, through the devnet's SQD gateway stand-in
// (final blocks from the gateway, the last few over RPC), as the mainnet profile runs with SQD_API_KEY
let gatewayRun
if (selected.includes('base') && deployments.chains.base.gatewayUrl) {
  const gatewayDb = await freshDatabase()
  const m = spawnSync(process.execPath, [path.join(root, 'indexer/lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: gatewayDb }, encoding: 'utf8' })
  if (m.status !== 0) throw new Error(m.stderr)
  const r = await runProcessor('base', { ...env, DATABASE_URL: gatewayDb, BASE_GATEWAY: 'on' }, chains.base.head)
  if (r.code !== 0) console.error(`base through the gateway failed:\n${r.tail}`)
  gatewayRun = { ...r, events: chains.base.events, blocks: chains.base.head }
  console.log('\nBase through the SQD gateway (the devnet stand-in, in this bench process: its CPU is not counted), alone; compare with `--only base` RPC rows, which also run alone:\n')
  console.log('| chain | events | blocks | seconds | events/s | blocks/s | peak RSS |')
  console.log('|---|---|---|---|---|---|---|')
  console.log(`| base via gateway | ${chains.base.events} | ${chains.base.head} | ${r.seconds.toFixed(1)} | ${Math.round(chains.base.events / r.seconds)} | ${Math.round(chains.base.head / r.seconds)} | ${r.rss} MB |`)
}
const [written] = await query(dbUrl, `select (select count(*) from inference) inferences, (select count(*) from settlement where status <> 'PENDING') checked, (select count(*) from transfer) transfers, (select count(*) from payment) payments`)
// with an external DATABASE_URL the filled database stays, for the API benchmark to run on
if (process.env.DATABASE_URL) console.log(`database: ${dbUrl}`)
console.log(`\nrows: ${written.inferences} inferences (every one signature-checked), ${written.checked} settlements verified or judged, ${written.transfers} transfers, ${written.payments} payments; ${pending} settlements still waiting for their blob at exit`)
if (values.json) {
  const perChain = (chain, seconds) => ({ events: chains[chain].events, blocks: chains[chain].head, seconds, eventsPerSecond: chains[chain].events / seconds, blocksPerSecond: chains[chain].head / seconds })
  const report = {
    machine: { cores: os.cpus().length, memoryGiB: os.totalmem() / 2 ** 30 },
    devnet: { scale: truth?.scale, days: truth?.days, baseTransactionsPerBlock: baseBlockSize, background: truth?.background ?? null },
    indexing: Object.fromEntries(selected.map((chain) => [chain, { ...perChain(chain, results[chain].seconds), exitCode: results[chain].code, usage: results[chain].usage ?? null }])),
    combined: selected.length > 1 ? { events: chains.og.events + chains.base.events, blocks: chains.og.head + chains.base.head, seconds: wall, peakRssMb: results.og.rss + results.base.rss } : null,
    baseIngestion: { splitBlocks: 10, splitsInFlight: 5 },
    cpu: { seconds: cpu, wall, rootPid, ownPids },
    ingestion,
    baseThroughGateway: gatewayRun ? { events: gatewayRun.events, blocks: gatewayRun.blocks, seconds: gatewayRun.seconds, eventsPerSecond: gatewayRun.events / gatewayRun.seconds, peakRssMb: gatewayRun.rss, exitCode: gatewayRun.code, usage: gatewayRun.usage ?? null } : null,
    rows: { ...written, pendingSettlements: Number(pending) },
  }
  fs.writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n')
}
await stopTestPostgres()
if (devnet) await devnet.dispose()
