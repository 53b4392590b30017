import { PriceCandle, Swap } from '../../model'
import { logId } from '@og-explorer/common'
import type { BaseBatch } from '../batch'
import { applySwapToCandle, CANDLE_INTERVALS, candleId, newCandle } from '../candles'
import { applySwapToDay, applySwapFlows } from '../daily'
import type { PoolSwap } from '../decode/swap'
import type { ItemHeader, ItemLog } from '../items'

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
