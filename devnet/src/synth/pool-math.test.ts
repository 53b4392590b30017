import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getAmountOut, liquidity, priceState, sqrtFloor, tickAtSqrtPriceX96 } from './pool-math'

test('sqrtFloor is the integer floor of the square root, small and 256-bit', () => {
  for (let n = 0n; n < 2000n; n++) {
    const r = sqrtFloor(n)
    assert.ok(r * r <= n && (r + 1n) * (r + 1n) > n, `sqrt ${n}`)
  }
  for (const n of [(1n << 255n) + 12345n, (1n << 200n) - 1n, 10n ** 60n, 2n ** 192n * 31n]) {
    const r = sqrtFloor(n)
    assert.ok(r * r <= n && (r + 1n) * (r + 1n) > n, `sqrt ${n}`)
  }
})

test('a tick is the floor of log base 1.0001 of the price, as Uniswap v3 defines it', () => {
  // independent: the price from sqrtPriceX96 in floating point, log base 1.0001
  for (const [b0, b1] of [
    [10_000_000n * 10n ** 18n, 4_800_000n * 10n ** 6n],
    [4_800_000n * 10n ** 6n, 10_000_000n * 10n ** 18n],
    [10n ** 18n, 10n ** 18n],
  ]) {
    const { sqrtPriceX96, tick } = priceState(b0, b1)
    const price = (Number(sqrtPriceX96) / 2 ** 96) ** 2
    const expected = Math.floor(Math.log(price) / Math.log(1.0001))
    assert.ok(Math.abs(Number(tick) - expected) <= 1, `tick ${tick} vs ${expected}`)
    assert.equal(tickAtSqrtPriceX96(sqrtPriceX96), tick)
  }
  assert.equal(tickAtSqrtPriceX96(2n ** 96n), 0n)
})

test('the pool quote keeps the constant product (after its 0.3% fee) and liquidity is sqrt(x*y)', () => {
  const [rIn, rOut, amountIn] = [4_800_000n * 10n ** 6n, 10_000_000n * 10n ** 18n, 1_000n * 10n ** 6n]
  const out = getAmountOut(amountIn, rIn, rOut)
  assert.ok((rIn * 1000n + amountIn * 997n) * (rOut - out) >= rIn * 1000n * rOut)
  assert.ok((rIn * 1000n + amountIn * 997n) * (rOut - out - 1n) < rIn * 1000n * rOut)
  assert.equal(liquidity(4n, 9n), 6n)
})
