import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BUCKET_INTERVALS, DAY_MS, HOUR_MS, dayId, dayStart, floorToBucket, hourId, hourStart, nextBucket, startOfDay, utcSeconds } from './time.js'

test('day and hour ids are the UTC calendar day and hour of the timestamp, whatever was asked before', () => {
  const base = Date.UTC(2027, 3, 14, 23, 59, 59, 999) // the last millisecond of a day
  const stamps = [base, base + 1, base - 3_600_000, base + 1, base, 0, base + 86_400_000 * 40 + 1234, base]
  for (const ts of stamps) {
    const iso = new Date(ts).toISOString()
    assert.equal(dayId(ts), iso.slice(0, 10), `day of ${iso}`)
    assert.equal(hourId(ts), iso.slice(0, 13), `hour of ${iso}`)
    assert.equal(dayStart(ts).toISOString(), `${iso.slice(0, 10)}T00:00:00.000Z`)
    assert.equal(hourStart(ts).toISOString(), `${iso.slice(0, 13)}:00:00.000Z`)
  }
  assert.equal(dayId(base + 1), '2027-04-15')
  assert.equal(hourId(base), '2027-04-14T23')
})

test('buckets floor to the UTC hour, day, Monday-started week and calendar month, and step to the next one', () => {
  const at = Date.parse('2026-05-07T15:30:12.345Z') // a Thursday
  assert.equal(new Date(floorToBucket(at, 'HOUR')).toISOString(), '2026-05-07T15:00:00.000Z')
  assert.equal(new Date(floorToBucket(at, 'DAY')).toISOString(), '2026-05-07T00:00:00.000Z')
  assert.equal(new Date(floorToBucket(at, 'WEEK')).toISOString(), '2026-05-04T00:00:00.000Z')
  assert.equal(new Date(floorToBucket(at, 'MONTH')).toISOString(), '2026-05-01T00:00:00.000Z')
  // a Sunday belongs to the week that started six days before, a Monday starts its own
  assert.equal(new Date(floorToBucket(Date.parse('2026-05-10T23:59:59.999Z'), 'WEEK')).toISOString(), '2026-05-04T00:00:00.000Z')
  assert.equal(new Date(floorToBucket(Date.parse('2026-05-11T00:00:00.000Z'), 'WEEK')).toISOString(), '2026-05-11T00:00:00.000Z')
  assert.equal(new Date(nextBucket(Date.parse('2026-01-31T00:00:00Z'), 'DAY')).toISOString(), '2026-02-01T00:00:00.000Z')
  assert.equal(new Date(nextBucket(Date.parse('2026-05-04T00:00:00Z'), 'WEEK')).toISOString(), '2026-05-11T00:00:00.000Z')
  assert.equal(new Date(nextBucket(Date.parse('2026-01-01T00:00:00Z'), 'MONTH')).toISOString(), '2026-02-01T00:00:00.000Z')
  assert.equal(new Date(nextBucket(Date.parse('2026-12-01T00:00:00Z'), 'MONTH')).toISOString(), '2027-01-01T00:00:00.000Z')
})

test('every bucket start is its own floor and the next start is past the bucket', () => {
  for (const interval of BUCKET_INTERVALS) {
    for (const at of [0, Date.parse('2024-02-29T12:00:00Z'), Date.parse('2026-12-31T23:59:59.999Z')]) {
      const start = floorToBucket(at, interval)
      assert.ok(start <= at, `${interval} start is not after ${at}`)
      assert.equal(floorToBucket(start, interval), start)
      const next = nextBucket(start, interval)
      assert.ok(next > at, `${interval} after ${at} ends past it`)
      assert.equal(floorToBucket(next, interval), next)
    }
  }
})

test('startOfDay, dayStart and dayId name the same UTC day', () => {
  const at = Date.parse('2027-04-14T23:59:59.999Z')
  assert.equal(startOfDay(at), Date.parse('2027-04-14T00:00:00Z'))
  assert.equal(dayStart(at).getTime(), startOfDay(at))
  assert.equal(dayId(startOfDay(at) + DAY_MS), '2027-04-15')
  assert.equal(DAY_MS, 24 * HOUR_MS)
})

test('utcSeconds reads an ISO date as UTC seconds and refuses anything else', () => {
  assert.equal(utcSeconds('2026-04-21'), Date.UTC(2026, 3, 21) / 1000)
  assert.equal(utcSeconds('2026-04-21T00:00:01.999Z'), Date.UTC(2026, 3, 21) / 1000 + 1)
  assert.throws(() => utcSeconds('not a date'), /not an ISO date/)
})
