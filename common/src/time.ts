/**
 * UTC time buckets, the one definition shared by the indexer (which writes hourly and daily rows),
 * the API (which reads and gap-fills them) and the web app (which draws them). Every bucket is UTC;
 * weeks start on Monday, as Postgres' date_trunc('week') does, so buckets built here line up with
 * buckets built in SQL.
 */

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS
export const WEEK_MS = 7 * DAY_MS

/** The bucket sizes the API's analytics speak (the GraphQL interval enums are subsets of these). */
export const BUCKET_INTERVALS = ['HOUR', 'DAY', 'WEEK', 'MONTH'] as const
export type BucketInterval = (typeof BUCKET_INTERVALS)[number]

/** Start of the UTC bucket holding `ms`. */
export function floorToBucket(ms: number, interval: BucketInterval): number {
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

/** Start of the bucket after the one starting at `start` (months have their calendar length). */
export function nextBucket(start: number, interval: BucketInterval): number {
  switch (interval) {
    case 'HOUR':
      return start + HOUR_MS
    case 'DAY':
      return start + DAY_MS
    case 'WEEK':
      return start + WEEK_MS
    case 'MONTH': {
      const d = new Date(start)
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    }
  }
}

/** Start of the UTC day holding `ms`, in milliseconds. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
}

/** Start of the UTC day holding `timestampMs`, as a Date (the type of the indexer's date columns). */
export function dayStart(timestampMs: number): Date {
  return new Date(startOfDay(timestampMs))
}

/** Start of the UTC hour holding `timestampMs`, as a Date. */
export function hourStart(timestampMs: number): Date {
  return new Date(Math.floor(timestampMs / HOUR_MS) * HOUR_MS)
}

// The indexer asks for the day and hour of every log, and a block's logs share one timestamp: the
// last answer is kept, since formatting a date costs more than the rest of a transfer's bookkeeping.
let lastDay = { start: Number.NaN, id: '' }
let lastHour = { start: Number.NaN, id: '' }

/** UTC day id, YYYY-MM-DD, for a timestamp in milliseconds (Subsquid's header.timestamp). */
export function dayId(timestampMs: number): string {
  const start = startOfDay(timestampMs)
  if (start !== lastDay.start) lastDay = { start, id: new Date(start).toISOString().slice(0, 10) }
  return lastDay.id
}

/** UTC hour id, YYYY-MM-DDTHH, which sorts like the hour itself. */
export function hourId(timestampMs: number): string {
  const start = Math.floor(timestampMs / HOUR_MS) * HOUR_MS
  if (start !== lastHour.start) lastHour = { start, id: new Date(start).toISOString().slice(0, 13) }
  return lastHour.id
}

/** UNIX seconds (no milliseconds) for an ISO date or date-time. */
export function utcSeconds(isoDate: string): number {
  const ms = Date.parse(isoDate)
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${isoDate}`)
  return Math.floor(ms / 1000)
}
