/**
 * Writes Base's simulated history straight into a dataset (docs/devnet.md, "Synthetic Base"), and
 * with `ogDir` OG's beside it (write-history.ts).
 */
import os from 'node:os'
import path from 'node:path'
import type { Deployments } from '../deployments'
import type { GroundTruth } from '../sim/ground-truth'
import { startTestDevnet } from '../testing/devnet'
import { readDeployPrefix, type DeployPrefix } from './deploy-prefix'
import { writeSidecars, writeSyntheticHistory, type SyntheticHistoryOptions, type SyntheticHistoryResult, type WrittenChain } from './write-history'

/** writeSyntheticHistory's options with Base's folder as `dir` and no OG folder */
export type SyntheticBaseOptions = Omit<SyntheticHistoryOptions, 'baseDir' | 'ogDir'> & { dir: string }

export type SyntheticBaseResult = WrittenChain & { truth: GroundTruth; seconds: number }

/** Writes the deployment blocks of `prefix`, then the simulated history, into a new dataset in `dir`. */
export async function writeSyntheticBase(prefix: DeployPrefix, deployments: Deployments, options: SyntheticBaseOptions): Promise<SyntheticBaseResult> {
  const { dir, ...rest } = options
  const result = await writeSyntheticHistory(prefix, deployments, { ...rest, baseDir: dir })
  return { truth: result.truth, ...result.base!, seconds: result.seconds }
}

/** Deploys on a throwaway devnet (free ports, its own folder; only the deployment blocks are mined), stops it, and reads what the history starts from. */
export async function deployAndRead(log: (line: string) => void = () => {}): Promise<{ prefix: DeployPrefix; deployments: Deployments }> {
  const devnet = await startTestDevnet()
  try {
    const deployments = devnet.deployments
    const prefix = await readDeployPrefix(devnet.base.url, devnet.og.url, deployments)
    log(
      `deployment blocks read (Base 0..${prefix.blocks.length - 1}, OG 0..${prefix.og.blocks.length - 1}); the devnet is stopped, the history is written without it`,
    )
    return { prefix, deployments }
  } finally {
    await devnet.dispose()
  }
}

/** The generator: deploys on a throwaway devnet, stops it, and writes the whole history synthetically. */
export async function generateBaseDataset(options: SyntheticBaseOptions): Promise<SyntheticBaseResult> {
  const { prefix, deployments } = await deployAndRead(options.log)
  const result = await writeSyntheticBase(prefix, deployments, options)
  writeSidecars(options.dir, deployments, result.truth)
  return result
}

/** Both chains' datasets from one run: Base in `baseDir` and OG in `ogDir`, either may be left out (not both). */
export async function generateDatasets(options: SyntheticHistoryOptions): Promise<SyntheticHistoryResult> {
  if (!options.baseDir && !options.ogDir) throw new Error('generateDatasets needs baseDir, ogDir or both')
  const { prefix, deployments } = await deployAndRead(options.log)
  const result = await writeSyntheticHistory(prefix, deployments, options)
  for (const dir of [options.baseDir, options.ogDir]) if (dir) writeSidecars(dir, deployments, result.truth)
  return result
}

export const defaultDatasetDir = (scale: string, seed: number) => path.join(os.tmpdir(), `og-base-synth-${scale}-${seed}`)
