import type { HeartbeatRow } from './query'

/** A span the node was disabled on the registry, in ms; `to` is null while it still is. */
export interface DisabledSpan {
  from: number
  to: number | null
}

export interface HeartbeatPoint {
  t: number
  /** hours the node was enabled since the previous heartbeat: the gap, less the time it was disabled */
  gapHours: number | null
  /** hours of the gap the node spent disabled (the registry refuses heartbeats then) */
  disabledHours: number
  /** the enabled gap was longer than the registry's heartbeatMaxAge: the node counted as down for the excess */
  late: boolean
}

/** Seconds of [fromMs, toMs] that fall inside the disabled spans. */
export function disabledSecondsBetween(spans: readonly DisabledSpan[], fromMs: number, toMs: number): number {
  let ms = 0
  for (const s of spans) ms += Math.max(0, Math.min(toMs, s.to ?? Number.POSITIVE_INFINITY) - Math.max(fromMs, s.from))
  return ms / 1000
}

/**
 * One point per heartbeat. The gap is measured on the clock uptime uses, which stops while the node is
 * disabled (indexer/src/og/tee/uptime.ts): the first heartbeat after a re-enable is late only when
 * the enabled time before it, not the days it was switched off, exceeds heartbeatMaxAge.
 */
export function mapHeartbeats(rows: readonly HeartbeatRow[], maxAgeSeconds: number, spans: readonly DisabledSpan[] = []): HeartbeatPoint[] {
  return rows.map((h) => {
    const t = Date.parse(h.timestamp)
    if (h.gapSeconds == null) return { t, gapHours: null, disabledHours: 0, late: false }
    const disabled = Math.min(h.gapSeconds, disabledSecondsBetween(spans, t - h.gapSeconds * 1000, t))
    const enabled = h.gapSeconds - disabled
    return { t, gapHours: enabled / 3600, disabledHours: disabled / 3600, late: enabled > maxAgeSeconds }
  })
}
