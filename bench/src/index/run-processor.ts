import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseRunUsage } from '@og-explorer/indexer/lib/util/run-usage'
import { readResult } from '../results/files'
import { ingestionSchema, type Chain, type ChainRun, type Ingestion, type RunUsage } from '../results/schema'
import { MIGRATE_SCRIPT, PROCESSOR_SCRIPT } from '../util/paths'
import { PROCESSOR_NODE_FLAGS } from '../util/test-stack'

export interface ProcessorRun {
  seconds: number
  usage: RunUsage | null
  code: number | null
  /** the end of its stderr, to show when it failed */
  tail: string
}

/** The environment that makes a processor stop at `head` and index every block as final. */
function stopAt(chain: Chain, head: number): Record<string, string> {
  const CHAIN = chain.toUpperCase()
  return { [`${CHAIN}_TO_BLOCK`]: String(head), [`${CHAIN}_FINALITY`]: '0', PROCESSOR_PROMETHEUS_PORT: '0' }
}

/** One processor's run as the results record it: its events and blocks, and their rates over the run's wall time. */
export function chainRun(count: { blocks: number; events: number }, run: ProcessorRun): ChainRun {
  return {
    events: count.events,
    blocks: count.blocks,
    seconds: run.seconds,
    eventsPerSecond: count.events / run.seconds,
    blocksPerSecond: count.blocks / run.seconds,
    peakRssMb: run.usage?.peakRssMb ?? null,
    exitCode: run.code,
    usage: run.usage,
  }
}

export function migrate(databaseUrl: string): void {
  const migrated = spawnSync(process.execPath, [MIGRATE_SCRIPT], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' })
  if (migrated.status !== 0) throw new Error(migrated.stderr)
}

/** One chain's processor from block 0 to `head`, as `npm start` runs it; its stderr goes to a log file in the temp dir. */
export function runProcessor(chain: Chain, env: Record<string, string>, head: number, cpuProfDir?: string): Promise<ProcessorRun> {
  return new Promise((resolve) => {
    const started = Date.now()
    const profiling = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(cpuProfDir, chain)] : []
    const child = spawn(process.execPath, [...PROCESSOR_NODE_FLAGS, ...profiling, PROCESSOR_SCRIPT, chain], {
      env: { ...process.env, ...env, ...stopAt(chain, head) },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-1_000_000)))
    child.on('exit', (code) => {
      fs.writeFileSync(path.join(os.tmpdir(), `bench-index-${chain}.log`), err)
      resolve({ seconds: (Date.now() - started) / 1000, usage: parseRunUsage(err) ?? null, code, tail: err.slice(-2000) })
    })
  })
}

/** The ceiling the Subsquid RPC ingestion sets by itself: the same processor, no handler, nothing stored. */
export function runIngestOnly(chain: Chain, env: Record<string, string>, head: number): Ingestion {
  const jsonFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-bench-ingest-')), `${chain}.json`)
  const out = spawnSync(process.execPath, [...PROCESSOR_NODE_FLAGS, path.join(__dirname, 'ingest-only.js'), chain, '--json', jsonFile], {
    env: { ...process.env, ...env, ...stopAt(chain, head) },
    encoding: 'utf8',
  })
  if (out.status !== 0 || !fs.existsSync(jsonFile)) throw new Error(`ingest-only ${chain} failed: ${out.stderr.slice(-1000)}`)
  return readResult(jsonFile, ingestionSchema)
}
