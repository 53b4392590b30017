import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BigDecimal } from '@subsquid/big-decimal'
import { CandleInterval } from '../../model'
import { applySwapToCandle, candleId, newCandle } from './candles'

const t = Date.UTC(2026, 4, 3, 14, 25, 7) // 2026-05-03 14:25:07 UTC

test('candle ids are the interval and the start in unix seconds', () => {
  assert.equal(candleId(CandleInterval.HOUR, t), `HOUR-${Date.UTC(2026, 4, 3, 14) / 1000}`)
  assert.equal(candleId(CandleInterval.DAY, t), `DAY-${Date.UTC(2026, 4, 3) / 1000}`)
})

test('open is the first swap, close the last, high and low the extremes; volumes add up', () => {
  const swaps = [
    { priceUsd: BigDecimal('0.50'), volumeUsd: BigDecimal('100'), amountOpg: 200n },
    { priceUsd: BigDecimal('0.55'), volumeUsd: BigDecimal('10.5'), amountOpg: -19n },
    { priceUsd: BigDecimal('0.45'), volumeUsd: BigDecimal('1'), amountOpg: 2n },
    { priceUsd: BigDecimal('0.48'), volumeUsd: BigDecimal('0.25'), amountOpg: -1n },
  ]
  const candle = newCandle(CandleInterval.HOUR, t, swaps[0].priceUsd)
  for (const s of swaps) applySwapToCandle(candle, s)
  assert.equal(candle.start.toISOString(), '2026-05-03T14:00:00.000Z')
  assert.equal(candle.open.toString(), '0.5')
  assert.equal(candle.high.toString(), '0.55')
  assert.equal(candle.low.toString(), '0.45')
  assert.equal(candle.close.toString(), '0.48')
  assert.equal(candle.volumeUsd.toString(), '111.75')
  assert.equal(candle.volumeOpg, 222n)
  assert.equal(candle.swaps, 4)
})
