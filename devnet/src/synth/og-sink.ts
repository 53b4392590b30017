/**
 * The OG side of a Base-only synthetic run. The simulator draws every random number in a fixed order
 * across both chains, so Base's history for a seed depends on the OG activities running too; they
 * draw as they always do, and skip making what only the dropped transactions would carry
 * (signatures, blobs; see SimChain.dropsTransactions). Block numbers still advance from the deployment head, since the plan reads the OG height.
 */
import type { Hex, MinedBlock, TxRequest } from '../chain/chain-writer'
import type { BlobSink, SimChain, StateReader } from '../sim/context'
import { StateUnavailable } from '../sim/context'
import type { ChainPoint } from './synthetic-base'

export class DroppedOgChain implements SimChain {
  readonly name = 'og'
  readonly dropsTransactions = true
  private pending: (TxRequest | Promise<TxRequest>)[] = []
  readonly eventCounts = new Map<string, number>()
  txCount = 0
  blockCount = 0
  lastTimestamp: number
  head: MinedBlock | undefined
  readonly rpc: StateReader = {
    call: async (method: string) => {
      throw new StateUnavailable(`the OG chain is not executed in a Base-only synthetic run (${method})`)
    },
    batch: async () => {
      throw new StateUnavailable('the OG chain is not executed in a Base-only synthetic run')
    },
  }

  constructor(start: ChainPoint) {
    this.lastTimestamp = start.timestamp
    this.head = { number: start.number, hash: start.hash as Hex, timestamp: start.timestamp, stateRoot: start.hash as Hex, txHashes: [], receipts: [] }
  }

  get pendingCount(): number {
    return this.pending.length
  }

  resetCounters(): void {
    this.txCount = 0
    this.blockCount = 0
  }

  send(tx: TxRequest | Promise<TxRequest>): void {
    this.pending.push(tx)
  }

  async mine(timestamp: number): Promise<MinedBlock> {
    if (timestamp <= this.lastTimestamp) timestamp = this.lastTimestamp + 1
    // awaited so signing keeps pace with the plan (bounded memory), then dropped
    const txs = await Promise.all(this.pending)
    this.pending = []
    this.txCount += txs.length
    this.blockCount += 1
    this.lastTimestamp = timestamp
    const head = this.head!
    this.head = { ...head, number: head.number + 1, timestamp }
    return this.head
  }
}

/** Blob ids without storing: the OG settlements' payloads are not written in a Base-only run. */
export const DROPPED_BLOBS: BlobSink = {
  put: () => 'A'.repeat(43),
}
