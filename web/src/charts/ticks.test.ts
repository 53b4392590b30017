import { describe, expect, test } from 'vitest'
import { bucketTimeAxis, countAxisTicks, formatTimeTick, logAxisTicks, niceTicks, timeAxis, timeTicks, zeroBasedTicks } from './ticks'

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`)

describe('niceTicks', () => {
  test('a narrow price range gets distinct labels: enough decimals for the step', () => {
    const { ticks, decimals } = niceTicks(0.2081, 0.2149)
    const labels = ticks.map((t) => t.toFixed(decimals))
    expect(new Set(labels).size).toBe(labels.length)
    expect(ticks[0]).toBeLessThanOrEqual(0.2081)
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(0.2149)
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    expect(ticks.length).toBeLessThanOrEqual(8)
  })
  test('steps are 1, 2, 2.5 or 5 times a power of ten and evenly spaced', () => {
    for (const [lo, hi] of [
      [0, 97],
      [3, 1234567],
      [-40, 260],
      [0.001, 0.0093],
    ]) {
      const { ticks } = niceTicks(lo, hi)
      const step = ticks[1] - ticks[0]
      const mantissa = step / 10 ** Math.floor(Math.log10(step))
      expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true)
      for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(step, 9)
    }
  })
  test('a flat series still has an axis around its value, and quantities start at zero', () => {
    const flat = niceTicks(5, 5)
    expect(flat.ticks[0]).toBeLessThan(5)
    expect(flat.ticks.at(-1)).toBeGreaterThan(5)
    expect(zeroBasedTicks(830).ticks[0]).toBe(0)
    expect(zeroBasedTicks(830).ticks.at(-1)).toBeGreaterThanOrEqual(830)
  })
})

describe('timeTicks', () => {
  test('labels the whole domain, to its end, not just the first stretch', () => {
    const from = utc('2026-06-01')
    const to = utc('2026-12-02')
    const { ticks, unit } = timeTicks(from, to, 7)
    expect(unit).toBe('month')
    expect(ticks[0]).toBe(utc('2026-06-01'))
    expect(ticks.at(-1)).toBe(utc('2026-12-01'))
    expect(ticks.length).toBeLessThanOrEqual(9)
    const fewer = timeTicks(from, to, 4)
    expect(fewer.unit).toBe('quarter')
    expect(fewer.ticks.at(-1)).toBe(utc('2026-10-01'))
  })
  test('ticks fall on calendar boundaries of the chosen unit', () => {
    const days = timeTicks(utc('2026-09-03') + 3_600_000, utc('2026-09-07'))
    expect(days.unit).toBe('day')
    expect(days.ticks[0]).toBe(utc('2026-09-04'))
    for (const t of days.ticks) expect(t % 86_400_000).toBe(0)
    const quarters = timeTicks(utc('2026-01-15'), utc('2027-12-31'))
    expect(quarters.unit).toBe('quarter')
    for (const t of quarters.ticks) expect(new Date(t).getUTCMonth() % 3).toBe(0)
    const weeks = timeTicks(utc('2026-09-01'), utc('2026-10-10'))
    for (const t of weeks.ticks) expect(new Date(t).getUTCDay()).toBe(1)
  })
  test('labels say the unit: day, month, quarter, year', () => {
    expect(formatTimeTick(utc('2026-09-14'), 'day')).toBe('Sep 14')
    expect(formatTimeTick(utc('2026-09-01'), 'month')).toBe('Sep 2026')
    expect(formatTimeTick(utc('2027-01-01'), 'month')).toBe('2027')
    expect(formatTimeTick(utc('2026-07-01'), 'quarter')).toBe('Q3 2026')
    expect(formatTimeTick(utc('2027-01-01'), 'year')).toBe('2027')
  })
  test('the axis props cover the domain given, not the data', () => {
    const axis = timeAxis(utc('2026-06-01'), utc('2026-12-02'))
    expect(axis.domain).toEqual([utc('2026-06-01'), utc('2026-12-02')])
    expect(axis.ticks.every((t) => t >= axis.domain[0] && t <= axis.domain[1])).toBe(true)
  })
})

describe('bucketTimeAxis', () => {
  const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => utc(from) + i * 86_400_000)
  test('30 daily buckets: every Monday, on its own bucket, labelled with its day', () => {
    const buckets = days('2026-06-16', 30)
    const axis = bucketTimeAxis(buckets)
    expect(axis.interval).toBe(0)
    expect(axis.ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2026-06-22', '2026-06-29', '2026-07-06', '2026-07-13'])
    expect(axis.ticks.map(axis.tickFormatter)).toEqual(['Jun 22', 'Jun 29', 'Jul 6', 'Jul 13'])
  })
  test('weekly buckets: a month tick sits on the week holding the 1st and says the month', () => {
    // ISO weeks (Mondays) from TGE week to mid-July
    const weeks = Array.from({ length: 16 }, (_, i) => utc('2026-03-30') + i * 7 * 86_400_000)
    const axis = bucketTimeAxis(weeks)
    for (const t of axis.ticks) expect(weeks).toContain(t)
    expect(axis.ticks.map(axis.tickFormatter)).toEqual(['Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026'])
    // May 1st 2026 is a Friday: its week starts on Monday April 27th
    expect(new Date(axis.ticks[1]).toISOString().slice(0, 10)).toBe('2026-04-27')
  })
  test('a label for every tick and none for other buckets; no buckets, no ticks', () => {
    const buckets = days('2026-07-09', 7)
    const axis = bucketTimeAxis(buckets)
    expect(axis.ticks.length).toBeGreaterThan(1)
    expect(axis.ticks.length).toBeLessThanOrEqual(5)
    for (const t of axis.ticks) expect(axis.tickFormatter(t)).not.toBe('')
    expect(
      buckets
        .filter((t) => !axis.ticks.includes(t))
        .map(axis.tickFormatter)
        .every((l) => l === ''),
    ).toBe(true)
    expect(bucketTimeAxis([]).ticks).toEqual([])
  })
})

describe('countAxisTicks', () => {
  test('whole numbers from 0 to the largest count, at most a handful', () => {
    for (const max of [1, 3, 7, 12, 29, 52]) {
      const { ticks } = countAxisTicks(max)
      expect(ticks[0]).toBe(0)
      expect(ticks.every(Number.isInteger)).toBe(true)
      expect(Math.max(...ticks)).toBeLessThanOrEqual(max)
      expect(ticks.length).toBeLessThanOrEqual(9)
      expect(max - Math.max(...ticks)).toBeLessThan(max / 2 + 1)
    }
  })
})

describe('logAxisTicks', () => {
  // the obvious version: every power of ten from min up to the first one at or above max
  const decades = (min: number, max: number) => {
    const out = [min]
    while (out[out.length - 1] < max) out.push(out[out.length - 1] * 10)
    return out
  }
  test('one tick per decade, from min to the first power of ten at or above max', () => {
    for (const max of [0.5, 1, 7, 10, 12_345, 999_999]) {
      const { ticks, domain } = logAxisTicks(0.01, max, 20)
      const expected = decades(0.01, max)
      expect(ticks.length).toBe(Math.max(2, expected.length))
      ticks.forEach((t, i) => expect(t).toBeCloseTo(0.01 * 10 ** i, 12))
      expect(domain).toEqual([ticks[0], ticks.at(-1)])
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
      expect(ticks.at(-1)! / 10).toBeLessThan(Math.max(max, 0.1))
    }
  })
  test('wide ranges skip decades evenly, keep both ends and stay within maxTicks', () => {
    for (const max of [1e6, 3e7, 1e9, 4.2e11]) {
      const { ticks } = logAxisTicks(0.01, max, 6)
      expect(ticks.length).toBeLessThanOrEqual(6)
      expect(ticks[0]).toBe(0.01)
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
      const steps = ticks.slice(1).map((t, i) => Math.round(Math.log10(t / ticks[i])))
      expect(new Set(steps).size).toBe(1)
    }
  })
  test('values are exact powers of ten, so labels read $0.01, $1, $100', () => {
    expect(logAxisTicks(0.01, 50, 3).ticks).toEqual([0.01, 1, 100])
  })
})
