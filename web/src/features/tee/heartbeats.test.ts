import { describe, expect, it } from 'vitest'
import { mapHeartbeats } from './heartbeats'
import type { HeartbeatRow } from './query'

const HOUR = 3600
const MAX_AGE = 1800
const t0 = Date.parse('2026-06-01T00:00:00Z')
const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString()

type Span = { from: number; to: number }

/**
 * Heartbeats at the given offsets (s) with what the indexer stores on each: the raw gap since the
 * previous one, and the seconds of it the node spent inside the disabled spans (offsets too).
 */
function timeline(offsets: number[], spans: Span[] = []): HeartbeatRow[] {
  return offsets.map((s, i) => {
    const previous = i === 0 ? s : offsets[i - 1]
    const disabled = spans.reduce((sum, span) => sum + Math.max(0, Math.min(s, span.to) - Math.max(previous, span.from)), 0)
    return {
      id: `hb-${i}`,
      timestamp: at(s),
      reportedAt: at(s),
      gapSeconds: i === 0 ? null : s - previous,
      disabledSeconds: disabled,
      blockNumber: i,
      txHash: `0x${i}`,
    }
  })
}

describe('heartbeat gaps on the clock that stops while disabled', () => {
  // every 20 min, then disabled at 1 h 10 min for two days, enabled again, first beat 15 min later
  const disabledFrom = 70 * 60
  const enabledAt = disabledFrom + 48 * HOUR
  const offsets = [0, 1200, 2400, 3600, enabledAt + 900, enabledAt + 2100, enabledAt + 2100 + 2400]
  const rows = timeline(offsets, [{ from: disabledFrom, to: enabledAt }])

  it('the first beat after a re-enable is not late: only its enabled 25 min count', () => {
    const points = mapHeartbeats(rows, MAX_AGE)
    const first = points[4]
    // enabled 10 min before the disable, 15 min after the enable
    expect(first.gapHours! * HOUR).toBe(600 + 900)
    expect(first.disabledHours * HOUR).toBe(48 * HOUR)
    expect(first.late).toBe(false)
  })

  it('the same beat without the disabled seconds reads late (the raw gap), as before the fix', () => {
    expect(mapHeartbeats(timeline(offsets), MAX_AGE)[4].late).toBe(true)
  })

  it('a long enabled gap after the span is still late; gaps without a span are the raw ones', () => {
    const points = mapHeartbeats(rows, MAX_AGE)
    expect(points.map((p) => p.late)).toEqual([false, false, false, false, false, false, true])
    expect(points[6].gapHours! * HOUR).toBe(2400)
    expect(points[0].gapHours).toBeNull()
  })

  it('an enabled gap longer than heartbeatMaxAge around a span is late', () => {
    // 25 min enabled before the disable and 10 min after the enable: 35 min > 30 min
    const late = timeline([0, 1500 + 48 * HOUR + 600], [{ from: 1500, to: 1500 + 48 * HOUR }])
    const [, p] = mapHeartbeats(late, MAX_AGE)
    expect(p.gapHours! * HOUR).toBe(2100)
    expect(p.late).toBe(true)
  })

  it('never counts more disabled time than the gap itself', () => {
    const [, p] = mapHeartbeats(
      [...timeline([0, 600])].map((r, i) => (i === 1 ? { ...r, disabledSeconds: 5000 } : r)),
      MAX_AGE,
    )
    expect(p.gapHours).toBe(0)
    expect(p.disabledHours * HOUR).toBe(600)
  })
})
