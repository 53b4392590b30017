import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DAY_MS, bucketStarts, floorToBucket, nextBucket } from './buckets'
import { fillGaps } from './gap-fill'

const day = (s: string) => Date.parse(`${s}T00:00:00Z`)

test('flows fill missing buckets with 0 and mark them filled', () => {
  const buckets = [day('2026-05-01'), day('2026-05-02'), day('2026-05-03')]
  const points = fillGaps(buckets, new Map([[buckets[1], '7']]), 'ZERO')
  assert.deepEqual(
    points.map((p) => [p.value, p.filled]),
    [
      ['0', true],
      ['7', false],
      ['0', true],
    ],
  )
})

test('levels carry the last value forward from the seed, and stay null before any observation', () => {
  const buckets = [day('2026-05-01'), day('2026-05-02'), day('2026-05-03'), day('2026-05-04')]
  const observed = new Map([
    [buckets[1], '5'],
    [buckets[3], '6'],
  ])
  assert.deepEqual(
    fillGaps(buckets, observed, 'CARRY_FORWARD').map((p) => p.value),
    [null, '5', '5', '6'],
  )
  assert.deepEqual(
    fillGaps(buckets, observed, 'CARRY_FORWARD', '4').map((p) => p.value),
    ['4', '5', '5', '6'],
  )
})

test('weeks start on Monday and months on the 1st, in UTC', () => {
  // 2026-05-07 is a Thursday
  assert.equal(floorToBucket(Date.parse('2026-05-07T15:30:00Z'), 'WEEK'), day('2026-05-04'))
  assert.equal(floorToBucket(Date.parse('2026-05-04T00:00:00Z'), 'WEEK'), day('2026-05-04'))
  assert.equal(floorToBucket(Date.parse('2026-05-10T23:59:59Z'), 'WEEK'), day('2026-05-04'))
  assert.equal(floorToBucket(Date.parse('2026-05-07T15:30:00Z'), 'HOUR'), Date.parse('2026-05-07T15:00:00Z'))
  assert.equal(nextBucket(day('2026-01-01'), 'MONTH'), day('2026-02-01'))
  assert.equal(nextBucket(day('2026-12-01'), 'MONTH'), day('2027-01-01'))
})

test('bucket lists cover from through to and refuse ranges that are too long', () => {
  const days = bucketStarts(Date.parse('2026-05-01T12:00:00Z'), day('2026-05-05'), 'DAY', 100)
  assert.equal(days.length, 5)
  assert.equal(days[0], day('2026-05-01'))
  assert.ok(days.every((t, i) => i === 0 || t - days[i - 1] === DAY_MS))
  assert.throws(
    () => bucketStarts(day('2026-01-01'), day('2027-01-01'), 'HOUR', 1000),
    (e: any) => e.extensions?.code === 'RANGE_TOO_LARGE',
  )
  assert.throws(
    () => bucketStarts(day('2026-02-01'), day('2026-01-01'), 'DAY', 10),
    (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
  )
})
