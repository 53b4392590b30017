import { describe, expect, it } from 'vitest'
import { disabledSecondsBetween, mapHeartbeats } from './heartbeats'
import type { HeartbeatRow } from './query'

const HOUR = 3600
const MAX_AGE = 1800
const t0 = Date.parse('2026-06-01T00:00:00Z')
const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString()

/** Heartbeats at the given offsets (s), with the raw gap the indexer stores: time since the previous one. */
function timeline(offsets: number[]): HeartbeatRow[] {
  return offsets.map((s, i) => ({
    id: `hb-${i}`,
    timestamp: at(s),
    reportedAt: at(s),
    gapSeconds: i === 0 ? null : s - offsets[i - 1],
    blockNumber: i,
    txHash: `0x${i}`,
  }))
}

describe('heartbeat gaps on the clock that stops while disabled', () => {
  // every 20 min, then disabled at 1 h 10 min for two days, enabled again, first beat 15 min later
  const disabledFrom = 70 * 60
  const enabledAt = disabledFrom + 48 * HOUR
  const rows = timeline([0, 1200, 2400, 3600, enabledAt + 900, enabledAt + 2100, enabledAt + 2100 + 2400])
  const spans = [{ from: t0 + disabledFrom * 1000, to: t0 + enabledAt * 1000 }]

  it('the first beat after a re-enable is not late: only its enabled 25 min count', () => {
    const points = mapHeartbeats(rows, MAX_AGE, spans)
    const first = points[4]
    // enabled 10 min before the disable, 15 min after the enable
    expect(first.gapHours! * HOUR).toBe(600 + 900)
    expect(first.disabledHours * HOUR).toBe(48 * HOUR)
    expect(first.late).toBe(false)
  })

  it('the same beat without the span reads late (the raw gap), as before the fix', () => {
    expect(mapHeartbeats(rows, MAX_AGE)[4].late).toBe(true)
  })

  it('a long enabled gap after the span is still late; gaps without a span are the raw ones', () => {
    const points = mapHeartbeats(rows, MAX_AGE, spans)
    expect(points.map((p) => p.late)).toEqual([false, false, false, false, false, false, true])
    expect(points[6].gapHours! * HOUR).toBe(2400)
    expect(points[0].gapHours).toBeNull()
  })

  it('an enabled gap longer than heartbeatMaxAge around a span is late', () => {
    // 25 min enabled before the disable and 10 min after the enable: 35 min > 30 min
    const late = timeline([0, 1500 + 48 * HOUR + 600])
    const span = [{ from: t0 + 1500 * 1000, to: t0 + (1500 + 48 * HOUR) * 1000 }]
    const [, p] = mapHeartbeats(late, MAX_AGE, span)
    expect(p.gapHours! * HOUR).toBe(2100)
    expect(p.late).toBe(true)
  })

  it('counts only the part of a span inside the gap, and an open span up to the gap end', () => {
    expect(disabledSecondsBetween([{ from: t0 - 1000_000, to: t0 + 10_000 }], t0, t0 + 60_000)).toBe(10)
    expect(disabledSecondsBetween([{ from: t0 + 50_000, to: null }], t0, t0 + 60_000)).toBe(10)
    expect(disabledSecondsBetween([{ from: t0 + 70_000, to: null }], t0, t0 + 60_000)).toBe(0)
  })
})
