import type { OrganicUsageQuery } from '../../generated/graphql'
import { rangeWindow, type DayWindow, type RangeKey } from '../../lib/range'
import { mapOrganic, type OrganicView } from './mapper'

/** Days up to a month are read per day; longer ranges per ISO week, so cohorts stay few enough to read. */
export function organicInterval(days: number): 'DAY' | 'WEEK' {
  return days <= 31 ? 'DAY' : 'WEEK'
}

export interface OrganicRequest {
  window: DayWindow | null
  interval: 'DAY' | 'WEEK'
  /** null until the last indexed day is known */
  variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null
  map: (d: OrganicUsageQuery) => OrganicView
}

/** The "Organic or farming?" panel's request for a range; the panel and the overview's prefetch share it, and so one answer. */
export function organicRequest(range: RangeKey, lastDay: number | null): OrganicRequest {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const interval = organicInterval(window?.days ?? 30)
  return { window, interval, variables: window ? { from: window.from, to: window.to, interval } : null, map: mapOrganic }
}
