/**
 * One seed run both ways, for the tests that hold the synthetic datasets to anvil's: on one devnet the
 * deployment blocks are read, the seed is written synthetically (no anvil) into a Base and an OG dataset,
 * then simulated on anvil and both chains recorded. One anvil run serves the comparisons of both chains.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DatasetBlock } from '../dataset/format'
import { DatasetReader } from '../dataset/reader'
import { recordDataset } from '../dataset/recorder'
import type { GroundTruth } from '../sim/ground-truth'
import { simulate } from '../sim/simulate'
import { startTestDevnet } from '../testing/devnet'
import { readDeployPrefix } from './deploy-prefix'
import { writeSyntheticHistory, type SyntheticHistoryOptions, type SyntheticHistoryResult } from './write-history'

/** one chain's blocks as written synthetically and as anvil mined them */
export interface ChainBothWays {
  synthBlocks: DatasetBlock[]
  anvilBlocks: DatasetBlock[]
  /** the last deployment block, anvil's own in both datasets */
  deployHead: number
  /** the synthetic dataset's folder */
  syntheticDir: string
}

export interface BothWays {
  devnet: Awaited<ReturnType<typeof startTestDevnet>>
  synthetic: SyntheticHistoryResult
  anvilTruth: GroundTruth
  base: ChainBothWays
  og: ChainBothWays
  /** stops the devnet and removes every folder the run wrote */
  dispose(): Promise<void>
}

/** what both runs are given alike (each is also a SimulateOptions) */
export type BothWaysOptions = Pick<SyntheticHistoryOptions, 'scale' | 'seed' | 'end' | 'faultRate' | 'background'>

function readAll(dir: string): Promise<DatasetBlock[]> {
  const reader = DatasetReader.open(dir)
  return reader.blocks(0, reader.manifest.height)
}

export async function runBothWays(options: BothWaysOptions): Promise<BothWays> {
  const devnet = await startTestDevnet()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-synth-both-'))
  const dispose = async () => {
    await devnet.dispose()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const prefix = await readDeployPrefix(devnet.base.url, devnet.og.url, devnet.deployments)
    const folder = (name: string) => path.join(dir, name)
    const synthetic = await writeSyntheticHistory(prefix, devnet.deployments, { ...options, baseDir: folder('synthetic-base'), ogDir: folder('synthetic-og') })
    const { truth: anvilTruth } = await simulate(
      { deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore },
      options,
    )
    await recordDataset(devnet.base.url, folder('anvil-base'))
    await recordDataset(devnet.og.url, folder('anvil-og'))
    const chain = async (name: 'base' | 'og', deployHead: number): Promise<ChainBothWays> => {
      const [synthBlocks, anvilBlocks] = await Promise.all([readAll(folder(`synthetic-${name}`)), readAll(folder(`anvil-${name}`))])
      return { synthBlocks, anvilBlocks, deployHead, syntheticDir: folder(`synthetic-${name}`) }
    }
    const base = await chain('base', prefix.blocks.length - 1)
    const og = await chain('og', prefix.og.blocks.length - 1)
    return { devnet, synthetic, anvilTruth, base, og, dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}
