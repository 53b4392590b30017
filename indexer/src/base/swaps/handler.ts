import { PriceCandle, Swap } from '../../model'
import { logId } from '@og-explorer/common'
import type { BaseBatch, BaseHandler } from '../batch'
import { applySwapToCandle, CANDLE_INTERVALS, candleId, newCandle } from './candles'
import { applySwapToDay, applySwapFlows } from '../daily'
import type { PoolSwap } from './decode'
import type { ItemHeader, ItemLog, SwapItem } from '../items'

/** A pool swap: the row, the hour and day candles, the day's volume and close, and the running price. */
export function applySwap(batch: BaseBatch, header: ItemHeader, log: ItemLog, s: PoolSwap): void {
  const { cache } = batch
  cache.insert(
    Swap,
    new Swap({
      id: logId(log),
      txHash: log.transactionHash,
      blockNumber: header.height,
      timestamp: new Date(header.timestamp),
      sender: s.sender,
      recipient: s.recipient,
      amountOpg: s.amountOpg,
      amountUsdc: s.amountUsdc,
      priceUsd: s.priceUsd,
      volumeUsd: s.volumeUsd,
      sqrtPriceX96: s.sqrtPriceX96,
      liquidity: s.liquidity,
      tick: s.tick,
    }),
  )
  for (const interval of CANDLE_INTERVALS) {
    const candle = cache.getOrCreate(PriceCandle, candleId(interval, header.timestamp), () => newCandle(interval, header.timestamp, s.priceUsd))
    applySwapToCandle(candle, s)
    cache.save(PriceCandle, candle)
  }
  applySwapToDay(batch.daily(header.timestamp), s.priceUsd, s.volumeUsd)
  applySwapFlows(batch.hourly(header.timestamp), s.volumeUsd)
  batch.price = s.priceUsd
}

/** Pool swaps: asks for the hour and day candles; applies them in chain order, moving the running price. */
export const swapHandler: BaseHandler = {
  name: 'swaps',
  kinds: ['swap'],
  async prepare(batch, items) {
    for (const item of items) for (const interval of CANDLE_INTERVALS) batch.ids.candles.add(candleId(interval, item.header.timestamp))
  },
  handle(batch, item) {
    const { header, log, swap } = item as SwapItem
    applySwap(batch, header, log, swap)
  },
}
