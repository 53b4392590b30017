import type { HeartbeatRow } from './query'

export interface HeartbeatPoint {
  t: number
  /** hours the node was enabled since the previous heartbeat: the gap, less the time it was disabled */
  gapHours: number | null
  /** hours of the gap the node spent disabled (the registry refuses heartbeats then) */
  disabledHours: number
  /** the enabled gap was longer than the registry's heartbeatMaxAge: the node counted as down for the excess */
  late: boolean
}

/**
 * One point per heartbeat. The gap is measured on the clock uptime uses, which stops while the node is
 * disabled: the indexer keeps, on each heartbeat, the seconds of its gap the node spent disabled
 * (`disabledSeconds`), so the first heartbeat after a re-enable is late only when the enabled time
 * before it, not the days it was switched off, exceeds heartbeatMaxAge.
 */
export function mapHeartbeats(rows: readonly HeartbeatRow[], maxAgeSeconds: number): HeartbeatPoint[] {
  return rows.map((h) => {
    const t = Date.parse(h.timestamp)
    if (h.gapSeconds == null) return { t, gapHours: null, disabledHours: 0, late: false }
    const disabled = Math.min(h.gapSeconds, Math.max(0, h.disabledSeconds))
    const enabled = h.gapSeconds - disabled
    return { t, gapHours: enabled / 3600, disabledHours: disabled / 3600, late: enabled > maxAgeSeconds }
  })
}
