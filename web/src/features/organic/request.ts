import type { OrganicUsageQuery, UsageSpikeMarkersQuery } from '../../generated/graphql'
import { DAY_MS, rangeWindow, type DayWindow, type RangeKey } from '../../lib/range'
import { mapOrganic, mapSpikeMarkers, type OrganicView } from './mapper'

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

/** The mapper of the usage chart's spike marks, whose bucket follows the usage chart's interval. */
export function spikeMarkersMap(interval: 'DAY' | 'WEEK'): (d: UsageSpikeMarkersQuery) => { t: number; label: string }[] {
  const bucketMs = interval === 'WEEK' ? 7 * DAY_MS : DAY_MS
  return (d) => mapSpikeMarkers(d, bucketMs)
}
