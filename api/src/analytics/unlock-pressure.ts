import type { Db } from '../db/db'
import { badInput } from '../errors'
import { DAY_MS } from './buckets'
import { formatDecimal, parseDecimal, weiToUsd } from './decimal'
import { endOfLastIndexedDay } from './range'
import { nextCliffAfter, sumAmounts, unlockingBetween } from './schedule'

const USD_SCALE = 6

/** USD ÷ USD as a float (a ratio needs no exactness), null when the divisor is 0 */
function usdRatio(a: string, b: string): number | null {
  return Number(b) === 0 ? null : Number(a) / Number(b)
}

/**
 * Indexed days inside the trailing window that ends at `at`: a 365-day window over an index that
 * began 225 days ago holds 225 days of revenue, and its daily average and its wording must say so.
 */
export function trailingDaysWithin(at: number, windowDays: number, firstIndexedDay: number | null): number {
  if (firstIndexedDay === null || firstIndexedDay >= at) return 0
  const since = Math.max(firstIndexedDay, at - windowDays * DAY_MS)
  return Math.min(windowDays, Math.ceil((at - since) / DAY_MS))
}

/**
 * Revenue against unlocks over the same number of days: revenue earned over trailingDays is scaled
 * to windowDays before it is set against windowDays of unlocks, so a young index is not compared
 * 225 days against 365.
 */
export function coverageOver(revenueUsd: string, unlockingUsd: string, windowDays: number, trailingDays: number): number | null {
  const ratio = usdRatio(revenueUsd, unlockingUsd)
  if (ratio === null || trailingDays === windowDays) return ratio
  return trailingDays === 0 ? 0 : (ratio * windowDays) / trailingDays
}

export async function loadUnlockPressure(db: Db, windowDays: number, atMs?: number) {
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 365) throw badInput('windowDays must be an integer from 1 to 365')
  const at = atMs ?? (await endOfLastIndexedDay(db, 'base_daily_stat'))
  const windowMs = windowDays * DAY_MS
  const since = new Date(at - windowMs).toISOString()
  const [[revenue], [price], [first]] = await Promise.all([
    // days that start inside (at − window, at]: the window's days before the reference time
    db.query<{ usd: string }>(`SELECT coalesce(sum(payment_volume_usd), 0)::text AS usd FROM base_daily_stat WHERE date >= $1 AND date < $2`, [
      since,
      new Date(at).toISOString(),
    ]),
    db.query<{ close: string }>(`SELECT close::text AS close FROM price_candle WHERE interval = 'HOUR' AND start <= $1 ORDER BY start DESC LIMIT 1`, [
      new Date(at).toISOString(),
    ]),
    db.query<{ d: Date | null }>(`SELECT min(date) AS d FROM base_daily_stat`),
  ])
  const trailingDays = trailingDaysWithin(at, windowDays, first?.d ? first.d.getTime() : null)
  const revenueUsd = formatDecimal(parseDecimal(revenue.usd, USD_SCALE), USD_SCALE)
  const dailyRevenueUsd = formatDecimal(parseDecimal(revenue.usd, USD_SCALE) / BigInt(Math.max(trailingDays, 1)), USD_SCALE)
  const priceUsd = price?.close ?? null
  const byAllocation = unlockingBetween(at, at + windowMs)
  const unlockingOpg = sumAmounts(byAllocation)
  const unlockingUsd = priceUsd === null ? null : weiToUsd(unlockingOpg, priceUsd, USD_SCALE)
  const cliff = nextCliffAfter(at)
  const cliffWindowOpg = cliff ? sumAmounts(unlockingBetween(cliff.at, cliff.at + windowMs)) : null
  const cliffWindowUsd = cliffWindowOpg !== null && priceUsd !== null ? weiToUsd(cliffWindowOpg, priceUsd, USD_SCALE) : null
  return {
    at,
    windowDays,
    trailingDays,
    revenueUsd,
    dailyRevenueUsd,
    priceUsd,
    unlockingOpg,
    unlockingUsd,
    coverageRatio: unlockingUsd === null ? null : coverageOver(revenueUsd, unlockingUsd, windowDays, trailingDays),
    byAllocation: byAllocation.filter((a) => a.amount > 0n),
    nextCliff: cliff && { date: cliff.at, allocations: cliff.allocations, daysUntil: (cliff.at - at) / DAY_MS },
    cliffWindowOpg,
    cliffWindowUsd,
    daysOfUsageToAbsorbCliff: cliffWindowUsd === null ? null : usdRatio(cliffWindowUsd, dailyRevenueUsd),
  }
}
