import type { BigDecimal } from '@subsquid/big-decimal'
import type { Store } from '@subsquid/typeorm-store'
import { Account, AllocationDailyUnlock, BaseDailyStat, BaseHourlyStat, CandleInterval, DailyPayer, PriceCandle } from '../model'
import type { EntityCache } from '../store/entity-cache'
import { dayId, hourId } from '@og-explorer/common'
import { applyLabel } from './accounts'
import type { BatchStart } from './batch'
import { CANDLE_INTERVALS, candleId } from './candles'
import { allocationDayId } from './daily'
import type { BlockItems } from './items'
import type { BaseSetup } from './setup'
import { circulatingSupply } from './supply'

export interface BatchIds {
  accounts: Set<string>
  days: Set<string>
  /** hours with a transfer, payment or swap (only those get an hourly row) */
  hours: Set<string>
  dailyPayers: Set<string>
  /** the (day, allocation) rows of transfers out of vesting contracts and distributors */
  allocationDays: Set<string>
  candles: Set<string>
}

/** Every row id a batch can touch. Labelled accounts are always in: circulating supply is read from them. */
export function batchIds(setup: BaseSetup, blocks: BlockItems[]): BatchIds {
  const ids: BatchIds = { accounts: new Set(setup.labels.keys()), days: new Set(), hours: new Set(), dailyPayers: new Set(), allocationDays: new Set(), candles: new Set() }
  for (const { header, items } of blocks) {
    const day = dayId(header.timestamp)
    ids.days.add(day)
    if (items.length > 0) ids.hours.add(hourId(header.timestamp))
    for (const item of items) {
      if (item.kind === 'transfer') {
        ids.accounts.add(item.transfer.from).add(item.transfer.to)
        const source = setup.unlockSources.get(item.transfer.from)
        if (source) ids.allocationDays.add(allocationDayId(source.allocation, header.timestamp))
      } else if (item.kind === 'payment') {
        ids.accounts.add(item.payment.payer).add(item.payment.payee)
        ids.dailyPayers.add(`${day}-${item.payment.payer}`)
      } else {
        for (const interval of CANDLE_INTERVALS) ids.candles.add(candleId(interval, header.timestamp))
      }
    }
  }
  return ids
}

/**
 * Loads a batch's rows with one query per entity type, brings stored labels in line with the profile,
 * and reads where the chain stood: circulating supply from the excluded accounts' balances, the price
 * from the latest hourly candle (only when a payment or a new day needs it).
 */
export async function prefetchBatch(store: Store, cache: EntityCache, setup: BaseSetup, blocks: BlockItems[]): Promise<BatchStart> {
  const ids = batchIds(setup, blocks)
  await cache.prefetch(Account, ids.accounts)
  await cache.prefetch(BaseDailyStat, ids.days)
  await cache.prefetch(BaseHourlyStat, ids.hours)
  await cache.prefetch(AllocationDailyUnlock, ids.allocationDays)
  await cache.prefetch(DailyPayer, ids.dailyPayers)
  await cache.prefetch(PriceCandle, ids.candles)
  for (const [address, label] of setup.labels) {
    const account = cache.get(Account, address)
    if (account && applyLabel(account, label)) cache.save(Account, account)
  }
  const circulating = circulatingSupply([...setup.excluded].map((a) => cache.get(Account, a)?.balance ?? 0n))
  const needsPrice = blocks.some((b) => b.items.some((i) => i.kind === 'payment')) || [...ids.days].some((d) => !cache.get(BaseDailyStat, d))
  const price = needsPrice && setup.pool ? await latestPrice(store) : undefined
  return { circulating, price }
}

/** USD per OPG after the latest stored swap: the close of the latest hourly candle. */
export async function latestPrice(store: Store): Promise<BigDecimal | undefined> {
  const candle = await store.findOne(PriceCandle, { where: { interval: CandleInterval.HOUR }, order: { start: 'DESC' } })
  return candle?.close
}
