import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayId, dayStart, hourId, hourStart } from './time'

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
