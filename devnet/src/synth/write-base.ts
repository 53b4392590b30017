/**
 * Writes Base's simulated history straight into a dataset (docs/devnet.md, "Synthetic Base"): the
 * deployment blocks as anvil mined them, then every simulated block executed on the in-memory model
 * instead of anvil. The simulator itself is unchanged: the same `simulate()` runs with a synthetic
 * Base executor and a dropped OG side, so a seed and an end give the anvil path's Base events.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { topicNameMap } from '../chain/contracts'
import { DatasetWriter } from '../dataset/writer'
import type { DatasetManifest } from '../dataset/format'
import type { Deployments } from '../deployments'
import type { GroundTruth } from '../sim/ground-truth'
import type { ScaleParams } from '../sim/scales'
import { simulate } from '../sim/simulate'
import { startTestDevnet } from '../testing/devnet'
import { readDeployPrefix, modelAfterPrefix, type DeployPrefix } from './deploy-prefix'
import { DroppedOgChain, DROPPED_BLOBS } from './og-sink'
import { SyntheticBase } from './synthetic-base'

export interface SyntheticBaseOptions {
  dir: string
  scale: ScaleParams
  seed: number
  /** unix seconds where history stops */
  end: number
  faultRate?: number
  background?: number
  overwrite?: boolean
  log?: (line: string) => void
  chunkBlocks?: number
  chunkItems?: number
}

export interface SyntheticBaseResult {
  truth: GroundTruth
  manifest: DatasetManifest
  blocks: number
  transactions: number
  logs: number
  seconds: number
}

/** Writes the deployment blocks of `prefix`, then the simulated history, into a new dataset in `dir`. */
export async function writeSyntheticBase(prefix: DeployPrefix, deployments: Deployments, options: SyntheticBaseOptions): Promise<SyntheticBaseResult> {
  const started = Date.now()
  const writer = await DatasetWriter.create(options.dir, {
    chainId: prefix.chainId,
    genesisHash: prefix.genesisHash,
    receipts: true,
    overwrite: options.overwrite,
    chunkBlocks: options.chunkBlocks,
    chunkItems: options.chunkItems,
  })
  for (const block of prefix.blocks) await writer.append(block)
  const last = prefix.blocks[prefix.blocks.length - 1].header
  const { model, nonces } = modelAfterPrefix(prefix)
  const base = new SyntheticBase(
    model,
    writer,
    prefix.chainId,
    { number: Number(BigInt(last.number)), hash: last.hash, timestamp: Number(BigInt(last.timestamp)) },
    nonces,
    topicNameMap(),
  )
  const og = new DroppedOgChain(prefix.ogHead)
  const { truth } = await simulate(
    { deployments, og, base, blobs: DROPPED_BLOBS },
    { scale: options.scale, seed: options.seed, end: options.end, faultRate: options.faultRate, background: options.background, log: options.log },
  )
  const manifest = await writer.finish()
  return { truth, manifest, blocks: base.blockCount, transactions: base.txCount, logs: base.logCount, seconds: (Date.now() - started) / 1000 }
}

/**
 * The generator: deploys on a throwaway devnet (free ports, its own folder; only the deployment
 * blocks are mined), stops it, and writes the whole history synthetically.
 */
export async function generateBaseDataset(options: SyntheticBaseOptions): Promise<SyntheticBaseResult> {
  const log = options.log ?? (() => {})
  const devnet = await startTestDevnet()
  let prefix: DeployPrefix
  let deployments: Deployments
  try {
    deployments = devnet.deployments
    prefix = await readDeployPrefix(devnet.base.url, devnet.og.url, deployments)
  } finally {
    await devnet.dispose()
  }
  log(`deployment blocks read (Base 0..${prefix.blocks.length - 1}); the devnet is stopped, the history is written without it`)
  const result = await writeSyntheticBase(prefix, deployments, options)
  // the deployments this dataset was built against, next to it (addresses for the indexer's devnet profile)
  fs.writeFileSync(path.join(options.dir, 'deployments.json'), `${JSON.stringify(deployments, null, 2)}\n`)
  fs.writeFileSync(path.join(options.dir, 'ground-truth.json'), `${JSON.stringify(result.truth, null, 2)}\n`)
  return result
}

export const defaultDatasetDir = (scale: string, seed: number) => path.join(os.tmpdir(), `og-base-synth-${scale}-${seed}`)
