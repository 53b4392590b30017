import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatDecimal, parseDecimal, weiToUsd } from './decimal'

test('decimal strings round-trip through fixed point', () => {
  for (const s of ['0', '1', '0.5', '123.000001', '-7.25']) assert.equal(formatDecimal(parseDecimal(s, 6), 6), s)
  assert.equal(parseDecimal('1.23456789', 4), 12345n)
  assert.throws(() => parseDecimal('1e5', 6))
})

test('USD value of wei at a price, without floating point', () => {
  assert.equal(weiToUsd(10n ** 18n, '0.48'), '0.48')
  assert.equal(weiToUsd(1_000_000n * 10n ** 18n, '0.177361186552020941'), '177361.186552')
  assert.equal(weiToUsd(0n, '5'), '0')
})
