import assert from 'node:assert/strict'
import { test } from 'node:test'
import { COMMISSION_RULES, dailyChangeCheck } from './slash-detail-commission'

const DAY = 24 * 3600 * 1000
const t0 = Date.UTC(2026, 0, 1)

test('10 % → 18 % in one change exceeds the 1 % a day maximum; the largest move is 8 points', () => {
  const c = dailyChangeCheck([{ previousRate: 0.1, rate: 0.18, timestamp: t0 }], 0.18)
  assert.ok(Math.abs(c.largestDailyChange - 0.08) < 1e-9)
  assert.equal(c.largestDailyChangeAt, t0)
  assert.equal(c.changesOverMax, 1)
  assert.equal(c.exceedsMaxChange, true)
  assert.equal(c.outsideRange, false)
})

test('1 point a day for several days stays within the rule; two changes inside 24 h count together', () => {
  const steady = [0, 1, 2].map((d) => ({ previousRate: 0.05 + d * 0.01, rate: 0.06 + d * 0.01, timestamp: t0 + d * DAY }))
  const ok = dailyChangeCheck(steady, 0.08)
  assert.equal(ok.exceedsMaxChange, false)
  assert.ok(Math.abs(ok.largestDailyChange - 0.01) < 1e-9)
  const twice = dailyChangeCheck(
    [
      { previousRate: 0.05, rate: 0.06, timestamp: t0 },
      { previousRate: 0.06, rate: 0.07, timestamp: t0 + 12 * 3600_000 },
    ],
    0.07,
  )
  assert.equal(twice.exceedsMaxChange, true)
  assert.ok(Math.abs(twice.largestDailyChange - 0.02) < 1e-9)
})

test('a cut counts as a move too; no changes is no move; a rate under the chain minimum is outside the range', () => {
  assert.equal(dailyChangeCheck([{ previousRate: 0.2, rate: 0.1, timestamp: t0 }], 0.1).exceedsMaxChange, true)
  const none = dailyChangeCheck([], 0.03)
  assert.deepEqual([none.largestDailyChange, none.largestDailyChangeAt, none.changesOverMax], [0, null, 0])
  assert.equal(none.outsideRange, true)
  assert.equal(COMMISSION_RULES.minRate, 0.05)
})
