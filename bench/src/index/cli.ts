// npm run bench:index [-- --scale small|medium] [--deployments FILE] [--only og|base] [--cpu-prof DIR] [--skip-ingestion]
//                      [--background N|mainnet] [--end YYYY-MM-DD] [--json FILE] [--root-pid PID]
// End-to-end indexing speed: RPC → decode → handlers → Postgres with aggregates, per chain and combined.
// With --deployments it indexes an already simulated devnet (e.g. a medium one you started with
// `npm run devnet -- --scale medium`); otherwise it starts a devnet and simulates the given scale first,
// with --background other users' transactions per Base block (mainnet: a mainnet-sized block) up to --end.
// Every figure goes to --json FILE (default bench/results/index.json). CPU columns count only this
// bench's own anvil and Postgres processes: those under --root-pid (default: this process; `npm run
// bench` passes its own pid, since it starts the devnet and Postgres this run indexes).
import os from 'node:os'
import { parseArgs } from 'node:util'
import { readDeployments, SCALES, simulate, startTestDevnet, type GroundTruth } from '@og-explorer/devnet'
import { parseBackground } from '@og-explorer/devnet/lib/cli/args'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { chainSchema, indexResultSchema, type Chain, type ChainRun, type IndexResult, type Ingestion } from '../results/schema'
import { cpuSecondsByCommand, ownProcesses } from '../util/process-cpu'
import { freshDatabase, query, stopTestPostgres } from '../util/test-stack'
import { countLogs } from './count-logs'
import { chainRun, migrate, runIngestOnly, runProcessor, type ProcessorRun } from './run-processor'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    deployments: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    only: { type: 'string' },
    'skip-ingestion': { type: 'boolean', default: false },
    background: { type: 'string' },
    end: { type: 'string' },
    json: { type: 'string', default: resultFile('index') },
    'root-pid': { type: 'string' },
  },
})
const log = (line: string) => console.log(`[bench:index] ${line}`)
const fixed = (n: number, digits = 1) => n.toFixed(digits)

/** Simulates a devnet of the asked scale unless one was given; returns its deployments file and, when simulated, its truth. */
async function devnetToIndex(): Promise<{ deploymentsFile: string; truth?: GroundTruth; dispose: () => Promise<void> }> {
  if (values.deployments) {
    if (values.background || values.end) throw new Error('--background and --end shape the devnet this bench simulates; they do nothing with --deployments')
    return { deploymentsFile: values.deployments, dispose: async () => {} }
  }
  const scale = SCALES[values.scale as keyof typeof SCALES]
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${values.scale}"`)
  const devnet = await startTestDevnet()
  const background = values.background === undefined ? undefined : parseBackground(values.background)
  const end = values.end ? Date.parse(`${values.end}T00:00:00Z`) / 1000 : undefined
  if (Number.isNaN(end)) throw new Error(`--end must be a date like 2026-05-01, got "${values.end}"`)
  log(`simulating scale ${values.scale}${background === undefined ? '' : ` with ${background} background transactions per Base block`}…`)
  const started = Date.now()
  const { truth } = await simulate(
    { deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore },
    { scale, seed: Number(values.seed), end, background, log: () => {} },
  )
  log(`simulated in ${fixed((Date.now() - started) / 1000, 0)} s`)
  return { deploymentsFile: devnet.deploymentsFile, truth, dispose: () => devnet.dispose() }
}

const mb = (n: number | null) => (n === null ? 'n/a' : `${n} MB`)
function printRunTable(rows: [string, { events: number; blocks: number; seconds: number; peakRssMb: number | null }][]): void {
  console.log('| chain | events | blocks | seconds | events/s | blocks/s | peak RSS |')
  console.log('|---|---|---|---|---|---|---|')
  for (const [name, r] of rows)
    console.log(
      `| ${name} | ${r.events} | ${r.blocks} | ${fixed(r.seconds)} | ${Math.round(r.events / r.seconds)} | ${Math.round(r.blocks / r.seconds)} | ${mb(r.peakRssMb)} |`,
    )
}

