import { test } from 'node:test'
import assert from 'node:assert/strict'
import { floorToBucket, nextBucket } from '@og-explorer/common'
import { buildCohorts, type CohortCell } from './cohorts'

const D = 86_400_000
const T0 = Date.UTC(2026, 0, 5) // a Monday

/** hand-made payments: [payer, ms] */
const payments: [string, number][] = [
  ['early', T0 - 3 * D], // first paid before the range
  ['early', T0 + 1 * D],
  ['a', T0 + 0 * D],
  ['a', T0 + 2 * D],
  ['a', T0 + 8 * D],
  ['b', T0 + 3 * D],
  ['c', T0 + 7 * D],
  ['c', T0 + 15 * D],
  ['d', T0 + 9 * D],
  ['e', T0 + 16 * D],
  ['early', T0 + 17 * D],
  ['b', T0 + 18 * D],
]

/** what the loader's SQL does: distinct (period, payer), grouped by (period, first-payment period or null) */
function sqlLike(buckets: number[], interval: 'DAY' | 'WEEK'): CohortCell[] {
  const start = buckets[0]
  const end = nextBucket(buckets[buckets.length - 1], interval)
  const first = new Map<string, number>()
  for (const [p, t] of payments) first.set(p, Math.min(first.get(p) ?? Infinity, t))
  const cells = new Map<string, CohortCell>()
  const seen = new Set<string>()
  for (const [p, t] of payments) {
    if (t < start || t >= end) continue
    const period = floorToBucket(t, interval)
    if (seen.has(`${period}|${p}`)) continue
    seen.add(`${period}|${p}`)
    const f = first.get(p) as number
    const cohort = f < start ? null : floorToBucket(f, interval)
    const key = `${period}|${cohort}`
    const cell = cells.get(key) ?? { period, cohort, wallets: 0 }
    cell.wallets++
    cells.set(key, cell)
  }
  return [...cells.values()]
}

/** the figures from their definitions, wallet by wallet */
function naive(buckets: number[], interval: 'DAY' | 'WEEK') {
  const payersIn = (t: number) => new Set(payments.filter(([, x]) => floorToBucket(x, interval) === t).map(([p]) => p))
  const firstPeriod = (p: string) => floorToBucket(Math.min(...payments.filter(([q]) => q === p).map(([, x]) => x)), interval)
  const periods = buckets.map((t) => {
    const payers = [...payersIn(t)]
    const fresh = payers.filter((p) => firstPeriod(p) === t)
    return { t, payers: payers.length, newPayers: fresh.length, returningPayers: payers.length - fresh.length }
  })
  const cohorts = buckets.map((t, i) => {
    const members = [...payersIn(t)].filter((p) => firstPeriod(p) === t)
    return {
      t,
      size: members.length,
      retention: buckets.slice(i + 1).map((u, j) => {
        const back = members.filter((p) => payersIn(u).has(p)).length
        return { offset: j + 1, t: u, wallets: back, share: members.length ? back / members.length : 0 }
      }),
    }
  })
  return { periods, cohorts }
}

test('weekly new, returning and retention match a wallet-by-wallet count', () => {
  const buckets = [T0, T0 + 7 * D, T0 + 14 * D]
  const got = buildCohorts(buckets, sqlLike(buckets, 'WEEK'))
  assert.deepEqual(got, naive(buckets, 'WEEK'))
  // spelled out once: week 1 has early (returning), a, b (new); a comes back in week 2, b in week 3
  assert.deepEqual(got.periods[0], { t: T0, payers: 3, newPayers: 2, returningPayers: 1 })
  assert.deepEqual(
    got.cohorts[0].retention.map((r) => r.share),
    [0.5, 0.5],
  )
})

test('daily buckets, with empty periods, match too', () => {
  const buckets = Array.from({ length: 19 }, (_, i) => T0 + i * D)
  assert.deepEqual(buildCohorts(buckets, sqlLike(buckets, 'DAY')), naive(buckets, 'DAY'))
})

test('a range that starts late counts earlier first payments as returning', () => {
  const buckets = [T0 + 7 * D, T0 + 14 * D]
  const got = buildCohorts(buckets, sqlLike(buckets, 'WEEK'))
  assert.deepEqual(got, naive(buckets, 'WEEK'))
  assert.equal(got.periods[1].returningPayers, 3) // c, early, b
})

test('no payments: zeros, and an empty cohort retains nobody', () => {
  const got = buildCohorts([T0, T0 + 7 * D], [])
  assert.deepEqual(got.periods[0], { t: T0, payers: 0, newPayers: 0, returningPayers: 0 })
  assert.deepEqual(got.cohorts[0].retention, [{ offset: 1, t: T0 + 7 * D, wallets: 0, share: 0 }])
})
