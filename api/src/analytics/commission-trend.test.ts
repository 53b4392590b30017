import assert from 'node:assert/strict'
import { test } from 'node:test'
import { COMMISSION_HALF_LIFE_YEARS, commissionTrend, expectedCommission, networkRiseRate } from './commission-trend'

const YEAR = 365.25 * 24 * 3600 * 1000
const asOf = Date.UTC(2026, 6, 1)

test('10 % → 18 % → 25 %: from, to, two rises, the highest rate and the largest rise', () => {
  const t = commissionTrend(
    [
      { previousRate: 0.18, rate: 0.25, timestamp: asOf - 0.25 * YEAR },
      { previousRate: 0.1, rate: 0.18, timestamp: asOf - 1.5 * YEAR },
    ],
    0.25,
    asOf,
  )
  assert.equal(t.fromRate, 0.1)
  assert.equal(t.toRate, 0.25)
  assert.equal(t.rises, 2)
  assert.equal(t.cuts, 0)
  assert.equal(t.maxObservedRate, 0.25)
  assert.ok(Math.abs(t.maxRise - 0.08) < 1e-12)
  assert.ok(Math.abs(t.spanYears - 1.25) < 1e-9)
  // the rise outside any 90-day window still counts, at its recency weight
  const expected = 0.08 * 2 ** (-1.5 / COMMISSION_HALF_LIFE_YEARS) + 0.07 * 2 ** (-0.25 / COMMISSION_HALF_LIFE_YEARS)
  assert.ok(Math.abs(t.weightedRise - expected) < 1e-12)
})

test('cuts do not count as rises, an old rise weighs less than a new one, and later changes are ignored', () => {
  const cut = commissionTrend([{ previousRate: 0.2, rate: 0.1, timestamp: asOf - YEAR }], 0.1, asOf)
  assert.deepEqual([cut.rises, cut.cuts, cut.weightedRise, cut.maxObservedRate, cut.fromRate], [0, 1, 0, 0.2, 0.2])
  const old = commissionTrend([{ previousRate: 0.1, rate: 0.15, timestamp: asOf - 3 * YEAR }], 0.15, asOf)
  const fresh = commissionTrend([{ previousRate: 0.1, rate: 0.15, timestamp: asOf - 0.1 * YEAR }], 0.15, asOf)
  assert.ok(old.weightedRise > 0 && old.weightedRise < fresh.weightedRise)
  const none = commissionTrend([{ previousRate: 0.1, rate: 0.5, timestamp: asOf + 1 }], 0.1, asOf)
  assert.deepEqual([none.rises, none.fromRate, none.toRate], [0, 0.1, 0.1])
})

test('expected commission: a proven rate plus half a year of rises, a young low rate pulled to the network, capped at the maximum', () => {
  const base = { weightedRise: 0, networkRate: 0.1, networkRiseRate: 0, priorYears: 1, maxRate: null }
  // ten clean years at 5 %: mostly its own rate
  const proven = expectedCommission({ ...base, currentRate: 0.05, ageYears: 10 })
  assert.ok(Math.abs(proven - (10 / 11) * 0.05 - (1 / 11) * 0.1) < 1e-12)
  // a week-old 5 % is close to the network's 10 %
  assert.ok(expectedCommission({ ...base, currentRate: 0.05, ageYears: 7 / 365.25 }) > 0.099)
  // a rate above the network is never credited with a cut
  assert.equal(expectedCommission({ ...base, currentRate: 0.2, ageYears: 0 }), 0.2)
  // rises continue at (weightedRise + prior) / (age + prior) per year; half of that on average over the year
  assert.ok(Math.abs(expectedCommission({ ...base, networkRate: 0, currentRate: 0.25, weightedRise: 0.12, ageYears: 2 }) - (0.25 + 0.04 / 2)) < 1e-12)
  assert.equal(expectedCommission({ ...base, currentRate: 0.25, weightedRise: 1, ageYears: 1, maxRate: 0.3 }), 0.3)
  assert.ok(
    Math.abs(
      networkRiseRate([
        { weightedRise: 0.1, ageYears: 2 },
        { weightedRise: 0, ageYears: 3 },
      ]) - 0.02,
    ) < 1e-12,
  )
  assert.equal(networkRiseRate([]), 0)
})
