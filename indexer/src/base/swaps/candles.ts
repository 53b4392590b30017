import type { BigDecimal } from '@subsquid/big-decimal'
import { CandleInterval, PriceCandle } from '../../model'
import { dayStart, hourStart } from '@og-explorer/common'
import { roundUsd, ZERO_USD } from '../price'

export const CANDLE_INTERVALS = [CandleInterval.HOUR, CandleInterval.DAY] as const

export function candleStart(interval: CandleInterval, timestampMs: number): Date {
  return interval === CandleInterval.HOUR ? hourStart(timestampMs) : dayStart(timestampMs)
}

/** interval-startUnixSeconds, as the schema documents */
export function candleId(interval: CandleInterval, timestampMs: number): string {
  return `${interval}-${candleStart(interval, timestampMs).getTime() / 1000}`
}

/** An empty candle opened by its first swap: open = high = low = close = that swap's price. */
export function newCandle(interval: CandleInterval, timestampMs: number, price: BigDecimal): PriceCandle {
  return new PriceCandle({
    id: candleId(interval, timestampMs),
    interval,
    start: candleStart(interval, timestampMs),
    open: price,
    high: price,
    low: price,
    close: price,
    volumeUsd: ZERO_USD,
    volumeOpg: 0n,
    swaps: 0,
  })
}

export interface SwapTick {
  priceUsd: BigDecimal
  volumeUsd: BigDecimal
  /** signed OPG delta of the pool; the candle counts its size */
  amountOpg: bigint
}

/** Folds one swap (in chain order) into a candle. */
export function applySwapToCandle(candle: PriceCandle, swap: SwapTick): void {
  if (swap.priceUsd.gt(candle.high)) candle.high = swap.priceUsd
  if (swap.priceUsd.lt(candle.low)) candle.low = swap.priceUsd
  candle.close = swap.priceUsd
  candle.volumeUsd = roundUsd(candle.volumeUsd.plus(swap.volumeUsd))
  candle.volumeOpg += swap.amountOpg < 0n ? -swap.amountOpg : swap.amountOpg
  candle.swaps += 1
}
