/**
 * node bench/lib/index/seed-cli.js [--scale seed] [--seed 1] [--dir /tmp/seed-base-1] [--og-dir /tmp/seed-og-1] [--json FILE] [--root-pid PID]
 *
 * The seed-scale backfill (issue 18): synthetic Base and OG datasets are built (or reused: same scale
 * and seed in their folders), each served by the local SQD gateway with a read-only endpoint (for OG
 * also answering the recorded state reads, with the blob store beside it), backfilled by the Base
 * processor and then the OG processor into one fresh Postgres, and held to the datasets' blocks and
 * ground truth. Prints, per processor, time, events/s, blocks/s, peak RSS, CPU seconds per process
 * and the comparison; writes every figure to --json (default bench/results/seed.json).
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SCALES } from '@og-explorer/devnet'
import { DatasetReader } from '@og-explorer/devnet/lib/dataset/reader'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { seedResultSchema, type SeedResult } from '../results/schema'
import { freshDatabase, stopTestPostgres } from '../util/test-stack'
import { backfillDataset, type DatasetBackfill } from './dataset-backfill'
import { chainRun, migrate } from './run-processor'
import { ensureSeedDatasets } from './seed-dataset'
import { verificationText } from './backlog-verification'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'seed' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
    'og-dir': { type: 'string' },
    json: { type: 'string', default: resultFile('seed') },
    'root-pid': { type: 'string' },
  },
})
const log = (line: string) => console.log(`[bench:seed] ${line}`)
const fixed = (n: number, digits = 1) => n.toFixed(digits)

function datasetSize(dir: string): { blocks: number; logs: number } {
  const manifest = DatasetReader.open(dir).manifest
  return { blocks: manifest.height + 1, logs: manifest.chunks.reduce((n, c) => n + c.logs, 0) }
}

/** A processor that did not finish: its fatal error and the last block its progress line reported. */
function failureOf(b: DatasetBackfill): string | null {
  if (b.run.code === 0) return null
  const fatal = /FATAL ERROR: ([^\n]+)/.exec(b.run.tail)?.[1] ?? /Error: ([^\n]+)/.exec(b.run.tail)?.[1]
  const progress = [...b.run.tail.matchAll(/\] block ([\d,]+) of ([\d,]+)/g)].pop()
  return [fatal ?? `exit code ${b.run.code}`, progress ? `after block ${progress[1]} of ${progress[2]}` : null].filter(Boolean).join(' ')
}

function printRun(chain: string, b: DatasetBackfill): void {
  const { run } = b
  const cpuTotal = Object.values(b.cpuSeconds).reduce((a, s) => a + s, 0)
  console.log(`\n${chain}:`)
  if (run.code !== 0) console.log(`  the processor stopped: ${failureOf(b)}`)
  if (run.usage) console.log(`  processor: peak heap ${run.usage.peakHeapMb} of its ${run.usage.heapLimitMb} MB limit`)
  if (b.indexBuildSeconds !== null) console.log(`  of its ${fixed(run.seconds)} s, ${fixed(b.indexBuildSeconds)} s building the deferred indexes at the head`)
  if (b.verification) console.log(`  of its ${fixed(run.seconds)} s, ${verificationText(b.verification)}`)
  console.log(
    `  CPU time: ${Object.entries(b.cpuSeconds)
      .map(([name, s]) => `${name} ${fixed(s)} s`)
      .join(', ')}; total ${fixed(cpuTotal)} s in ${fixed(run.seconds)} s wall = ${fixed(cpuTotal / run.seconds, 2)} of ${os.cpus().length} cores busy`,
  )
  console.log(
    `  gateway and endpoint: peak RSS ${b.served.peakRssMb} MB, ${b.served.gatewayQueries} gateway queries; JSON-RPC asked ${JSON.stringify(b.served.rpcAsked)}`,
  )
  if (b.served.stateReads) console.log(`  state reads answered from the recorded state: ${JSON.stringify(b.served.stateReads)}`)
  if (b.served.blobs) console.log(`  blob store: ${b.served.blobs.requests} requests, ${b.served.blobs.served} found`)
  if (Object.keys(b.served.rpcRefused).length > 0) console.log(`  JSON-RPC refused (a node would have answered): ${JSON.stringify(b.served.rpcRefused)}`)
  console.log(
    `  chain truth (the dataset's blocks and ground truth, ${fixed(b.truthSeconds)} s): ${b.truth.rowsCompared} values compared, ${b.truth.mismatches.length} mismatches`,
  )
  for (const m of b.truth.mismatches) console.log(`    MISMATCH ${m}`)
}

async function main(): Promise<void> {
  const scale = values.scale!
  if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${scale}"`)
  const seed = Number(values.seed)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`)
  const dirs = {
    base: path.resolve(values.dir ?? path.join(os.tmpdir(), `${scale}-base-${seed}`)),
    og: path.resolve(values['og-dir'] ?? path.join(os.tmpdir(), `${scale}-og-${seed}`)),
  }
  const datasets = await ensureSeedDatasets(dirs, scale, seed, log)
  const build = datasets.base.build ?? datasets.og.build
  if (build) log(`datasets built in ${fixed(build.seconds / 60)} min, writer peak RSS ${build.peakRssMb ?? 'n/a'} MB`)

  const rootPid = Number(values['root-pid'] ?? process.pid)
  const dbUrl = await freshDatabase()
  migrate(dbUrl)
  const b = await backfillDataset(dirs.base, { chain: 'base', dbUrl, rootPid, log })
  const o = await backfillDataset(dirs.og, { chain: 'og', dbUrl, rootPid, log })
  console.log('')
  console.log('| chain | events | blocks | seconds | events/s | blocks/s | peak RSS | CPU s (processor) |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const [chain, r] of [
    ['base', b],
    ['og', o],
  ] as const)
    console.log(
      `| ${chain} (gateway) | ${r.events} | ${r.blocks} | ${fixed(r.run.seconds)} | ${Math.round(r.events / r.run.seconds)} | ${Math.round(r.blocks / r.run.seconds)} | ${r.run.usage?.peakRssMb ?? 'n/a'} MB | ${fixed(r.run.usage?.cpuSeconds ?? 0)} |`,
    )
  printRun('Base', b)
  printRun('OG', o)

  const ogSize = datasetSize(dirs.og)
  const result: SeedResult = {
    kind: 'seed',
    machine: captureMachine(),
    dataset: { dir: dirs.base, scale, seed, days: datasets.base.truth.days, ...datasetSize(dirs.base), build: datasets.base.build },
    base: chainRun(b, b.run),
    og: {
      dataset: { dir: dirs.og, ...ogSize, build: datasets.og.build },
      run: chainRun(o, o.run),
      failure: failureOf(o),
      cpu: { seconds: o.cpuSeconds, wall: o.run.seconds },
      indexBuildSeconds: o.indexBuildSeconds,
      verification: o.verification,
      served: o.served,
      truth: { rowsCompared: o.truth.rowsCompared, mismatches: o.truth.mismatches, seconds: o.truthSeconds },
    },
    cpu: { seconds: b.cpuSeconds, wall: b.run.seconds },
    indexBuildSeconds: b.indexBuildSeconds,
    served: b.served,
    truth: { rowsCompared: b.truth.rowsCompared, mismatches: b.truth.mismatches, seconds: b.truthSeconds },
  }
  writeResult(values.json!, seedResultSchema, result)
  log(`figures written to ${values.json}`)
  await stopTestPostgres()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
