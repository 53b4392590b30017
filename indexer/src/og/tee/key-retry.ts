import { TeeNode } from '../../model'
import type { OgBatch } from '../batch'
import { getTeeCall } from './decode'
import { teeInfoOf } from './state'

/** the first retry comes this many blocks after a failed read; each failure doubles the wait */
export const KEY_RETRY_FIRST_BLOCKS = 10
/** the longest wait between two attempts for one node, so a node that recovers is not left for days */
export const KEY_RETRY_MAX_BLOCKS = 1_000
/** reads per batch at most: one batched eth_call however many nodes lack their key */
export const KEY_RETRIES_PER_BATCH = 100

/**
 * When each node without a public key is next asked for it. Kept in memory: after a restart every
 * keyless node is simply asked once more at the first batch.
 */
export class KeyRetrySchedule {
  private readonly next = new Map<string, { at: number; gap: number }>()

  /** Keyless nodes whose turn has come, oldest schedule first, at most `limit`. */
  due(nodes: Iterable<TeeNode>, height: number, limit = KEY_RETRIES_PER_BATCH): TeeNode[] {
    const ready = [...nodes].filter((n) => !n.publicKey && (this.next.get(n.id)?.at ?? -Infinity) <= height)
    ready.sort((a, b) => (this.next.get(a.id)?.at ?? -Infinity) - (this.next.get(b.id)?.at ?? -Infinity))
    return ready.slice(0, limit)
  }

  failed(teeId: string, height: number): void {
    const previous = this.next.get(teeId)
    const gap = previous ? Math.min(previous.gap * 2, KEY_RETRY_MAX_BLOCKS) : KEY_RETRY_FIRST_BLOCKS
    this.next.set(teeId, { at: height + gap, gap })
  }

  forget(teeId: string): void {
    this.next.delete(teeId)
  }
}

/**
 * Asks the registry again for the keys it did not give before (a read that failed, a node that was
 * not answering). A key found fills the node's missing registration details too, so settlements
 * from then on are checked; verdicts already given as key-unknown stay as they are.
 */
export async function retryMissingKeys(batch: OgBatch, schedule: KeyRetrySchedule): Promise<number> {
  const height = batch.lastBlock.height
  const due = schedule.due(batch.cache.values(TeeNode), height)
  if (due.length === 0) return 0
  const results = await batch.reader.callMany(due.map((n) => ({ to: n.registry, data: getTeeCall(n.id), block: 'latest' as const })))
  let found = 0
  due.forEach((node, i) => {
    const info = teeInfoOf(node.id, results[i])
    if (info instanceof Error) return schedule.failed(node.id, height)
    schedule.forget(node.id)
    node.publicKey = info.publicKey
    node.paymentAddress ??= info.paymentAddress
    node.endpoint ??= info.endpoint
    node.pcrHash ??= info.pcrHash
    batch.cache.save(TeeNode, node)
    found++
  })
  return found
}
