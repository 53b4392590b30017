import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BigDecimal } from '@subsquid/big-decimal'
import { opgToUsd, priceFromSqrtPriceX96, swapAmounts, usdcVolumeUsd } from './price'

const Q96 = 2n ** 96n

test('OPG as token0: a raw price of 5e-13 USDC units per OPG wei is $0.50', () => {
  // 0.5 USD/OPG = 0.5e6 USDC units per 1e18 wei = 5e-13 raw; sqrt(5e-13) is irrational, so build
  // sqrtPriceX96 from a perfect square instead: raw price 2^-40 → sqrtP = 2^96 / 2^20.
  const sqrtP = Q96 >> 20n
  // hand computation: 2^-40 * 10^12 = 1e12 / 1099511627776 = 0.9094947017729282379150390625 (exact)
  assert.equal(priceFromSqrtPriceX96(sqrtP, true, 6).toString(), '0.909494701772928238')
})

test('OPG as token1: the pool price is inverted', () => {
  // raw price (OPG wei per USDC unit) = 2^40 → USD per OPG = 2^-40 * 10^12, the same number as above
  const sqrtP = Q96 << 20n
  assert.equal(priceFromSqrtPriceX96(sqrtP, false, 6).toString(), '0.909494701772928238')
})

test('a realistic pool state: $0.48 with OPG as token0 and as token1', () => {
  // sqrtPriceX96 = floor(sqrt(raw * 2^192)), as the pool computes it
  const sqrt = (n: bigint) => {
    // Newton's method on integers: floor(sqrt(n))
    let x = n
    let y = (x + 1n) / 2n
    while (y < x) [x, y] = [y, (y + n / y) / 2n]
    return x
  }
  const as0 = sqrt((48n * 10n ** 4n * 2n ** 192n) / 10n ** 18n) // 0.48e6 units per 1e18 wei
  const as1 = sqrt((10n ** 18n * 2n ** 192n) / (48n * 10n ** 4n))
  assert.ok(Math.abs(Number(priceFromSqrtPriceX96(as0, true, 6).toString()) - 0.48) < 1e-9)
  assert.ok(Math.abs(Number(priceFromSqrtPriceX96(as1, false, 6).toString()) - 0.48) < 1e-9)
})

test('18 significant digits are kept and a zero price stays zero', () => {
  const p = priceFromSqrtPriceX96(Q96 * 3n, true, 6) // 9 * 10^12
  assert.equal(p.toString(), '9000000000000')
  assert.equal(priceFromSqrtPriceX96(0n, false, 6).toString(), '0')
})

test('swap deltas are named by token order', () => {
  assert.deepEqual(swapAmounts(-5n, 7n, true), { amountOpg: -5n, amountUsdc: 7n })
  assert.deepEqual(swapAmounts(-5n, 7n, false), { amountOpg: 7n, amountUsdc: -5n })
})

test('volumes and OPG values in USD', () => {
  assert.equal(usdcVolumeUsd(-1_234_567n, 6).toString(), '1.234567')
  assert.equal(opgToUsd(25n * 10n ** 16n, BigDecimal('0.48')).toString(), '0.12')
  assert.equal(opgToUsd(10n ** 18n, undefined).toString(), '0')
})

test('integer rounding to 18 significant digits matches BigDecimal division', async () => {
  const { roundedQuotient } = await import('./price')
  const cases: [bigint, bigint][] = [
    [1n, 3n],
    [2n, 3n],
    [10n ** 30n, 7n],
    [5n, 10n ** 40n],
    [123456789n * 10n ** 25n, 987654321n],
    [1n, 1n],
    [10n ** 18n, 10n ** 18n - 1n],
    [999999999999999999500n, 1000n],
  ]
  for (const [n, d] of cases) {
    assert.equal(roundedQuotient(n, d).toString(), BigDecimal(n).div(BigDecimal(d)).prec(18).toString(), `${n}/${d}`)
  }
})
