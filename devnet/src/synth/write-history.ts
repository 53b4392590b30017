/**
 * Writes the simulated history of Base, OG or both straight into datasets (docs/devnet.md, "Synthetic
 * Base" and "Synthetic OG"): each chain's deployment blocks as anvil mined them, then every simulated
 * block executed on its in-memory model instead of anvil. The simulator is unchanged: one
 * `simulate()` runs with a synthetic executor per chain. Both chains are always executed, since the
 * plan draws from one random stream across them and reads each chain's state; a chain without a
 * folder is executed and not written (OG is then dropped before signing, as the Base-only run did).
 */
import fs from 'node:fs'
import path from 'node:path'
import { topicNameMap } from '../chain/contracts'
import { createBlobStore } from '../blobstore/store'
import { DatasetWriter } from '../dataset/writer'
import type { DatasetBlock, DatasetManifest } from '../dataset/format'
import { StateHistoryWriter } from '../dataset/state-history'
import type { Deployments } from '../deployments'
import type { BlobSink, SimChain } from '../sim/context'
import type { GroundTruth } from '../sim/ground-truth'
import type { ScaleParams } from '../sim/scales'
import { simulate } from '../sim/simulate'
import { modelAfterPrefix, type DeployPrefix } from './deploy-prefix'
import { ogModelAfterPrefix } from './og-prefix'
import { DroppedOgChain, DROPPED_BLOBS } from './og-sink'
import { SyntheticChain, type BlockSink } from './synthetic-chain'

export interface SyntheticHistoryOptions {
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
  /** where Base's dataset goes; Base is executed without being written when unset */
  baseDir?: string
  /** where OG's dataset goes, with its blobs (blobs/) and recorded state; OG is dropped when unset */
  ogDir?: string
}

export interface WrittenChain {
  manifest: DatasetManifest
  blocks: number
  transactions: number
  logs: number
}

export interface SyntheticHistoryResult {
  truth: GroundTruth
  base?: WrittenChain
  og?: WrittenChain & { stateChanges: number }
  seconds: number
}

const NOWHERE: BlockSink = { append: async () => {} }

function pointOf(block: DatasetBlock) {
  const h = block.header
  return { number: Number(BigInt(h.number)), hash: h.hash, timestamp: Number(BigInt(h.timestamp)) }
}

async function openWriter(dir: string, chainId: number, genesisHash: string, blocks: DatasetBlock[], options: SyntheticHistoryOptions) {
  const writer = await DatasetWriter.create(dir, {
    chainId,
    genesisHash,
    receipts: true,
    overwrite: options.overwrite,
    chunkBlocks: options.chunkBlocks,
    chunkItems: options.chunkItems,
  })
  for (const block of blocks) await writer.append(block)
  return writer
}

export async function writeSyntheticHistory(prefix: DeployPrefix, deployments: Deployments, options: SyntheticHistoryOptions): Promise<SyntheticHistoryResult> {
  const started = Date.now()
  const topics = topicNameMap()
  const baseWriter = options.baseDir ? await openWriter(options.baseDir, prefix.chainId, prefix.genesisHash, prefix.blocks, options) : undefined
  const { model, nonces } = modelAfterPrefix(prefix)
  const base = new SyntheticChain('base', model, baseWriter ?? NOWHERE, prefix.chainId, pointOf(prefix.blocks[prefix.blocks.length - 1]), nonces, topics)

  let og: SimChain
  let blobs: BlobSink = DROPPED_BLOBS
  let ogWriter: DatasetWriter | undefined
  const state = new StateHistoryWriter()
  if (options.ogDir) {
    ogWriter = await openWriter(options.ogDir, prefix.og.chainId, prefix.og.genesisHash, prefix.og.blocks, options)
    const ogModel = ogModelAfterPrefix(prefix.og.blocks, deployments, (block, key, value) => state.record(block, key, value))
    og = new SyntheticChain('og', ogModel.model, ogWriter, prefix.og.chainId, pointOf(prefix.og.blocks[prefix.og.blocks.length - 1]), ogModel.nonces, topics)
    blobs = createBlobStore(path.join(options.ogDir, 'blobs'))
  } else og = new DroppedOgChain(prefix.ogHead)

  const { truth } = await simulate(
    { deployments, og, base, blobs },
    { scale: options.scale, seed: options.seed, end: options.end, faultRate: options.faultRate, background: options.background, log: options.log },
  )
  const result: SyntheticHistoryResult = { truth, seconds: 0 }
  if (baseWriter) result.base = { manifest: await baseWriter.finish(), blocks: base.blockCount, transactions: base.txCount, logs: base.logCount }
  if (ogWriter && og instanceof SyntheticChain) {
    state.save(options.ogDir!)
    result.og = { manifest: await ogWriter.finish(), blocks: og.blockCount, transactions: og.txCount, logs: og.logCount, stateChanges: state.size }
  }
  result.seconds = (Date.now() - started) / 1000
  return result
}

/** deployments.json and ground-truth.json beside a dataset (addresses for the indexer's profile, the counts to hold it to) */
export function writeSidecars(dir: string, deployments: Deployments, truth: GroundTruth): void {
  fs.writeFileSync(path.join(dir, 'deployments.json'), `${JSON.stringify(deployments, null, 2)}\n`)
  fs.writeFileSync(path.join(dir, 'ground-truth.json'), `${JSON.stringify(truth, null, 2)}\n`)
}
