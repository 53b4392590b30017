/** The organic-usage answer turned into chart rows, figures and spike notes (pure). */
import type { OrganicUsageQuery } from '../../generated/graphql'

export interface SpikeNote {
  t: number
  payments: number
  baseline: number | null
  /** share of the spike's payments made by wallets paying for the first time */
  newWalletPaymentShare: number | null
  newWallets: number
  newWalletsNotReturned: number
  notReturnedShare: number | null
  daysObservedAfter: number
}

export interface PayerBar {
  t: number
  newPayers: number
  returningPayers: number
  payers: number
  spike: boolean
}

export interface RetentionCohort {
  /** the dataKey of its line */
  key: string
  t: number
  size: number
}

/** one row per "periods after the first payment": each cohort's share in percent, and all cohorts pooled */
export type RetentionRow = { offset: number; all: number | null } & Record<string, number | null>

export interface OrganicView {
  bars: PayerBar[]
  cohorts: RetentionCohort[]
  retention: RetentionRow[]
  /** distinct wallets that paid in the range, and those whose first payment ever fell in it */
  payers: number
  newPayers: number
  /** pooled share of a cohort's wallets that paid again in the period right after their first */
  nextPeriodRetention: number | null
  topN: number
  topPaymentsShare: number | null
  topOpgShare: number | null
  paymentsPerWalletMean: number | null
  paymentsPerWalletMedian: number | null
  payments: number
  opg: string
  spikes: SpikeNote[]
  spikeRule: string
}

/** the largest cohorts (the ones a farming wave makes) that the retention chart draws one line each for */
export const RETENTION_LINES = 5

const ms = (t: string) => Date.parse(t)

export function spikeNote(s: OrganicUsageQuery['usageSpikes']['spikes'][number]): SpikeNote {
  return {
    t: ms(s.t),
    payments: s.payments,
    baseline: s.baseline ?? null,
    newWalletPaymentShare: s.newWalletPaymentShare ?? null,
    newWallets: s.newWallets,
    newWalletsNotReturned: s.newWalletsNotReturned,
    notReturnedShare: s.notReturnedShare ?? null,
    daysObservedAfter: s.daysObservedAfter,
  }
}

export function mapOrganic(d: OrganicUsageQuery): OrganicView {
  const spikes = d.usageSpikes.spikes.map(spikeNote)
  const spikeAt = new Set(spikes.map((s) => s.t))
  const bars = d.payerCohorts.periods.map((p) => ({
    t: ms(p.t),
    newPayers: p.newPayers,
    returningPayers: p.returningPayers,
    payers: p.payers,
    spike: spikeAt.has(ms(p.t)),
  }))
  const withRetention = d.payerCohorts.cohorts.filter((c) => c.size > 0 && c.retention.length > 0)
  const drawn = [...withRetention]
    .sort((a, b) => b.size - a.size || ms(a.t) - ms(b.t))
    .slice(0, RETENTION_LINES)
    .sort((a, b) => ms(a.t) - ms(b.t))
    .map((c) => ({ key: `c${ms(c.t)}`, t: ms(c.t), size: c.size }))
  const longest = Math.max(0, ...withRetention.map((c) => c.retention.length))
  const retention: RetentionRow[] = []
  for (let offset = 1; offset <= longest; offset++) {
    let wallets = 0
    let size = 0
    const row: RetentionRow = { offset, all: null }
    for (const c of withRetention) {
      const point = c.retention.find((r) => r.offset === offset)
      if (!point) continue
      wallets += point.wallets
      size += c.size
      const key = `c${ms(c.t)}`
      if (drawn.some((x) => x.key === key)) row[key] = point.share * 100
    }
    row.all = size > 0 ? (100 * wallets) / size : null
    retention.push(row)
  }
  const first = retention[0]
  const overall = d.payerConcentration.overall
  return {
    bars,
    cohorts: drawn,
    retention,
    payers: overall.payers,
    newPayers: d.payerCohorts.periods.reduce((s, p) => s + p.newPayers, 0),
    nextPeriodRetention: first?.all == null ? null : first.all / 100,
    topN: d.payerConcentration.topN,
    topPaymentsShare: overall.topPaymentsShare ?? null,
    topOpgShare: overall.topOpgShare ?? null,
    paymentsPerWalletMean: overall.paymentsPerWalletMean ?? null,
    paymentsPerWalletMedian: overall.paymentsPerWalletMedian ?? null,
    payments: overall.payments,
    opg: overall.opg,
    spikes,
    spikeRule: d.usageSpikes.rule,
  }
}

/**
 * The marks for the usage chart: when each spike was and, in a few words, what drove it. Only the
 * first spike of a run of consecutive periods is labelled, so the labels do not pile up.
 */
export function mapSpikeMarkers(
  detected: ReadonlyArray<{ t: number; newWalletPaymentShare?: number | null }>,
  bucketMs: number,
): { t: number; label: string }[] {
  const spikes = detected.map((s) => ({ t: s.t, share: s.newWalletPaymentShare ?? null }))
  return spikes.map((s, i) => ({ t: s.t, label: i > 0 && s.t - spikes[i - 1].t <= bucketMs ? '' : spikeLabel(s.share) }))
}

export function spikeLabel(newWalletPaymentShare: number | null): string {
  return newWalletPaymentShare === null ? 'spike' : `spike: ${Math.round(newWalletPaymentShare * 100)}% new wallets`
}
