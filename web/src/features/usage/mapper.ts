/** The usage series joined into one chart row per bucket. */
import type { UsageOverTimeQuery } from '../../generated/graphql'
import { DAY_MS } from '../../lib/range'

export interface UsageRow {
  /** start of the bucket, ms */
  t: number
  batch: number
  individual: number
  legacy: number
  hub: number
  inferences: number
  payments: number
  payingWallets: number
  priceUsd: number | null
  /** the bucket is still going on (today, or this week) */
  partial: boolean
}

type SeriesPoint = UsageOverTimeQuery['batch']['points'][number]

/** The counted series: each alias of the document that becomes a column of the row. */
const COUNTS = ['batch', 'individual', 'legacy', 'hub', 'payments', 'payingWallets'] as const satisfies ReadonlyArray<keyof UsageOverTimeQuery & keyof UsageRow>

/** Joins the aligned series by bucket start; the API fills gaps, so a missing point reads 0 / null. */
export function mapUsage(w: Omit<UsageOverTimeQuery, 'spikes'>, bucketMs: number = DAY_MS, now: number = Date.now()): UsageRow[] {
  const rows = new Map<number, UsageRow>()
  const row = (t: number): UsageRow => {
    let r = rows.get(t)
    if (!r) {
      r = { t, batch: 0, individual: 0, legacy: 0, hub: 0, inferences: 0, payments: 0, payingWallets: 0, priceUsd: null, partial: t + bucketMs > now }
      rows.set(t, r)
    }
    return r
  }
  const num = (p: SeriesPoint) => (p.value == null ? 0 : Number(p.value))
  for (const key of COUNTS) {
    for (const p of w[key].points) row(Date.parse(p.t))[key] = num(p)
  }
  for (const p of w.price.points) row(Date.parse(p.t)).priceUsd = p.value == null ? null : Number(p.value)
  const out = [...rows.values()].sort((a, b) => a.t - b.t)
  for (const r of out) r.inferences = r.batch + r.individual + r.legacy + r.hub
  return out
}
