import fs from 'node:fs'
import type { Hex } from '../chain/chain-writer'
import type { BackgroundSummary } from './background'

export interface InjectedFault {
  kind: 'bad-signature' | 'corrupt-batch' | 'missing-blob'
  settlement: 'batch' | 'individual'
  blobId: string
  merkleRoot?: Hex
  leafIndex?: number
  teeId?: Hex
  inputHash?: Hex
}

export interface StakingIncident {
  kind: 'slash' | 'jail' | 'unjail'
  validator: Hex
  timestamp: number
  /** tokens removed by a slash, in wei of OPG */
  tokensLost?: string
}

export interface ChainSummary {
  blocks: number
  transactions: number
  head: { number: number; hash: Hex; stateRoot: Hex; timestamp: number } | null
  events: Record<string, number>
}

export interface GroundTruth {
  seed: number
  scale: string
  startTimestamp: number
  endTimestamp: number
  days: number
  generationSeconds: number
  chains: { og: ChainSummary; base: ChainSummary }
  settled: { batchLeaves: number; batches: number; individual: number; legacy: number; hubInferences: number }
  payments: { count: number; payingWallets: number }
  faults: InjectedFault[]
  staking: StakingIncident[]
  /** other people's Base traffic in the same blocks (not part of `chains.base`); absent in older files */
  background?: BackgroundSummary
}

/** Collects what the simulator did on purpose, so tests can hold the indexer to it. */
export class GroundTruthBuilder {
  readonly faults: InjectedFault[] = []
  readonly staking: StakingIncident[] = []
  readonly settled = { batchLeaves: 0, batches: 0, individual: 0, legacy: 0, hubInferences: 0 }
  readonly payments = { count: 0, payingWallets: 0 }

  fault(fault: InjectedFault): void {
    this.faults.push(fault)
  }

  incident(incident: StakingIncident): void {
    this.staking.push(incident)
  }
}

export function writeGroundTruth(file: string, truth: GroundTruth): void {
  fs.writeFileSync(file, JSON.stringify(truth, null, 2) + '\n')
}

export function readGroundTruth(file: string): GroundTruth {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GroundTruth
}
