import type { UsageOverTimeQuery } from '../../generated/graphql'
import { DAY_MS, rangeWindow, type DayWindow, type RangeKey } from '../../lib/range'
import { mapSpikeMarkers } from '../organic/mapper'
import { organicInterval } from '../organic/request'
import { mapUsage, type UsageRow } from './mapper'

export type SpikeMark = { t: number; label: string }

/** What the usage chart draws: one row per bucket and, when its own answer carries them, the spikes it marks. */
export interface UsageView {
  rows: UsageRow[]
  markers: SpikeMark[] | null
}

export interface UsageRequest {
  window: DayWindow | null
  interval: 'DAY' | 'WEEK'
  bucketMs: number
  /**
   * The organic-usage answer of the same range already holds the chart's spikes (the same range and bucket),
   * so the chart takes its marks from there rather than having the API find the same spikes twice.
   */
  spikesFromOrganic: boolean
  /** null until the last indexed day is known; `period` is the spikes' bucket, the same as the series' */
  variables: { from: string; to: string; interval: 'DAY' | 'WEEK'; period: 'DAY' | 'WEEK'; withSpikes: boolean } | null
  map: (w: UsageOverTimeQuery) => UsageView
}

/**
 * The usage chart's request for a range: weekly buckets past half a year, daily otherwise. One place for
 * the panel and the overview's prefetch, so both ask with the same variables and share one answer.
 */
export function usageRequest(range: RangeKey, lastDay: number | null): UsageRequest {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const interval = window && window.days > 180 ? 'WEEK' : 'DAY'
  const bucketMs = interval === 'WEEK' ? 7 * DAY_MS : DAY_MS
  const spikesFromOrganic = window !== null && organicInterval(window.days) === interval
  return {
    window,
    interval,
    bucketMs,
    spikesFromOrganic,
    variables: window ? { from: window.from, to: window.to, interval, period: interval, withSpikes: !spikesFromOrganic } : null,
    map: (w) => ({
      rows: mapUsage(w, bucketMs),
      markers: w.spikes
        ? mapSpikeMarkers(
            w.spikes.spikes.map((s) => ({ t: Date.parse(s.t), newWalletPaymentShare: s.newWalletPaymentShare })),
            bucketMs,
          )
        : null,
    }),
  }
}
