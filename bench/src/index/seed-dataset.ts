/**
 * The synthetic Base and OG datasets the seed-scale backfill reads: each reused when its folder
 * already holds one of the same scale and seed (its manifest, deployments and ground truth; for OG
 * also its recorded state and blobs), else built by the devnet's writer (devnet/src/synth) with its
 * progress printed as it goes. A missing one is written to the same end as the one kept, so the two
 * chains are one simulated history; one writer run builds both when neither is there.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { readGroundTruth, type GroundTruth } from '@og-explorer/devnet'

const SYNTH_CLI = require.resolve('@og-explorer/devnet/lib/synth/cli.js')
const FILES = ['manifest.json', 'deployments.json', 'ground-truth.json']
const OG_FILES = [...FILES, 'state.jsonl.gz', 'blobs']

export interface SeedDataset {
  truth: GroundTruth
  /** null when an existing dataset was reused (a build shared by both chains is given to both) */
  build: { seconds: number; peakRssMb: number | null } | null
}

/** The ground truth of a complete dataset of this scale and seed in `dir`, or null. */
export function reusableTruth(dir: string, scale: string, seed: number, files = FILES): GroundTruth | null {
  if (!files.every((f) => fs.existsSync(path.join(dir, f)))) return null
  const truth = readGroundTruth(path.join(dir, 'ground-truth.json'))
  return truth.scale === scale && truth.seed === seed ? truth : null
}

/** the writer's --end for a history that stops where `truth`'s does */
const endArg = (truth: GroundTruth) => new Date(truth.endTimestamp * 1000).toISOString().slice(0, 16)

async function runWriter(args: string[]): Promise<{ seconds: number; peakRssMb: number | null }> {
  const started = Date.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [SYNTH_CLI, ...args, '--overwrite'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (d: string) => {
      process.stdout.write(d)
      out = (out + d).slice(-10_000)
    })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`the dataset writer exited with ${code}`))))
  })
  const peak = /peak RSS (\d+) MiB/.exec(output)
  return { seconds: (Date.now() - started) / 1000, peakRssMb: peak ? Number(peak[1]) : null }
}

export async function ensureSeedDatasets(
  dirs: { base: string; og: string },
  scale: string,
  seed: number,
  log: (line: string) => void,
): Promise<{ base: SeedDataset; og: SeedDataset }> {
  let base = reusableTruth(dirs.base, scale, seed)
  let og = reusableTruth(dirs.og, scale, seed, OG_FILES)
  for (const [name, dir, truth] of [
    ['Base', dirs.base, base],
    ['OG', dirs.og, og],
  ] as const)
    if (truth) log(`reusing the ${scale} ${name} dataset of seed ${seed} in ${dir} (history to ${endArg(truth)} UTC)`)
  if (base && og && base.endTimestamp !== og.endTimestamp)
    throw new Error(`${dirs.base} and ${dirs.og} end at different times: remove one of them and it is rebuilt to the other's end`)
  let build: SeedDataset['build'] = null
  const [buildBase, buildOg] = [!base, !og]
  if (!base || !og) {
    const args = ['--scale', scale, '--seed', String(seed)]
    if (!base) args.push('--out', dirs.base)
    if (!og) args.push('--og-out', dirs.og)
    const kept = base ?? og
    if (kept) args.push('--end', endArg(kept))
    log(`building the ${scale} ${[!base && `Base dataset in ${dirs.base}`, !og && `OG dataset in ${dirs.og}`].filter(Boolean).join(' and ')} (seed ${seed})…`)
    build = await runWriter(args)
    base = reusableTruth(dirs.base, scale, seed)
    og = reusableTruth(dirs.og, scale, seed, OG_FILES)
    if (!base || !og) throw new Error(`the dataset writer finished but ${!base ? dirs.base : dirs.og} holds no complete ${scale} dataset of seed ${seed}`)
  }
  return { base: { truth: base, build: buildBase ? build : null }, og: { truth: og, build: buildOg ? build : null } }
}
