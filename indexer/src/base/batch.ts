import type { BigDecimal } from '@subsquid/big-decimal'
import { Account, BaseDailyStat, BaseHourlyStat } from '../model'
import type { EntityCache } from '../store/entity-cache'
import { dayId, hourId } from '@og-explorer/common'
import { newAccount } from './accounts'
import { newBaseDailyStat, newBaseHourlyStat } from './daily'
import type { ItemHeader } from './items'
import type { BaseSetup } from './setup'
import type { TeeDirectory } from './tee-directory'

/** Where the chain stood when the batch began, read from stored rows so a rollback resets it too. */
export interface BatchStart {
  /** USD per OPG after the latest stored swap; undefined before the first */
  price: BigDecimal | undefined
  /** from the stored balances of the excluded accounts */
  circulating: bigint
}

/**
 * One batch of Base blocks: the entity cache plus the two running values the handlers move forward
 * in chain order (price, circulating supply). Handlers read and change rows through it, from memory.
 */
export class BaseBatch {
  price: BigDecimal | undefined
  circulating: bigint

  constructor(
    readonly cache: EntityCache,
    readonly setup: BaseSetup,
    readonly tees: TeeDirectory,
    start: BatchStart,
  ) {
    this.price = start.price
    this.circulating = start.circulating
  }

  /** The account, created (labelled from the profile) on first sight; marked for writing. */
  account(address: string, header: ItemHeader): Account {
    const account = this.cache.getOrCreate(Account, address, () => newAccount(address, new Date(header.timestamp), header.height, this.setup.labels.get(address)))
    this.cache.save(Account, account)
    return account
  }

  /** The day's row, created from the running values when the day is new; marked for writing. */
  daily(timestampMs: number): BaseDailyStat {
    const day = this.cache.getOrCreate(BaseDailyStat, dayId(timestampMs), () => newBaseDailyStat(timestampMs, { circulatingSupply: this.circulating, priceClose: this.price }))
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
