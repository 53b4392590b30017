import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DAY_MS } from './buckets'
import { coverageOver, trailingDaysWithin } from './unlock-pressure'

const at = Date.UTC(2026, 11, 2)

test('a window longer than the index counts only the indexed days', () => {
  assert.equal(trailingDaysWithin(at, 365, at - 225 * DAY_MS), 225)
})

test('a window inside the index keeps its length', () => {
  assert.equal(trailingDaysWithin(at, 30, at - 225 * DAY_MS), 30)
  assert.equal(trailingDaysWithin(at, 225, at - 225 * DAY_MS), 225)
})

test('nothing indexed (or indexed only after the reference time) is zero days', () => {
  assert.equal(trailingDaysWithin(at, 30, null), 0)
  assert.equal(trailingDaysWithin(at, 30, at), 0)
})

test('coverage sets revenue against unlocks over the same number of days', () => {
  // 225 indexed days earned 225 USD: 1 USD a day, 365 USD over a 365-day window, against 730 USD of unlocks
  assert.equal(coverageOver('225', '730', 365, 225), 0.5)
  assert.equal(coverageOver('30', '60', 30, 30), 0.5)
  assert.equal(coverageOver('0', '60', 30, 0), 0)
  assert.equal(coverageOver('10', '0', 30, 30), null)
})
