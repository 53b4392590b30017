import { TGE_TIMESTAMP } from '@og-explorer/common/src/tokenomics'

export const DAY_MS = 86_400_000

export const RANGES = ['7d', '30d', '90d', 'all'] as const
export type RangeKey = (typeof RANGES)[number]

export const RANGE_DAYS: Record<Exclude<RangeKey, 'all'>, number> = { '7d': 7, '30d': 30, '90d': 90 }

export const TGE_MS = TGE_TIMESTAMP * 1000

export function parseRange(value: string | null | undefined): RangeKey {
  return (RANGES as readonly string[]).includes(value ?? '') ? (value as RangeKey) : '30d'
}

/** Start of the UTC day containing `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
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

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** A day is partial while it is still going on: its end is after `now`. */
export function isPartialDay(dayStartMs: number, now: number = Date.now()): boolean {
  return dayStartMs + DAY_MS > now
}
