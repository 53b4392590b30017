import type { Db } from '../db/db'
import { DAY_MS, bucketStarts, nextBucket } from './buckets'
import { checkOrder } from './range'

export type PeriodInterval = 'DAY' | 'WEEK' | 'MONTH'

/** The most periods each usage-quality query answers (a cohort triangle grows with their square). */
export const MAX_PERIODS = { cohorts: 120, concentration: 400, spikes: 400 } as const

/** How far back `from` defaults to, before `to`. */
export const DEFAULT_SPAN_MS: Record<PeriodInterval, number> = { DAY: 90 * DAY_MS, WEEK: 26 * 7 * DAY_MS, MONTH: 365 * DAY_MS }

export interface Periods {
  interval: PeriodInterval
  /** period starts, ascending */
  buckets: number[]
  /** start of the first period */
  start: number
  /** end of the last period (start of the one after it) */
  end: number
}

/**
 * The periods a usage-quality query covers: from the one holding `from` through the one holding
 * `to`, never past the last indexed Base day (so no empty periods are invented beyond the head) and,
 * when `from` is not given, never before the first. Payments are Base events, so Base's daily table
 * says how far the data reaches.
 */
export async function resolvePeriods(db: Db, interval: PeriodInterval, fromMs: number | undefined, toMs: number | undefined, max: number): Promise<Periods> {
  checkOrder(fromMs, toMs)
  const [row] = await db.query<{ first: Date | null; last: Date | null }>(`SELECT min(date) AS first, max(date) AS last FROM base_daily_stat`)
  if (!row?.first || !row.last) return { interval, buckets: [], start: fromMs ?? 0, end: fromMs ?? 0 }
  const lastMs = row.last.getTime() + DAY_MS - 1
  const to = Math.min(toMs ?? lastMs, lastMs)
  const from = fromMs ?? Math.max(row.first.getTime(), to - DEFAULT_SPAN_MS[interval])
  if (to < from) return { interval, buckets: [], start: from, end: from }
  const buckets = bucketStarts(from, to, interval, max)
  return { interval, buckets, start: buckets[0], end: nextBucket(buckets[buckets.length - 1], interval) }
}

export function rangeOf(p: Periods) {
  return { interval: p.interval, from: p.buckets[0] ?? null, to: p.buckets[p.buckets.length - 1] ?? null }
}
