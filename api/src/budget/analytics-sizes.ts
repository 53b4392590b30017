import { ALLOCATIONS, TGE_TIMESTAMP } from '@og-explorer/common'
import { DAY_MS, HOUR_MS, type Interval } from '../analytics/buckets'
import { ErrorCode, apiError } from '../errors'
import { MAX_SCHEDULE_POINTS, scheduleEnd } from '../analytics/supply'
import { MAX_POINTS } from '../analytics/time-series'
import { HITS_PER_PROBE } from '../resolvers/Query/search'
import { PROBES } from '../search/probes'

/**
 * What the hand-written analytics fields really produce, from their arguments alone: the number of
 * points a range holds, the allocations of the schedule, and guesses (named as such) for the few
 * lists whose length only the database knows. The cost model multiplies these like page sizes.
 */

const BUCKET_MS: Record<Interval, number> = { HOUR: HOUR_MS, DAY: DAY_MS, WEEK: 7 * DAY_MS, MONTH: 30 * DAY_MS }

/** the timeSeries resolver's default spans (its own constant is private) */
const SERIES_DEFAULT_SPAN_MS: Record<string, number> = { HOUR: 7 * DAY_MS, DAY: 90 * DAY_MS, WEEK: 52 * 7 * DAY_MS }

/** Lists whose length is data: validators, a validator's history, proof-coverage days or TEEs. */
export const DATA_LIST_GUESS = 200

/** The same, per item of an outer such list (commission changes of each of the validators). */
export const NESTED_LIST_GUESS = 10

/** A list the model knows nothing about (e.g. a handful of cliff allocation ids). */
export const SMALL_LIST_GUESS = 10

function ms(value: unknown): number | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const t = new Date(value).getTime()
  return Number.isFinite(t) ? t : undefined
}

/**
 * Buckets in [from, to], at most `max`. When both ends were given and the range is clearly larger
 * (months are counted as 30 days, so a margin is left to the resolver), it is refused here with the
 * resolver's own RANGE_TOO_LARGE, before any other field of the request runs.
 */
export function bucketCount(fromMs: number, toMs: number, interval: Interval, max: number, bothGiven = false): number {
  if (!(toMs >= fromMs)) return 1
  const count = Math.floor((toMs - fromMs) / BUCKET_MS[interval]) + 1
  if (bothGiven && count > max * 1.05 + 1) {
    throw apiError(ErrorCode.RANGE_TOO_LARGE, `the range holds more than ${max} ${interval.toLowerCase()} buckets; narrow it or use a longer interval`, { max })
  }
  return Math.min(max, count)
}

export function supplySchedulePoints(args: Record<string, unknown>): number {
  const interval = (args.interval as Interval | undefined) ?? 'MONTH'
  // the defaults are fixed dates, so the count is the resolver's either way
  return bucketCount(ms(args.from) ?? TGE_TIMESTAMP * 1000, ms(args.to) ?? scheduleEnd(), interval, MAX_SCHEDULE_POINTS, true)
}

export function timeSeriesPoints(args: Record<string, unknown>): number {
  const interval = (args.interval as Interval | undefined) ?? 'DAY'
  const to = ms(args.to) ?? Date.now()
  const from = ms(args.from) ?? to - (SERIES_DEFAULT_SPAN_MS[interval] ?? 90 * DAY_MS)
  return bucketCount(from, to, interval, MAX_POINTS, ms(args.from) !== undefined && ms(args.to) !== undefined)
}

export function usageVsPriceDays(args: Record<string, unknown>): number {
  const to = ms(args.to) ?? Date.now()
  const from = ms(args.from) ?? to - 90 * DAY_MS
  return bucketCount(from, to, 'DAY', MAX_POINTS, ms(args.from) !== undefined && ms(args.to) !== undefined)
}

export const ALLOCATION_COUNT = ALLOCATIONS.length

/** every probe of a search can return this many hits (plus one transaction hit per chain) */
export const SEARCH_HITS = HITS_PER_PROBE * Math.max(...Object.values(PROBES).map((p) => p.length)) + 2
