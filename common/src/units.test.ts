import assert from 'node:assert/strict'
import { test } from 'node:test'
import { OPG_DECIMALS, OPG_UNIT, formatUnits, parseUnits, unitsToNumber } from './units.js'

test('one OPG is 10^18 wei', () => {
  assert.equal(OPG_DECIMALS, 18)
  assert.equal(OPG_UNIT, 1_000_000_000_000_000_000n)
})

test('formatUnits writes the exact amount in whole tokens, without trailing zeros', () => {
  assert.equal(formatUnits(OPG_UNIT), '1')
  assert.equal(formatUnits(1n), '0.000000000000000001')
  assert.equal(formatUnits(1_234_567_890_123_456_789_012_345_678n), '1234567890.123456789012345678')
  assert.equal(formatUnits(-1_500_000n, 6), '-1.5')
  assert.equal(formatUnits(0n), '0')
  assert.equal(formatUnits(42n, 0), '42')
})

test('parseUnits reads what formatUnits writes, and cuts digits beyond the decimals', () => {
  for (const [amount, decimals] of [
    [OPG_UNIT, 18],
    [1n, 18],
    [-1_500_000n, 6],
    [0n, 6],
    [42n, 0],
    [123_456_789n * OPG_UNIT + 7n, 18],
  ] as const) {
    assert.equal(parseUnits(formatUnits(amount, decimals), decimals), amount, `${amount} at ${decimals} decimals`)
  }
  assert.equal(parseUnits('0.1234567', 6), 123_456n)
  assert.equal(parseUnits(' 2 ', 2), 200n)
  assert.throws(() => parseUnits('1e18', 18), /not a decimal/)
  assert.throws(() => parseUnits('.5', 18), /not a decimal/)
})

test('unitsToNumber gives the float in whole tokens, NaN for no amount', () => {
  assert.equal(unitsToNumber((OPG_UNIT * 3n) / 2n), 1.5)
  assert.equal(unitsToNumber('2500000', 6), 2.5)
  assert.equal(unitsToNumber(-OPG_UNIT), -1)
  assert.ok(Number.isNaN(unitsToNumber(null)))
})
