/**
 * node bench/lib/index/seed-cli.js [--scale seed] [--seed 1] [--dir /tmp/seed-base-1] [--json FILE] [--root-pid PID]
 *
 * The seed-scale backfill (issue 18), Base half: a synthetic Base dataset is built (or reused: same
 * scale and seed in --dir), served by the local SQD gateway with a read-only endpoint for the head,
 * backfilled by the Base processor into a fresh Postgres, and held to the dataset's blocks and its
 * ground truth. Prints time, events/s, blocks/s, peak RSS, CPU seconds per process and the
 * comparison; writes every figure to --json (default bench/results/seed.json). The OG half
 * (settlements, inferences, blobs at seed scale) is not built yet and is reported as such.
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SCALES } from '@og-explorer/devnet'
import { DatasetReader } from '@og-explorer/devnet/lib/dataset/reader'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { seedResultSchema, type SeedResult } from '../results/schema'
import { stopTestPostgres } from '../util/test-stack'
import { backfillDataset } from './dataset-backfill'
import { chainRun } from './run-processor'
import { ensureSeedDataset } from './seed-dataset'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'seed' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
    json: { type: 'string', default: resultFile('seed') },
    'root-pid': { type: 'string' },
  },
})
const log = (line: string) => console.log(`[bench:seed] ${line}`)
const fixed = (n: number, digits = 1) => n.toFixed(digits)

async function main(): Promise<void> {
  const scale = values.scale!
  if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${scale}"`)
  const seed = Number(values.seed)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`)
  const dir = path.resolve(values.dir ?? path.join(os.tmpdir(), `${scale}-base-${seed}`))
  const dataset = await ensureSeedDataset(dir, scale, seed, log)
  const manifest = DatasetReader.open(dir).manifest
  const logs = manifest.chunks.reduce((n, c) => n + c.logs, 0)
  if (dataset.build) log(`dataset built in ${fixed(dataset.build.seconds / 60)} min, writer peak RSS ${dataset.build.peakRssMb ?? 'n/a'} MB`)

  const rootPid = Number(values['root-pid'] ?? process.pid)
  const b = await backfillDataset(dir, { rootPid, log })
  const { run } = b
  const cpuTotal = Object.values(b.cpuSeconds).reduce((a, s) => a + s, 0)
  console.log('')
  console.log('| chain | events | blocks | seconds | events/s | blocks/s | peak RSS |')
  console.log('|---|---|---|---|---|---|---|')
  console.log(
    `| base (gateway) | ${b.events} | ${b.blocks} | ${fixed(run.seconds)} | ${Math.round(b.events / run.seconds)} | ${Math.round(b.blocks / run.seconds)} | ${run.usage?.peakRssMb ?? 'n/a'} MB |`,
  )
  console.log('| og | OG: not built | | | | | |')
  if (run.usage) console.log(`base processor: peak heap ${run.usage.peakHeapMb} of its ${run.usage.heapLimitMb} MB limit`)
  if (b.indexBuildSeconds !== null) console.log(`of its ${fixed(run.seconds)} s, ${fixed(b.indexBuildSeconds)} s building the deferred indexes at the head`)
  console.log(
    `CPU time: ${Object.entries(b.cpuSeconds)
      .map(([name, s]) => `${name} ${fixed(s)} s`)
      .join(', ')}; total ${fixed(cpuTotal)} s in ${fixed(run.seconds)} s wall = ${fixed(cpuTotal / run.seconds, 2)} of ${os.cpus().length} cores busy`,
  )
  console.log(
    `gateway and endpoint: peak RSS ${b.served.peakRssMb} MB, ${b.served.gatewayQueries} gateway queries; JSON-RPC asked ${JSON.stringify(b.served.rpcAsked)}`,
  )
  if (Object.keys(b.served.rpcRefused).length > 0) console.log(`JSON-RPC refused (a node would have answered): ${JSON.stringify(b.served.rpcRefused)}`)
  console.log(
    `\nchain truth (the dataset's blocks and ground truth, ${fixed(b.truthSeconds)} s): ${b.truth.rowsCompared} values compared, ${b.truth.mismatches.length} mismatches`,
  )
  for (const m of b.truth.mismatches) console.log(`  MISMATCH ${m}`)

  const result: SeedResult = {
    kind: 'seed',
    machine: captureMachine(),
    dataset: { dir, scale, seed, days: dataset.truth.days, blocks: manifest.height + 1, logs, build: dataset.build },
    base: chainRun(b, run),
    og: null,
    cpu: { seconds: b.cpuSeconds, wall: run.seconds },
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
