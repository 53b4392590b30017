import { ErrorCode, apiError, badInput } from '../errors'

export type Interval = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH'

export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

/** Start of the UTC bucket holding `ms`; weeks start on Monday, as Postgres' date_trunc('week'). */
export function floorToBucket(ms: number, interval: Interval): number {
  switch (interval) {
    case 'HOUR':
      return Math.floor(ms / HOUR_MS) * HOUR_MS
    case 'DAY':
      return Math.floor(ms / DAY_MS) * DAY_MS
    case 'WEEK': {
      const day = Math.floor(ms / DAY_MS) * DAY_MS
      const weekday = (new Date(day).getUTCDay() + 6) % 7 // Monday = 0
      return day - weekday * DAY_MS
    }
    case 'MONTH': {
      const d = new Date(ms)
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
    }
  }
}

export function nextBucket(start: number, interval: Interval): number {
  switch (interval) {
    case 'HOUR':
      return start + HOUR_MS
    case 'DAY':
      return start + DAY_MS
    case 'WEEK':
      return start + 7 * DAY_MS
    case 'MONTH': {
      const d = new Date(start)
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    }
  }
}

/** Bucket starts from the bucket holding `from` through the one holding `to`, at most `max` of them. */
export function bucketStarts(from: number, to: number, interval: Interval, max: number): number[] {
  if (to < from) throw badInput('"to" is before "from"')
  const out: number[] = []
  for (let t = floorToBucket(from, interval); t <= to; t = nextBucket(t, interval)) {
    out.push(t)
    if (out.length > max) throw apiError(ErrorCode.RANGE_TOO_LARGE, `the range holds more than ${max} ${interval.toLowerCase()} buckets; narrow it or use a longer interval`)
  }
  return out
}
