/**
 * The synthetic Base dataset the seed-scale backfill reads: reused when the folder already holds one
 * of the same scale and seed (its manifest, deployments and ground truth), else built by the
 * devnet's writer (devnet/src/synth) with its progress printed as it goes.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { readGroundTruth, type GroundTruth } from '@og-explorer/devnet'

const SYNTH_CLI = require.resolve('@og-explorer/devnet/lib/synth/cli.js')
const FILES = ['manifest.json', 'deployments.json', 'ground-truth.json']

export interface SeedDataset {
  truth: GroundTruth
  /** null when an existing dataset was reused */
  build: { seconds: number; peakRssMb: number | null } | null
}

/** The ground truth of a complete dataset of this scale and seed in `dir`, or null. */
export function reusableTruth(dir: string, scale: string, seed: number): GroundTruth | null {
  if (!FILES.every((f) => fs.existsSync(path.join(dir, f)))) return null
  const truth = readGroundTruth(path.join(dir, 'ground-truth.json'))
  return truth.scale === scale && truth.seed === seed ? truth : null
}

export async function ensureSeedDataset(dir: string, scale: string, seed: number, log: (line: string) => void): Promise<SeedDataset> {
  const found = reusableTruth(dir, scale, seed)
  if (found) {
    log(`reusing the ${scale} dataset of seed ${seed} in ${dir} (history to ${new Date(found.endTimestamp * 1000).toISOString().slice(0, 10)})`)
    return { truth: found, build: null }
  }
  log(`building the ${scale} dataset of seed ${seed} in ${dir}…`)
  const started = Date.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [SYNTH_CLI, '--scale', scale, '--seed', String(seed), '--out', dir, '--overwrite'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
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
  const truth = reusableTruth(dir, scale, seed)
  if (!truth) throw new Error(`the dataset writer finished but ${dir} holds no complete ${scale} dataset of seed ${seed}`)
  return { truth, build: { seconds: (Date.now() - started) / 1000, peakRssMb: peak ? Number(peak[1]) : null } }
}
