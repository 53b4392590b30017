import { dayId } from '@og-explorer/common'

/**
 * Uptime arithmetic. Every time here is a block time in unix seconds: registeredAt is the
 * registration block's time and the real registry also stores block.timestamp as lastHeartbeatAt, so
 * gaps, coverage and "now" all read one clock (the enclave-signed heartbeat timestamp is kept on the
 * Heartbeat row as reportedAt, but never mixed into the arithmetic).
 */

/** The default of the registry's heartbeatMaxAge, used until a read succeeds. */
export const DEFAULT_HEARTBEAT_MAX_AGE = 1800

export interface HeartbeatState {
  /** unix seconds */
  registeredAt: number
  /** unix seconds of the previous heartbeat's block, null before the first */
  lastHeartbeatAt: number | null
  coveredSeconds: number
  /** seconds the node spent disabled since the previous heartbeat (or registration) */
  disabledSinceHeartbeat: number
}

export interface HeartbeatStep {
  /** seconds since the previous heartbeat; null for the first one */
  gapSeconds: number | null
  /** seconds since the previous heartbeat (or registration) the node spent disabled: the part of the gap it was not expected to beat */
  disabledSeconds: number
  coveredSeconds: number
}

/**
 * Uptime runs on a clock that stops while the node is disabled: the registry refuses its heartbeats
 * then, so that time is neither covered nor expected. A heartbeat vouches for the node's enabled time
 * back to the previous heartbeat, but for no longer than heartbeatMaxAge: that is how long the
 * registry itself keeps a node active without one. The first heartbeat counts from registration,
 * whose attestation proved the node alive at that moment.
 */
export function applyHeartbeat(state: HeartbeatState, at: number, maxAge: number): HeartbeatStep {
  const previous = state.lastHeartbeatAt ?? state.registeredAt
  const since = Math.max(0, at - previous)
  const disabled = Math.min(since, Math.max(0, state.disabledSinceHeartbeat))
  const enabledSince = since - disabled
  return {
    gapSeconds: state.lastHeartbeatAt === null ? null : since,
    disabledSeconds: disabled,
    coveredSeconds: state.coveredSeconds + Math.min(enabledSince, Math.max(0, maxAge)),
  }
}

export interface EnabledSpan {
  /** unix seconds */
  registeredAt: number
  /** finished disabled spans since registration, seconds */
  disabledSeconds: number
  /** unix seconds the node was disabled at, while it still is */
  disabledAt: number | null
}

/** Seconds the node was enabled between registration and `now`: the denominator of uptime. */
export function enabledSeconds(span: EnabledSpan, now: number): number {
  const open = span.disabledAt === null ? 0 : Math.max(0, now - span.disabledAt)
  return Math.max(0, now - span.registeredAt - span.disabledSeconds - open)
}

/** coveredSeconds / enabled seconds, clamped to [0, 1]; 0 before any enabled time has passed. */
export function uptime(coveredSeconds: number, enabled: number): number {
  if (enabled <= 0) return 0
  return Math.min(1, Math.max(0, coveredSeconds / enabled))
}

/**
 * Whether a heartbeat at `atMs` makes the node newly active for that UTC day. Comparing with the
 * node's previous heartbeat (stored on the row) keeps the daily count exact across batches and
 * rollbacks without a per-day membership table.
 */
export function firstHeartbeatOfDay(previousMs: number | null, atMs: number): boolean {
  return previousMs === null || dayId(previousMs) < dayId(atMs)
}
