import type { BigDecimal } from '@subsquid/big-decimal'
import type { Store } from '@subsquid/typeorm-store'
import { dayId, hourId } from '@og-explorer/common'
import { Account, AllocationDailyUnlock, BaseDailyStat, BaseHourlyStat, CandleInterval, DailyPayer, PriceCandle } from '../model'
import type { Handler } from '../pipeline/handler'
import type { EntityCache } from '../store/entity-cache'
import { applyLabel, newAccount } from './accounts'
import { newBaseDailyStat, newBaseHourlyStat } from './daily'
import type { BaseItem, BlockItems, ItemHeader } from './items'
import type { BaseSetup } from './setup'
import { circulatingSupply } from './supply'
import type { TeeDirectory } from './payments/tee-directory'

/** A handler of the Base pipeline (see pipeline/handler.ts): it receives the decoded items of its kinds. */
export type BaseHandler = Handler<BaseBatch, BaseItem>

/** The row ids the handlers' `prepare` ask for; `load` reads them with one query per entity type. */
export interface BatchIds {
  accounts: Set<string>
  /** the (day, payer) rows of payments */
  dailyPayers: Set<string>
  /** the (day, allocation) rows of transfers out of vesting contracts and distributors */
  allocationDays: Set<string>
  candles: Set<string>
}

/**
 * One batch of Base blocks: the entity cache plus the two running values the handlers move forward
 * in chain order (price, circulating supply). Handlers read and change rows through it, from memory.
 */
export class BaseBatch {
  /** USD per OPG after the latest swap applied; undefined before the first */
  price: BigDecimal | undefined
  /** from the stored balances of the excluded accounts, then moved by each transfer */
  circulating = 0n
  /** Labelled accounts are always in: circulating supply is read from them. */
  readonly ids: BatchIds
  /** set by a handler whose items are valued in USD (payments) */
  needsPrice = false

  constructor(
    readonly cache: EntityCache,
    readonly setup: BaseSetup,
    readonly tees: TeeDirectory,
  ) {
    this.ids = { accounts: new Set(setup.labels.keys()), dailyPayers: new Set(), allocationDays: new Set(), candles: new Set() }
  }

  /**
   * Loads the rows the handlers asked for plus the days and hours of the blocks, brings stored labels
   * in line with the profile, and reads where the chain stood, from stored rows so that a rollback
   * resets it too: circulating supply from the excluded accounts' balances, the price from the latest
   * hourly candle (only when a payment or a new day needs it).
   */
  async load(store: Store, blocks: BlockItems[]): Promise<void> {
    const { cache, setup, ids } = this
    const days = new Set(blocks.map((b) => dayId(b.header.timestamp)))
    // hours with a transfer, payment or swap (only those get an hourly row)
    const hours = new Set(blocks.filter((b) => b.items.length > 0).map((b) => hourId(b.header.timestamp)))
    await cache.prefetch(Account, ids.accounts)
    await cache.prefetch(BaseDailyStat, days)
    await cache.prefetch(BaseHourlyStat, hours)
    await cache.prefetch(AllocationDailyUnlock, ids.allocationDays)
    await cache.prefetch(DailyPayer, ids.dailyPayers)
    await cache.prefetch(PriceCandle, ids.candles)
    for (const [address, label] of setup.labels) {
      const account = cache.get(Account, address)
      if (account && applyLabel(account, label)) cache.save(Account, account)
    }
    this.circulating = circulatingSupply([...setup.excluded].map((a) => cache.get(Account, a)?.balance ?? 0n))
    const needsPrice = this.needsPrice || [...days].some((d) => !cache.get(BaseDailyStat, d))
    this.price = needsPrice && setup.pool ? await latestPrice(store) : undefined
  }

  /** The account, created (labelled from the profile) on first sight; marked for writing. */
  account(address: string, header: ItemHeader): Account {
    const account = this.cache.getOrCreate(Account, address, () =>
      newAccount(address, new Date(header.timestamp), header.height, this.setup.labels.get(address)),
    )
    this.cache.save(Account, account)
    return account
  }

  /** The day's row, created from the running values when the day is new; marked for writing. */
  daily(timestampMs: number): BaseDailyStat {
    const day = this.cache.getOrCreate(BaseDailyStat, dayId(timestampMs), () =>
      newBaseDailyStat(timestampMs, { circulatingSupply: this.circulating, priceClose: this.price }),
    )
    this.cache.save(BaseDailyStat, day)
    return day
  }

  /** The hour's row, created empty when the hour is new; marked for writing. */
  hourly(timestampMs: number): BaseHourlyStat {
    const hour = this.cache.getOrCreate(BaseHourlyStat, hourId(timestampMs), () => newBaseHourlyStat(timestampMs))
    this.cache.save(BaseHourlyStat, hour)
    return hour
  }
}

/** USD per OPG after the latest stored swap: the close of the latest hourly candle. */
export async function latestPrice(store: Store): Promise<BigDecimal | undefined> {
  const candle = await store.findOne(PriceCandle, { where: { interval: CandleInterval.HOUR }, order: { start: 'DESC' } })
  return candle?.close
}
