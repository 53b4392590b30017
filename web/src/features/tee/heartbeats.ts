import type { HeartbeatRow } from './query'

export interface HeartbeatPoint {
  t: number
  /** hours since the previous heartbeat */
  gapHours: number | null
  /** the gap was longer than the registry's heartbeatMaxAge: the node counted as down for the excess */
  late: boolean
}

export function mapHeartbeats(rows: readonly HeartbeatRow[], maxAgeSeconds: number): HeartbeatPoint[] {
  return rows.map((h) => ({
    t: Date.parse(h.timestamp),
    gapHours: h.gapSeconds == null ? null : h.gapSeconds / 3600,
    late: h.gapSeconds != null && h.gapSeconds > maxAgeSeconds,
  }))
}
