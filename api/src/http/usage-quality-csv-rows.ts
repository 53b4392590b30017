import type { loadPayerCohorts, loadPayerConcentration, loadUsageSpikes } from '../analytics/usage-quality-load'
import type { ColumnField, ScalarType } from '../model/types'
import { csvLine, csvNote, csvRow } from './csv-cells'

type Cohorts = Awaited<ReturnType<typeof loadPayerCohorts>>
type Concentration = Awaited<ReturnType<typeof loadPayerConcentration>>
type Spikes = Awaited<ReturnType<typeof loadUsageSpikes>>

const field = (name: string, type: ScalarType): ColumnField => ({ kind: 'scalar', type, name, column: name, nullable: true })
const header = (fields: readonly ColumnField[]) => csvLine(fields.map((f) => ({ text: f.name, forceQuote: false })))
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())

/**
 * One period per row: its paying wallets, new and returning, and the triangle beside them:
 * back_after_k is how many of the wallets new in that period paid again k periods later.
 */
export function cohortsCsv(c: Cohorts, heads: string): string {
  const offsets = Math.max(0, c.periods.length - 1)
  const fields = [
    field('period_start_utc', 'DateTime'),
    field('paying_wallets', 'Int'),
    field('new_wallets', 'Int'),
    field('returning_wallets', 'Int'),
    ...Array.from({ length: offsets }, (_, k) => field(`back_after_${k + 1}`, 'Int')),
  ]
  let out = header(fields)
  c.periods.forEach((p, i) => {
    const row: Record<string, unknown> = {
      period_start_utc: iso(p.t),
      paying_wallets: p.payers,
      new_wallets: p.newPayers,
      returning_wallets: p.returningPayers,
    }
    for (const r of c.cohorts[i]?.retention ?? []) row[`back_after_${r.offset}`] = r.wallets
    out += csvRow(fields, row)
  })
  out += csvNote(`payerCohorts by ${c.interval}; new = first payment ever in the period; returning = paid in an earlier period too; source ${c.source}`)
  out += csvNote(`end: ${c.periods.length} periods; indexed heads ${heads}`)
  return out
}

const CONCENTRATION_FIELDS = [
  field('period_start_utc', 'String'),
  field('payers', 'Int'),
  field('payments', 'Int'),
  field('opg_wei', 'BigInt'),
  field('top_payments', 'Int'),
  field('top_opg_wei', 'BigInt'),
  field('top_payments_share', 'Float'),
  field('top_opg_share', 'Float'),
  field('payments_per_wallet_mean', 'Float'),
  field('payments_per_wallet_median', 'Float'),
]

/** One period per row, then the whole range as a last row named "whole range". */
export function concentrationCsv(c: Concentration, heads: string): string {
  let out = header(CONCENTRATION_FIELDS)
  for (const p of [...c.periods, c.overall])
    out += csvRow(CONCENTRATION_FIELDS, {
      period_start_utc: p.t === null ? 'whole range' : iso(p.t),
      payers: p.payers,
      payments: p.payments,
      opg_wei: p.opg,
      top_payments: p.topPayments,
      top_opg_wei: p.topOpg,
      top_payments_share: p.topPaymentsShare,
      top_opg_share: p.topOpgShare,
      payments_per_wallet_mean: p.paymentsPerWalletMean,
      payments_per_wallet_median: p.paymentsPerWalletMedian,
    })
  out += csvNote(`payerConcentration by ${c.interval}; top ${c.topN} payers ranked by count for top_payments and by OPG for top_opg_wei; source ${c.source}`)
  out += csvNote(`end: ${c.periods.length} periods and the whole range; indexed heads ${heads}`)
  return out
}

const SPIKE_FIELDS = [
  field('period_start_utc', 'DateTime'),
  field('value', 'Float'),
  field('baseline', 'Float'),
  field('threshold', 'Float'),
  field('spike', 'Boolean'),
  field('payments', 'Int'),
  field('new_wallet_payments', 'Int'),
  field('new_wallets', 'Int'),
  field('new_wallets_not_returned', 'Int'),
  field('days_observed_after', 'Int'),
]

/** Every judged period with its baseline and threshold; the drivers are filled on the spikes. */
export function spikesCsv(s: Spikes, heads: string): string {
  const drivers = new Map(s.spikes.map((x) => [x.t, x]))
  let out = header(SPIKE_FIELDS)
  for (const p of s.periods) {
    const d = drivers.get(p.t)
    out += csvRow(SPIKE_FIELDS, {
      period_start_utc: iso(p.t),
      value: p.value,
      baseline: p.baseline,
      threshold: p.threshold,
      spike: p.spike,
      payments: d?.payments,
      new_wallet_payments: d?.newWalletPayments,
      new_wallets: d?.newWallets,
      new_wallets_not_returned: d?.newWalletsNotReturned,
      days_observed_after: d?.daysObservedAfter,
    })
  }
  out += csvNote(`usageSpikes of ${s.metric} by ${s.interval}: ${s.rule}; source ${s.source}`)
  out += csvNote(`end: ${s.periods.length} periods, ${s.spikes.length} spikes; indexed heads ${heads}`)
  return out
}
