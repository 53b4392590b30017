/**
 * What the start-up check does with what the node said about our last final block. Kept pure so
 * every case is tested without a node.
 *
 * Resetting a chain's index costs a full re-index, so it happens only on evidence: the node must be
 * at or above our height and return a different hash, twice in a row, with the same hash both times.
 * Anything else (a null block, an error, a node whose head is below ours) says nothing about the
 * chain: it is a lagging, pruned, load-balanced or wrong node, and the answer is to ask again and
 * finally to stop, never to reset.
 */

export interface IndexedHead {
  height: number
  hash: string
}

/** One read of the node: its head and its hash at our height, or why the read failed. */
export type Observation = { head: number; hash: string | null } | { error: string }

export interface ReorgPolicy {
  /** reads allowed in all before giving up */
  maxReads: number
  /** a reset needs the operator's consent (ALLOW_REINDEX) */
  consentRequired: boolean
  consentGiven: boolean
}

export type ReorgVerdict =
  | { action: 'in-sync' }
  /** read again after a pause; `confirming` when the last read saw a different hash */
  | { action: 'read-again'; confirming: boolean; reason: string }
  | { action: 'cannot-verify'; reason: string }
  | { action: 'reset'; chainHash: string; nodeHead: number }
  | { action: 'needs-consent'; chainHash: string; nodeHead: number }

type Reading = { kind: 'same' } | { kind: 'different'; hash: string; head: number } | { kind: 'unverifiable'; reason: string }

export function readingOf(indexed: IndexedHead, observation: Observation): Reading {
  if ('error' in observation) return { kind: 'unverifiable', reason: `the node did not answer: ${observation.error}` }
  if (observation.head < indexed.height)
    return { kind: 'unverifiable', reason: `the node's head ${observation.head} is behind our final block ${indexed.height} (a lagging node)` }
  if (observation.hash === null)
    return {
      kind: 'unverifiable',
      reason: `the node reports head ${observation.head} but no block ${indexed.height} (a pruned, inconsistent or load-balanced node)`,
    }
  if (observation.hash.toLowerCase() === indexed.hash.toLowerCase()) return { kind: 'same' }
  return { kind: 'different', hash: observation.hash.toLowerCase(), head: observation.head }
}

export function decideDeepReorg(indexed: IndexedHead, observations: Observation[], policy: ReorgPolicy): ReorgVerdict {
  if (observations.length === 0) return { action: 'read-again', confirming: false, reason: 'nothing read yet' }
  const last = readingOf(indexed, observations[observations.length - 1])
  const readsLeft = observations.length < policy.maxReads
  if (last.kind === 'same') return { action: 'in-sync' }
  if (last.kind === 'unverifiable')
    return readsLeft ? { action: 'read-again', confirming: false, reason: last.reason } : { action: 'cannot-verify', reason: last.reason }
  const previous = observations.length > 1 ? readingOf(indexed, observations[observations.length - 2]) : undefined
  if (previous?.kind === 'different' && previous.hash === last.hash) {
    const found = { chainHash: last.hash, nodeHead: last.head }
    return policy.consentRequired && !policy.consentGiven ? { action: 'needs-consent', ...found } : { action: 'reset', ...found }
  }
  const reason = `the node has ${last.hash} at block ${indexed.height}, not ${indexed.hash}`
  if (!readsLeft) return { action: 'cannot-verify', reason: `${reason}, and no second read in a row confirmed it` }
  return { action: 'read-again', confirming: true, reason }
}
