import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DAY_MS } from './buckets'
import { trailingDaysWithin } from './unlock-pressure'

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
