import assert from 'node:assert/strict'
import { test } from 'node:test'
import { copyableType, copyField, copyLines } from './copy-text'

test('plain values are written as Postgres reads them back', () => {
  assert.equal(copyField('0xabc'), '0xabc')
  assert.equal(copyField(42), '42')
  assert.equal(copyField(10n ** 30n), '1000000000000000000000000000000')
  assert.equal(copyField(true), 't')
  assert.equal(copyField(false), 'f')
  assert.equal(copyField(new Date(Date.UTC(2026, 3, 1, 12))), '2026-04-01T12:00:00.000Z')
  assert.equal(copyField(Uint8Array.of(1, 255)), '\\\\x01ff')
})

test('NULL is \\N, and an empty string stays an empty string', () => {
  assert.equal(copyField(null), '\\N')
  assert.equal(copyField(undefined), '\\N')
  assert.equal(copyField(''), '')
})

test('characters that end a field or a line are escaped, and so is the backslash', () => {
  assert.equal(copyField('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e')
  // a literal "\N" in the data must not read back as NULL
  assert.equal(copyField('\\N'), '\\\\N')
})

test('values with no plain spelling are refused, not written wrongly', () => {
  assert.throws(() => copyField({ a: 1 }), /cannot COPY a value of type \[object Object\]/)
  assert.throws(() => copyField(['a']), /cannot COPY/)
  assert.throws(() => copyField(Number.NaN), /cannot COPY the number NaN/)
})

test('rows come from column-major arrays, tab separated, one line each', () => {
  const columns = [
    ['a', 'b', 'c'],
    [1, null, 3],
  ]
  assert.equal(copyLines(columns, 0, 3), 'a\t1\nb\t\\N\nc\t3\n')
  assert.equal(copyLines(columns, 1, 2), 'b\t\\N\n')
})

test('array and JSON columns are left to the unnest path', () => {
  assert.equal(copyableType('character varying', false), true)
  assert.equal(copyableType('numeric', false), true)
  assert.equal(copyableType('text', true), false)
  assert.equal(copyableType('jsonb', false), false)
})
