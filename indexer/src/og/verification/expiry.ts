import { DAY_MS } from '@og-explorer/common'
import type { BlobResult } from './blob-fetcher'

/**
 * A fetched blob with "gone" answers judged: `missing` is a failed proof (the blob should still be
 * stored), `expired` is not (Walrus kept it for its paid storage period and then let it go).
 */
export type JudgedBlob =
  | Extract<BlobResult, { kind: 'ok' }>
  | { kind: 'missing'; attempts: number; reason: 'blob-missing' }
  | { kind: 'expired'; attempts: number; reason: 'blob-expired' | 'blob-unavailable' }

/**
 * Bounds on the chain's "now". The chain's head time is the clock that matters: on a live network it
 * is the wall clock, on a devnet that replays history it is not. It is at least the newest block the
 * processor has seen and at most the wall clock (no block is from the future).
 */
export interface NowBounds {
  earliest: number
  latest: number
}

// the day is common's; re-exported for the callers that take it from here with judgeGone
export { DAY_MS }

/**
 * Decides what a gone blob means, or `undecided` when only the chain head's time can tell.
 *
 * The rule: a blob is past its storage period when the chain's now is more than `retentionMs` after
 * the settlement's block. Walrus stores a blob for the epochs paid at upload (the facilitator pays
 * 10 epochs, and a mainnet epoch is 14 days), and the facilitator uploads just before it settles, so
 * the settlement's time is when the storage period started, give or take a batch timeout. A 404 after
 * that is expiry, not a failure; a 404 before it is a missing blob. A `503 BLOB_UNAVAILABLE` is the
 * aggregator itself saying the blob is gone for good, so it is expiry at any age. Without a retention
 * setting every 404 is a missing blob.
 */
export function judgeGone(
  result: Exclude<BlobResult, { kind: 'ok' }>,
  settlementMs: number,
  retentionMs: number | undefined,
  now: NowBounds,
): JudgedBlob | 'undecided' {
  if (result.kind === 'unavailable') return { kind: 'expired', attempts: result.attempts, reason: 'blob-unavailable' }
  const missing = { kind: 'missing', attempts: result.attempts, reason: 'blob-missing' } as const
  if (retentionMs === undefined) return missing
  if (now.earliest - settlementMs > retentionMs) return { kind: 'expired', attempts: result.attempts, reason: 'blob-expired' }
  if (Math.max(now.latest, now.earliest) - settlementMs <= retentionMs) return missing
  return 'undecided'
}
