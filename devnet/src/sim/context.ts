import type { ChainWriter, Hex } from '../chain/chain-writer'
import type { Deployments } from '../deployments'
import type { GroundTruthBuilder } from './ground-truth'
import type { Rng } from './random'
import type { ScaleParams } from './scales'

export interface BlobSink {
  put(content: Uint8Array | string): string
}

/** What every activity sees while the simulator builds one block on each chain. */
export interface SimContext {
  rng: Rng
  scale: ScaleParams
  deployments: Deployments
  og: ChainWriter
  base: ChainWriter
  blobs: BlobSink
  truth: GroundTruthBuilder
  /** fraction of settled items that carry each injected fault */
  faultRate: number
  totalDays: number
}

export interface BlockClock {
  /** day index since TGE */
  day: number
  /** index of this block within its day */
  blockOfDay: number
  /** unix seconds of the block being built */
  timestamp: number
  /** true when the simulator is producing live blocks in real time */
  live: boolean
}

export function contractAddress(ctx: SimContext, chain: 'og' | 'base', name: string): Hex {
  const contract = ctx.deployments.chains[chain].contracts[name]
  if (!contract) throw new Error(`deployments has no ${chain} contract ${name}`)
  return contract.address as Hex
}
