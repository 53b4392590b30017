import { useMemo } from 'react'
import { ChartCard } from '../../components/ChartCard'
import { useGql } from '../../hooks/useGql'
import type { RangeKey } from '../../lib/range'
import { mapSpikeMarkers } from '../organic/mapper'
import { ORGANIC_QUERY } from '../organic/query'
import { organicRequest } from '../organic/request'
import { usageRequest } from './request'
import { USAGE_QUERY } from './query'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

// the chart (and recharts) loads beside the headline figures, which do not wait for it; the overview preloads it
const CHART_LOADING = <Loading height={280} label="Loading chart…" />
const UsageChart = preloadable(() => import('./UsageChart').then((m) => m.UsageChart), CHART_LOADING)
export const preloadUsageChart = UsageChart.preload

const CSV_HEADER = [
  'bucket_start_utc',
  'batch_inferences',
  'individual_inferences',
  'legacy_inferences',
  'hub_inferences',
  'inferences',
  'x402_payments',
  'paying_wallets',
  'price_usd',
  'partial',
]

/** Usage against price over the selected range: weekly buckets past half a year, daily otherwise. */
export function UsagePanel({ range, lastDay }: { range: RangeKey; lastDay: number | null }) {
  const { window, interval, bucketMs, spikesFromOrganic, variables, map } = usageRequest(range, lastDay)
  const q = useGql(USAGE_QUERY, variables, { map })
  // the organic panel's own request (same document, variables and mapper), shared through react-query's cache
  const organic = organicRequest(range, lastDay)
  const o = useGql(ORGANIC_QUERY, spikesFromOrganic ? organic.variables : null, { map: organic.map })
  const organicSpikes = o.data?.value.spikes
  const markers = useMemo(
    () => (spikesFromOrganic ? (organicSpikes ? mapSpikeMarkers(organicSpikes, bucketMs) : undefined) : (q.data?.value.markers ?? undefined)),
    [spikesFromOrganic, organicSpikes, bucketMs, q.data],
  )
  // the chart waits for its marks rather than drawing twice; without them (the organic answer failed) it draws unmarked
  const marksPending = spikesFromOrganic && o.isPending
  const rows = q.data?.value.rows ?? []
  const empty = rows.length === 0 || rows.every((r) => r.inferences === 0 && r.payments === 0)
  return (
    <ChartCard
      id="usage"
      title="Usage against price"
      subtitle={`Inferences settled per ${interval === 'WEEK' ? 'week' : 'day'} by settlement kind, x402 payments and paying wallets, with the OPG price on the right axis. ${window ? `${window.from} to ${window.to}, UTC.` : ''}`}
      query={{ document: USAGE_QUERY, variables: variables ?? {} }}
      result={(lastDay === null && !window) || (q.data && marksPending) ? { ...q, isPending: true } : q}
      empty={empty}
      emptyText="No inferences or payments in this range."
      note={rows.some((r) => r.partial) ? 'The lighter bar is the current period so far' : undefined}
      csv={() => ({
        filename: `usage-${range}`,
        header: CSV_HEADER,
        rows: rows.map((r) => [
          new Date(r.t).toISOString(),
          r.batch,
          r.individual,
          r.legacy,
          r.hub,
          r.inferences,
          r.payments,
          r.payingWallets,
          r.priceUsd,
          r.partial,
        ]),
      })}
    >
      {() => <UsageChart rows={rows} bucket={interval === 'WEEK' ? 'week' : 'day'} markers={markers} />}
    </ChartCard>
  )
}
