import { DAY_MS, TGE_TIMESTAMP, dayId, startOfDay } from '@og-explorer/common'

// the UTC day helpers are common's, re-exported for the pages that import them from here
export { DAY_MS, startOfDay }

export const RANGES = ['7d', '30d', '90d', 'all'] as const
export type RangeKey = (typeof RANGES)[number]

export const RANGE_DAYS: Record<Exclude<RangeKey, 'all'>, number> = { '7d': 7, '30d': 30, '90d': 90 }

export const TGE_MS = TGE_TIMESTAMP * 1000

export function parseRange(value: string | null | undefined): RangeKey {
  return (RANGES as readonly string[]).includes(value ?? '') ? (value as RangeKey) : '30d'
}

export interface DayWindow {
  /** first day, YYYY-MM-DD */
  from: string
  /** last day, YYYY-MM-DD */
  to: string
  days: number
}

/**
 * The days a range covers, ending on the last indexed day (not the wall clock: an index that is
 * behind, or a devnet whose history ends in the past, still shows its last N days).
 */
export function rangeWindow(range: RangeKey, lastDayMs: number): DayWindow {
  const end = startOfDay(lastDayMs)
  const start = range === 'all' ? startOfDay(TGE_MS) : end - (RANGE_DAYS[range] - 1) * DAY_MS
  const from = Math.min(start, end)
  return { from: isoDay(from), to: isoDay(end), days: Math.round((end - from) / DAY_MS) + 1 }
}

/** YYYY-MM-DD of the UTC day holding `ms` */
export const isoDay: (ms: number) => string = dayId

/** A day is partial while it is still going on: its end is after `now`. */
export function isPartialDay(dayStartMs: number, now: number = Date.now()): boolean {
  return dayStartMs + DAY_MS > now
}
