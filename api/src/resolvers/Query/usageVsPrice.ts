import type { MetricName } from '../../analytics/metrics'
import { toMs } from '../../analytics/range'
import { loadTimeSeries } from '../../analytics/time-series'
import { DAY_MS } from '../../analytics/buckets'
import type { ApiContext } from '../context'

/** One day of the answer, as the schema's UsageVsPriceDay with the date still in ms. */
interface UsageVsPriceDay {
  date: number
  inferences: number
  payments: number
  payingWallets: number
  revenueUsd: string
  priceClose: string | null
}

const SERIES = {
  inferences: 'INFERENCES_SETTLED',
  payments: 'PAYMENTS',
  payingWallets: 'PAYING_WALLETS',
  revenueUsd: 'PAYMENT_VOLUME_USD',
  priceClose: 'PRICE',
} as const satisfies Record<string, MetricName>

/**
 * Usage and price on one axis of days. Each column is the DAY timeSeries of its metric (same gap
 * rules), read in parallel and aligned by day; a day past one chain's indexed data reads 0 / null.
 */
export async function usageVsPrice(_parent: unknown, args: { from?: string | null; to?: string | null }, ctx: ApiContext) {
  let to = toMs(args.to)
  let from = toMs(args.from)
  if (to === undefined) {
    const [row] = await ctx.db.query<{ d: Date | null }>(`SELECT greatest((SELECT max(date) FROM og_daily_stat), (SELECT max(date) FROM base_daily_stat)) AS d`)
    if (!row?.d) return []
    to = row.d.getTime()
  }
  from ??= to - 90 * DAY_MS
  const entries = Object.entries(SERIES) as [keyof typeof SERIES, MetricName][]
  const series = await Promise.all(entries.map(([, metric]) => loadTimeSeries(ctx.db, metric, 'DAY', from, to)))
  const days = new Map<number, UsageVsPriceDay>()
  series.forEach((s, i) => {
    for (const p of s.points) {
      const day = days.get(p.t) ?? { date: p.t, inferences: 0, payments: 0, payingWallets: 0, revenueUsd: '0', priceClose: null }
      const column = entries[i][0]
      if (column === 'priceClose') day.priceClose = p.value
      // a flow is filled with 0 where no row was stored, so the revenue is never null
      else if (column === 'revenueUsd') day.revenueUsd = p.value ?? '0'
      else day[column] = Number(p.value ?? 0)
      days.set(p.t, day)
    }
  })
  return [...days.values()].sort((a, b) => a.date - b.date)
}
