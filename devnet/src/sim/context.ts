import type { Hex, MinedBlock, TxRequest } from '../chain/chain-writer'
import type { RpcCall } from '../chain/rpc'
import type { Deployments } from '../deployments'
import type { GroundTruthBuilder } from './ground-truth'
import type { Rng } from './random'
import type { ScaleParams } from './scales'

export interface BlobSink {
  put(content: Uint8Array | string): string
}

/**
 * The seam between what the simulator plans and how it is executed. Activities decide every
 * transaction (sender, target, calldata) from the seeded random stream and queue it with `send`;
 * `mine` executes the block. `ChainWriter` executes on anvil; `devnet/src/synth` executes the same
 * transactions on an in-memory model of the Base contracts and writes the blocks into a dataset.
 * The plan reads chain state only through `rpc` (eth_call at the latest block), which both answer.
 */
export interface SimChain {
  readonly name: string
  send(tx: TxRequest | Promise<TxRequest>): void
  readonly pendingCount: number
  mine(timestamp: number): Promise<MinedBlock>
  head: MinedBlock | undefined
  lastTimestamp: number
  txCount: number
  blockCount: number
  readonly eventCounts: Map<string, number>
  resetCounters(): void
  readonly rpc: StateReader
  /**
   * True when this chain's transactions are planned and then dropped (the OG side of a Base-only
   * synthetic run): activities then skip work that only fills in those transactions' contents
   * (signatures, blobs), after drawing every random number they would have drawn.
   */
  readonly dropsTransactions?: boolean
}

/** JSON-RPC reads the plan makes: eth_call, and eth_getBlockByNumber('latest') before the first block */
export interface StateReader {
  call<T = any>(method: string, params?: unknown[]): Promise<T>
  batch<T = any>(calls: RpcCall[]): Promise<T[]>
}

/** Thrown by an executor that does not model the state asked for (the OG sink of a Base-only dataset run). */
export class StateUnavailable extends Error {}

/** What every activity sees while the simulator builds one block on each chain. */
export interface SimContext {
  rng: Rng
  scale: ScaleParams
  deployments: Deployments
  og: SimChain
  base: SimChain
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
