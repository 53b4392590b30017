import type { UsageOverTimeQuery } from '../../generated/graphql'
import { DAY_MS, rangeWindow, type DayWindow, type RangeKey } from '../../lib/range'
import { mapUsage, type UsageRow } from './mapper'

export interface UsageRequest {
  window: DayWindow | null
  interval: 'DAY' | 'WEEK'
  /** null until the last indexed day is known */
  variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null
  map: (w: UsageOverTimeQuery) => UsageRow[]
}

/**
 * The usage chart's request for a range: weekly buckets past half a year, daily otherwise. One place for
 * the panel and the overview's prefetch, so both ask with the same variables and share one answer.
 */
export function usageRequest(range: RangeKey, lastDay: number | null): UsageRequest {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const interval = window && window.days > 180 ? 'WEEK' : 'DAY'
  const bucketMs = interval === 'WEEK' ? 7 * DAY_MS : DAY_MS
  return { window, interval, variables: window ? { from: window.from, to: window.to, interval } : null, map: (w) => mapUsage(w, bucketMs) }
}
