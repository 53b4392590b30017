import { OPG_TOTAL_SUPPLY, TOKENOMICS_SOURCE } from '@og-explorer/common'
import type { Db } from '../db/db'
import { headsKey, type HeadsReader } from '../heads'
import { DAY_MS } from './buckets'
import { weiToUsd } from './decimal'
import { cachePer } from './per-head-cache'
import { checkOrder, endOfLastIndexedDay } from './range'
import { projectedCirculatingAt } from './schedule'
import { allocationRows, nextUnlock, percentOf, unlockCalendar, type UnlockEvent, type UnlockedBasis } from './allocation-table'

const USD_SCALE = 6

/** What the table and the calendar read from the database, once per indexed head. */
export interface AllocationFacts {
  /** ms: the end of the last indexed Base day (the wall clock before any) */
  at: number
  /** OPG wei unlocked on chain per allocation, for allocations with Unlock rows */
  observed: Map<string, bigint>
  circulating: bigint
  circulatingBasis: UnlockedBasis
  priceUsd: string | null
}

export async function loadAllocationFacts(db: Db): Promise<AllocationFacts> {
  const at = await endOfLastIndexedDay(db, 'base_daily_stat')
  const [observed, [circulating], [price]] = await Promise.all([
    // the per-day aggregate, one row per day and allocation, not a scan of every unlock transfer
    db.query<{ allocation: string; amount: string }>(`SELECT allocation, sum(amount)::text AS amount FROM allocation_daily_unlock GROUP BY allocation`),
    db.query<{ v: string }>(`SELECT circulating_supply::text AS v FROM base_daily_stat WHERE circulating_supply > 0 ORDER BY date DESC LIMIT 1`),
    db.query<{ close: string }>(`SELECT close::text AS close FROM price_candle WHERE interval = 'HOUR' AND start <= $1 ORDER BY start DESC LIMIT 1`, [
      new Date(at).toISOString(),
    ]),
  ])
  return {
    at,
    observed: new Map(observed.map((r) => [r.allocation, BigInt(r.amount)])),
    // before anything is indexed the schedule stands in, and says so
    circulating: circulating ? BigInt(circulating.v) : projectedCirculatingAt(at),
    circulatingBasis: circulating ? 'OBSERVED' : 'PROJECTED',
    priceUsd: price?.close ?? null,
  }
}

const factsCaches = cachePer<object, AllocationFacts>(1)

/** The facts, shared by every request at one pair of indexed heads (recomputed when either moves). */
export async function cachedAllocationFacts(db: Db, heads: HeadsReader): Promise<AllocationFacts> {
  let key: string
  try {
    key = headsKey(await heads.get())
  } catch {
    return loadAllocationFacts(db)
  }
  return factsCaches(db.pool).get(key, 'facts', () => loadAllocationFacts(db))
}

function usd(wei: bigint, priceUsd: string | null): string | null {
  return priceUsd === null ? null : weiToUsd(wei, priceUsd, USD_SCALE)
}

function withCirculating(e: UnlockEvent, f: AllocationFacts) {
  return { ...e, circulatingPercent: percentOf(e.amount, f.circulating), amountUsd: usd(e.amount, f.priceUsd) }
}

export function allocationTable(f: AllocationFacts) {
  const next = nextUnlock(f.at)
  return {
    asOf: f.at,
    totalSupply: OPG_TOTAL_SUPPLY,
    circulating: f.circulating,
    circulatingBasis: f.circulatingBasis,
    priceUsd: f.priceUsd,
    allocations: allocationRows(f.at, f.observed, f.circulating).map((r) => ({
      ...r,
      nextUnlock: r.nextUnlock && withCirculating(r.nextUnlock, f),
      totalUsd: usd(r.total, f.priceUsd),
      unlockedUsd: usd(r.unlocked, f.priceUsd),
      lockedUsd: usd(r.locked, f.priceUsd),
    })),
    nextUnlock: next && {
      ...next,
      daysUntil: (next.date - f.at) / DAY_MS,
      circulatingPercent: percentOf(next.amount, f.circulating),
      amountUsd: usd(next.amount, f.priceUsd),
    },
    source: TOKENOMICS_SOURCE,
  }
}

/** the calendar's default span after the reference time: far enough to hold the next cliff from any day of the first year */
export const CALENDAR_DEFAULT_MONTHS = 18

export function calendarBetween(f: AllocationFacts, fromMs?: number, toMs?: number) {
  checkOrder(fromMs, toMs)
  const from = fromMs ?? f.at
  const to = toMs ?? from + CALENDAR_DEFAULT_MONTHS * 31 * DAY_MS
  // the whole schedule holds a few hundred events, so any range is cheap: no size limit is needed
  return unlockCalendar(from, to).map((e) => withCirculating(e, f))
}
