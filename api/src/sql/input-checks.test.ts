import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decimalProblem, findNulByte, findTooDeep, parseDateTime } from './input-checks'

test('a NUL character anywhere in a value (or a key) is found, with where it is', () => {
  assert.equal(
    findNulByte({ where: { AND: [{ id_eq: 'ok' }, { id_eq: 'a\u0000b' }] } }),
    'where.AND[1].id_eq contains a NUL character (U+0000), which no text column can hold',
  )
  assert.match(findNulByte({ ['a\u0000']: 1 })!, /key/)
  assert.equal(findNulByte({ where: { id_in: ['a', 'b'], n: 1, f: null } }), null)
})

test('nesting depth is measured without recursion, so even absurd nesting is only counted', () => {
  let deep: unknown = 1
  for (let i = 0; i < 100_000; i++) deep = { AND: [deep] }
  assert.match(findTooDeep(deep, 40)!, /deeper than 40/)
  let ok: unknown = 1
  for (let i = 0; i < 19; i++) ok = [ok]
  assert.equal(findTooDeep({ w: ok }, 20), null)
  assert.match(findTooDeep({ w: [ok] }, 20)!, /deeper than 20/)
})

test('decimals Postgres numeric cannot hold are refused; its limits themselves are allowed', () => {
  for (const ok of ['0', '-12', '1.5', '1e1000', '1e-1000', '1.25E+3', `${'9'.repeat(131072)}`, `0.${'1'.repeat(16383)}`])
    assert.equal(decimalProblem(ok), null, ok.slice(0, 30))
  assert.match(decimalProblem('1e999999999')!, /exponent/)
  assert.match(decimalProblem('1e1001')!, /exponent/)
  assert.match(decimalProblem('1' + '0'.repeat(131072))!, /before the decimal point/)
  assert.match(decimalProblem(`0.${'1'.repeat(16384)}`)!, /after the decimal point/)
  assert.match(decimalProblem(`1.${'1'.repeat(15400)}e-1000`)!, /after the decimal point/)
  assert.match(decimalProblem('NaN')!, /not a decimal/)
})

test('impossible calendar dates, year 0000 and years outside 0001..9999 in UTC are refused', () => {
  for (const bad of [
    '2026-02-31',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '0001-01-01T00:30:00+01:00',
    '9999-12-31T23:00:00-02:00',
    '2026-05-01T24:00:00Z',
    '2026-05-01T10:60Z',
    '2026-05-01T10:00+15:00',
    '2026-5-1',
  ]) {
    assert.ok('problem' in parseDateTime(bad), bad)
  }
  const leap = parseDateTime('2028-02-29')
  assert.ok('date' in leap && leap.date.toISOString() === '2028-02-29T00:00:00.000Z')
  const zoned = parseDateTime('2026-05-01T01:30:00+02:00')
  assert.ok('date' in zoned && zoned.date.toISOString() === '2026-04-30T23:30:00.000Z')
  assert.ok('date' in parseDateTime('0001-01-01T00:00:00Z'))
})
