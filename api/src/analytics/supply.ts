import { ALLOCATIONS, OPG_TOTAL_SUPPLY, TOKENOMICS_SOURCE, addMonths, scheduleTimes, TGE_TIMESTAMP } from '@og-explorer/common'
import type { Db } from '../db/db'
import { headsKey, type HeadsReader } from '../heads'
import { DAY_MS, bucketStarts, type Interval } from './buckets'
import { endOfLastIndexedDay, checkOrder } from './range'
import { cachePer } from './per-head-cache'
import { nextCliffAfter, percentOfSupply, projectedAt } from './schedule'
import { FORECAST_ASSUMES, forecastCirculating } from './circulating-forecast'

export const MAX_SCHEDULE_POINTS = 2000

/** The end of the longest schedule, the default end of the chart. */
export function scheduleEnd(): number {
  return Math.max(
    ...ALLOCATIONS.map((a) => {
      const t = scheduleTimes(a)
      return (t.cliffEnd + t.duration) * 1000
    }),
    addMonths(TGE_TIMESTAMP, 1) * 1000,
  )
}

/** Running totals of a sorted list of (day, amount) rows: the amount before each point t. */
function cumulativeBefore(rows: { t: number; amount: bigint }[], points: number[]): bigint[] {
  let i = 0
  let sum = 0n
  return points.map((t) => {
    while (i < rows.length && rows[i].t < t) sum += rows[i++].amount
    return sum
  })
}

export async function loadSupplySchedule(db: Db, interval: Exclude<Interval, 'HOUR'>, fromMs?: number, toMs?: number) {
  checkOrder(fromMs, toMs)
  const from = fromMs ?? TGE_TIMESTAMP * 1000
  const to = toMs ?? scheduleEnd()
  const points = bucketStarts(from, to, interval, MAX_SCHEDULE_POINTS)
  const [unlocks, circulating, lastDay] = await Promise.all([
    db.query<{ allocation: string; d: Date; amount: string }>(
      // one row per day and allocation with unlocks (AllocationDailyUnlock), not a scan of every unlock
      `SELECT allocation, date AS d, amount::text AS amount FROM allocation_daily_unlock ORDER BY date`,
    ),
    db.query<{ d: Date; v: string }>(`SELECT date AS d, circulating_supply::text AS v FROM base_daily_stat WHERE circulating_supply > 0 ORDER BY date`),
    db.query<{ d: Date | null }>(`SELECT max(date) AS d FROM base_daily_stat`),
  ])
  // observed values exist up to the end of the last indexed day, not beyond
  const observedUntil = lastDay[0]?.d ? lastDay[0].d.getTime() + DAY_MS : null
  const observable = (t: number) => observedUntil !== null && t <= observedUntil
  // the projected schedule once per point and allocation; circulating is their sum at each point
  const projection = ALLOCATIONS.map((a) => points.map((t) => projectedAt(a, t)))
  const observedByAllocation = new Map<string, (bigint | null)[]>()
  const allocations = ALLOCATIONS.map((a, k) => {
    const rows = unlocks.filter((u) => u.allocation === a.id).map((u) => ({ t: u.d.getTime(), amount: BigInt(u.amount) }))
    const observed = cumulativeBefore(rows, points)
    observedByAllocation.set(
      a.id,
      points.map((t, i) => (observable(t) ? observed[i] : null)),
    )
    return {
      id: a.id,
      label: a.label,
      shareBps: a.shareBps,
      total: (OPG_TOTAL_SUPPLY * BigInt(a.shareBps)) / 10_000n,
      tgePercent: a.tgeBps / 100,
      cliffMonths: a.cliffMonths,
      vestingMonths: a.vestingMonths,
      published: a.published,
      note: a.note,
      points: points.map((t, i) => ({ t, projected: projection[k][i], observed: observable(t) ? observed[i] : null })),
    }
  })
  // circulating supply is stored as of the end of each day; as of t that is the last day before t
  const days = circulating.map((r) => ({ t: r.d.getTime() + DAY_MS, v: BigInt(r.v) }))
  let j = -1
  const observedCirculating = points.map((t) => {
    while (j + 1 < days.length && days[j + 1].t <= t) j++
    return observable(t) && j >= 0 ? days[j].v : null
  })
  const airdropIndex = ALLOCATIONS.findIndex((a) => a.id === 'airdrop')
  const forecast = forecastCirculating({
    observed: observedCirculating,
    scheduleWithoutAirdrop: points.map((_, i) => projection.reduce((sum, series, k) => (k === airdropIndex ? sum : sum + series[i]), 0n)),
    airdropClaimed: observedByAllocation.get('airdrop') ?? points.map(() => null),
    airdropTotal: airdropIndex < 0 ? 0n : allocations[airdropIndex].total,
  })
  const circulatingPoints = points.map((t, i) => {
    const projected = projection.reduce((sum, series) => sum + series[i], 0n)
    const observed = observedCirculating[i]
    const { forecast: f, unclaimedAirdrop } = forecast[i]
    return {
      t,
      projected,
      projectedPercent: percentOfSupply(projected),
      observed,
      observedPercent: observed === null ? null : percentOfSupply(observed),
      forecast: f,
      forecastPercent: f === null ? null : percentOfSupply(f),
      unclaimedAirdrop,
      unclaimedAirdropPercent: percentOfSupply(unclaimedAirdrop),
    }
  })
  const reference = observedUntil ?? (await endOfLastIndexedDay(db, 'base_daily_stat'))
  const cliff = nextCliffAfter(reference)
  return {
    interval,
    totalSupply: OPG_TOTAL_SUPPLY,
    observedUntil,
    nextCliff: cliff && { date: cliff.at, allocations: cliff.allocations, daysUntil: (cliff.at - reference) / DAY_MS },
    allocations,
    circulating: circulatingPoints,
    forecastAssumes: [...FORECAST_ASSUMES],
    source: TOKENOMICS_SOURCE,
  }
}

export type SupplySchedule = Awaited<ReturnType<typeof loadSupplySchedule>>

const supplyCaches = cachePer<object, SupplySchedule>(16)

/**
 * loadSupplySchedule, kept per indexed head: a schedule depends only on its range and on what is
 * indexed, so everyone asking at one head gets the same object and only the first pays for it.
 * Chosen over a worker thread because the answer is a large object graph that graphql-js must
 * complete on this thread anyway; copying it back from a worker costs about what computing it does.
 */
export async function cachedSupplySchedule(
  db: Db,
  heads: HeadsReader,
  interval: Exclude<Interval, 'HOUR'>,
  fromMs?: number,
  toMs?: number,
): Promise<SupplySchedule> {
  let key: string
  try {
    key = headsKey(await heads.get())
  } catch {
    // without the heads no entry can be trusted: computed as before
    return loadSupplySchedule(db, interval, fromMs, toMs)
  }
  return supplyCaches(db.pool).get(key, `${interval}|${fromMs ?? ''}|${toMs ?? ''}`, () => loadSupplySchedule(db, interval, fromMs, toMs))
}