async function main(): Promise<void> {
  const devnet = await devnetToIndex()
  const { truth } = devnet
  const deployments = readDeployments(devnet.deploymentsFile)
  const dbUrl = await freshDatabase()
  migrate(dbUrl)
  // the main rows stay RPC ingestion (as in every earlier run); Base through the gateway gets its own row below
  const env = { DATABASE_URL: dbUrl, PROFILE: 'devnet', DEVNET_DEPLOYMENTS: devnet.deploymentsFile, BASE_GATEWAY: 'off' }
  const counts = { og: await countLogs(deployments, 'og'), base: await countLogs(deployments, 'base') }
  log(
    `${os.cpus().length} cores, ${fixed(os.totalmem() / 2 ** 30, 0)} GiB; og ${counts.og.events} events in ${counts.og.head} blocks, base ${counts.base.events} events in ${counts.base.head} blocks`,
  )

  // Only the anvils and Postgres servers this run started count: other programs' processes of the
  // same names may be running on the machine.
  const rootPid = Number(values['root-pid'] ?? process.pid)
  const OWN_COMMANDS = ['anvil', 'postgres']
  const ownBefore = ownProcesses(rootPid, OWN_COMMANDS)
  const started = Date.now()
  // --only og|base measures one chain alone (no competition for the cores)
  const selected: Chain[] = values.only ? [chainSchema.parse(values.only)] : ['og', 'base']
  log(`indexing ${selected.join(' and ')}${selected.length > 1 ? ' in parallel' : ''}…`)
  const runs = Object.fromEntries(
    await Promise.all(selected.map(async (chain) => [chain, await runProcessor(chain, env, counts[chain].head, values['cpu-prof'])] as const)),
  ) as Partial<Record<Chain, ProcessorRun>>
  const wall = (Date.now() - started) / 1000
  const ownAfter = ownProcesses(rootPid, OWN_COMMANDS)
  const ownCpu = cpuSecondsByCommand(ownBefore, ownAfter)
  const ownPids = Object.fromEntries(OWN_COMMANDS.map((command) => [command, ownAfter.filter((p) => p.command === command).map((p) => p.pid)]))
  // a processor that crashed printed no usage line: it has no CPU figure rather than a made-up one
  const processorCpu = selected.flatMap((chain) => (runs[chain]!.usage ? [[`${chain} processor`, runs[chain]!.usage!.cpuSeconds] as const] : []))
  const cpu: Record<string, number> = { ...Object.fromEntries(processorCpu), anvil: ownCpu.anvil ?? 0, postgres: ownCpu.postgres ?? 0 }
  for (const chain of selected) if (runs[chain]!.code !== 0) console.error(`${chain} processor failed:\n${runs[chain]!.tail}`)
  const [{ pending }] = await query<{ pending: string }>(dbUrl, `select count(*) pending from settlement where status = 'PENDING'`)

  const indexing: IndexResult['indexing'] = Object.fromEntries(
    selected.map((chain) => [chain, chainRun({ blocks: counts[chain].head, events: counts[chain].events }, runs[chain]!)]),
  )
  const combined: IndexResult['combined'] =
    selected.length > 1
      ? {
          events: counts.og.events + counts.base.events,
          blocks: counts.og.head + counts.base.head,
          seconds: wall,
          eventsPerSecond: (counts.og.events + counts.base.events) / wall,
          peakRssMb: indexing.og?.peakRssMb != null && indexing.base?.peakRssMb != null ? indexing.og.peakRssMb + indexing.base.peakRssMb : null,
        }
      : null
  console.log('')
  printRunTable([
    ...selected.map((chain) => [chain, indexing[chain]!] as [string, ChainRun]),
    ...(combined ? [['combined (in parallel)', combined] as [string, typeof combined]] : []),
  ])
  for (const chain of selected) {
    const u = runs[chain]!.usage
    if (u) console.log(`${chain} processor: peak heap ${u.peakHeapMb} of its ${u.heapLimitMb} MB limit`)
  }
  // Base's RPC ingestion (Subsquid 1.27.3) fetches splits of 10 blocks, up to 5 at a time: 50 full blocks in flight
  const baseBlockSize = truth ? (truth.chains.base.transactions + (truth.background?.transactions ?? 0)) / Math.max(1, truth.chains.base.blocks) : undefined
  if (truth?.background && baseBlockSize !== undefined) {
    const bg = truth.background
    console.log(
      `base devnet: ${fixed(baseBlockSize)} transactions per block on average, ${bg.transactions} of them other users' (${bg.erc20Transfers} ERC-20 transfers, ${bg.x402Payments.total} x402 payments in other tokens through the same proxies)`,
    )
  }
  const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0)
  // where the cores went: a run that keeps every core busy is bound by CPU, not by waiting
  const pidList = (command: string) =>
    ownPids[command].length > 0 ? `${command} ${ownPids[command].join(' ')}` : `no ${command} started by this bench (not counted)`
  console.log(
    `\nCPU of this bench's own processes only (under pid ${rootPid}: ${pidList('anvil')}; ${pidList('postgres')}; other processes of those names are not counted)`,
  )
  console.log(
    `CPU time (all threads): ${Object.entries(cpu)
      .map(([name, s]) => `${name} ${fixed(s)} s`)
      .join(', ')}; total ${fixed(cpuTotal)} s in ${fixed(wall)} s wall = ${fixed(cpuTotal / wall, 2)} of ${os.cpus().length} cores busy`,
  )

  const ingestion: IndexResult['ingestion'] = {}
  if (!values['skip-ingestion']) {
    console.log('\nSubsquid RPC ingestion alone (fetch, validate, map; no handler, no database), one chain at a time:\n')
    console.log('| chain | logs | seconds | logs/s | CPU s | peak RSS |')
    console.log('|---|---|---|---|---|---|')
    for (const chain of selected) {
      const r: Ingestion = runIngestOnly(chain, env, counts[chain].head)
      ingestion[chain] = r
      console.log(`| ${chain} | ${r.logs} | ${fixed(r.seconds)} | ${Math.round(r.logsPerSecond)} | ${fixed(r.usage.cpuSeconds)} | ${r.usage.peakRssMb} MB |`)
    }
  }

  // Base again, on the same devnet into a fresh database, through the devnet's SQD gateway stand-in
  // (final blocks from the gateway, the last few over RPC), as the mainnet profile runs with SQD_API_KEY
  let baseThroughGateway: IndexResult['baseThroughGateway'] = null
  if (selected.includes('base') && deployments.chains.base.gatewayUrl) {
    const gatewayDb = await freshDatabase()
    migrate(gatewayDb)
    const r = await runProcessor('base', { ...env, DATABASE_URL: gatewayDb, BASE_GATEWAY: 'on' }, counts.base.head)
    if (r.code !== 0) console.error(`base through the gateway failed:\n${r.tail}`)
    const run = chainRun({ blocks: counts.base.head, events: counts.base.events }, r)
    baseThroughGateway = {
      events: run.events,
      blocks: run.blocks,
      seconds: run.seconds,
      eventsPerSecond: run.eventsPerSecond,
      peakRssMb: run.peakRssMb,
      exitCode: run.exitCode,
      usage: run.usage,
    }
    console.log(
      '\nBase through the SQD gateway (the devnet stand-in, in this bench process: its CPU is not counted), alone; compare with `--only base` RPC rows, which also run alone:\n',
    )
    printRunTable([['base via gateway', run]])
  }

  const [written] = await query<Record<'inferences' | 'checked' | 'transfers' | 'payments', string>>(
    dbUrl,
    `select (select count(*) from inference) inferences, (select count(*) from settlement where status <> 'PENDING') checked, (select count(*) from transfer) transfers, (select count(*) from payment) payments`,
  )
  // with an external DATABASE_URL the filled database stays, for the API benchmark to run on
  const keepsDatabase = Boolean(process.env.DATABASE_URL)
  if (keepsDatabase) console.log(`database: ${dbUrl}`)
  console.log(
    `\nrows: ${written.inferences} inferences (every one signature-checked), ${written.checked} settlements verified or judged, ${written.transfers} transfers, ${written.payments} payments; ${pending} settlements still waiting for their blob at exit`,
  )
  const result: IndexResult = {
    kind: 'index',
    machine: captureMachine(),
    database: keepsDatabase ? dbUrl : null,
    devnet: {
      scale: truth?.scale ?? null,
      days: truth?.days ?? null,
      baseTransactionsPerBlock: baseBlockSize ?? null,
      background: truth?.background ?? null,
    },
    indexing,
    combined,
    baseIngestion: { splitBlocks: 10, splitsInFlight: 5 },
    cpu: { seconds: cpu, wall, rootPid, ownPids },
    ingestion,
    baseThroughGateway,
    rows: {
      inferences: Number(written.inferences),
      checked: Number(written.checked),
      transfers: Number(written.transfers),
      payments: Number(written.payments),
      pendingSettlements: Number(pending),
    },
  }
  writeResult(values.json, indexResultSchema, result)
  log(`figures written to ${values.json}`)
  await stopTestPostgres()
  await devnet.dispose()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
