import { ALLOCATIONS, DAY_MS, WEEK_MS } from '@og-explorer/common'
import type { Db } from '../db/db'
import { buildCohorts } from './cohorts'
import { TOP_PAYERS, buildConcentration, weiShare } from './concentration'
import { nextBucket } from './buckets'
import { DEFAULT_WINDOW, MAD_SCALE, MIN_SPREAD, SPIKE_K, detectSpikes, driverShares } from './spikes'
import { MAX_PERIODS, type PeriodInterval, type Periods, rangeOf, resolvePeriods } from './usage-quality-range'

/*
 * The SQL behind payerCohorts, payerConcentration, usageSpikes and accountUsage. Every query
 * aggregates in Postgres and returns at most one row per period (per period and cohort for the
 * triangle), never payment rows. A wallet's first payment is read from the payment rows through the
 * (payer, timestamp) index, so the figures rest on the same rows a reader can export.
 */

const iso = (ms: number) => new Date(ms).toISOString()
const ms = (d: Date | null) => (d ? d.getTime() : null)

export async function loadPayerCohorts(db: Db, interval: PeriodInterval, fromMs?: number, toMs?: number) {
  const periods = await resolvePeriods(db, interval, fromMs, toMs, MAX_PERIODS.cohorts)
  if (periods.buckets.length === 0) return { ...rangeOf(periods), source: SOURCE, periods: [], cohorts: [] }
  const rows = await db.query<{ period: Date; cohort: Date | null; wallets: string }>(
    `WITH active AS (
       SELECT DISTINCT date_trunc($3, timestamp, 'UTC') AS period, payer_id FROM payment
       WHERE timestamp >= $1 AND timestamp < $2 AND payer_id IS NOT NULL
     ), first AS (
       SELECT w.payer_id, (SELECT min(q.timestamp) FROM payment q WHERE q.payer_id = w.payer_id) AS first_at
       FROM (SELECT DISTINCT payer_id FROM active) w
     )
     SELECT a.period, CASE WHEN f.first_at < $1 THEN NULL ELSE date_trunc($3, f.first_at, 'UTC') END AS cohort, count(*) AS wallets
     FROM active a JOIN first f USING (payer_id) GROUP BY 1, 2`,
    [iso(periods.start), iso(periods.end), interval.toLowerCase()],
  )
  const table = buildCohorts(
    periods.buckets,
    rows.map((r) => ({ period: r.period.getTime(), cohort: ms(r.cohort), wallets: Number(r.wallets) })),
  )
  return { ...rangeOf(periods), source: SOURCE, ...table }
}

const SOURCE = 'payment (payer, timestamp)'

export async function loadPayerConcentration(db: Db, interval: PeriodInterval, fromMs?: number, toMs?: number) {
  const periods = await resolvePeriods(db, interval, fromMs, toMs, MAX_PERIODS.concentration)
  if (periods.buckets.length === 0) return { ...rangeOf(periods), topN: TOP_PAYERS, source: SOURCE, ...buildConcentration([], []) }
  const rows = await db.query<{
    period: Date | null
    payers: string
    payments: string
    opg: string
    top_payments: string
    top_opg: string
    median_payments: number | null
  }>(
    `WITH per AS (
       SELECT date_trunc($3, timestamp, 'UTC') AS period, payer_id, count(*)::numeric AS n, sum(amount) AS opg FROM payment
       WHERE timestamp >= $1 AND timestamp < $2 AND payer_id IS NOT NULL GROUP BY 1, 2
     ), whole AS (
       SELECT NULL::timestamptz AS period, payer_id, sum(n) AS n, sum(opg) AS opg FROM per GROUP BY payer_id
     ), ranked AS (
       SELECT period, n, opg,
         row_number() OVER (PARTITION BY period ORDER BY n DESC, payer_id) AS by_n,
         row_number() OVER (PARTITION BY period ORDER BY opg DESC, payer_id) AS by_opg
       FROM (SELECT * FROM per UNION ALL SELECT * FROM whole) x
     )
     SELECT period, count(*) AS payers, sum(n)::text AS payments, sum(opg)::text AS opg,
       coalesce(sum(n) FILTER (WHERE by_n <= $4), 0)::text AS top_payments,
       coalesce(sum(opg) FILTER (WHERE by_opg <= $4), 0)::text AS top_opg,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY n::float8) AS median_payments
     FROM ranked GROUP BY period`,
    [iso(periods.start), iso(periods.end), interval.toLowerCase(), TOP_PAYERS],
  )
  const aggregates = rows.map((r) => ({
    period: ms(r.period),
    payers: Number(r.payers),
    payments: Number(r.payments),
    opg: r.opg,
    topPayments: Number(r.top_payments),
    topOpg: r.top_opg,
    medianPayments: r.median_payments === null ? null : Number(r.median_payments),
  }))
  return { ...rangeOf(periods), topN: TOP_PAYERS, source: SOURCE, ...buildConcentration(periods.buckets, aggregates) }
}

export type SpikeMetric = 'PAYMENTS' | 'INFERENCES_SETTLED'

const SPIKE_SERIES: Record<SpikeMetric, { table: string; column: string }> = {
  PAYMENTS: { table: 'base_daily_stat', column: 'payments' },
  INFERENCES_SETTLED: { table: 'og_daily_stat', column: 'inferences_settled' },
}

export const MIN_WINDOW = 3
export const MAX_WINDOW = 90

export async function loadUsageSpikes(db: Db, metric: SpikeMetric, interval: PeriodInterval, window: number | undefined, fromMs?: number, toMs?: number) {
  const w = window ?? DEFAULT_WINDOW[interval]
  const periods = await resolvePeriods(db, interval, fromMs, toMs, MAX_PERIODS.spikes)
  const method = {
    window: w,
    k: SPIKE_K,
    madScale: MAD_SCALE,
    minSpread: MIN_SPREAD,
    rule: `a period is a spike when its count exceeds the median of the ${w} periods before it + ${SPIKE_K} × max(${MAD_SCALE} × their median absolute deviation, ${MIN_SPREAD}); periods with fewer than ${Math.ceil(w / 2)} earlier periods are not judged`,
  }
  const series = SPIKE_SERIES[metric]
  const base = { metric, ...rangeOf(periods), ...method, source: `${series.table}.${series.column}; drivers from payment` }
  if (periods.buckets.length === 0) return { ...base, periods: [], spikes: [] }
  // the trailing window reaches back before the first period asked for
  let historyStart = periods.start
  for (let i = 0; i < w; i++) historyStart = previousBucket(historyStart, interval)
  const rows = await db.query<{ t: Date; v: string }>(
    `SELECT date_trunc($3, date, 'UTC') AS t, sum(${series.column})::text AS v FROM ${series.table}
     WHERE date >= $1 AND date < $2 GROUP BY 1`,
    [iso(historyStart), iso(periods.end), interval.toLowerCase()],
  )
  const [first] = await db.query<{ d: Date | null }>(`SELECT min(date) AS d FROM ${series.table}`)
  const stored = new Map(rows.map((r) => [r.t.getTime(), Number(r.v)]))
  const values: { t: number; value: number }[] = []
  // history before the table's first row is not zero usage, it is no data: left out
  const firstMs = first?.d ? first.d.getTime() : periods.start
  for (let t = historyStart; t < periods.end; t = nextBucket(t, interval)) {
    if (t < periods.start && nextBucket(t, interval) <= firstMs) continue
    values.push({ t, value: stored.get(t) ?? 0 })
  }
  const start = values.findIndex((v) => v.t >= periods.start)
  const judged = detectSpikes(values, start, w)
  const spikes = judged.filter((p) => p.spike)
  const drivers = await loadSpikeDrivers(
    db,
    spikes.map((s) => s.t),
    interval,
  )
  const [head] = await db.query<{ d: Date | null }>(`SELECT max(date) AS d FROM base_daily_stat`)
  const headEnd = head?.d ? head.d.getTime() + DAY_MS : periods.end
  return {
    ...base,
    periods: judged,
    spikes: spikes.map((s) => {
      const end = nextBucket(s.t, interval)
      return {
        ...s,
        ...driverShares(drivers.get(s.t) ?? { payments: 0, newWalletPayments: 0, newWallets: 0, newWalletsNotReturned: 0 }),
        daysObservedAfter: Math.max(0, Math.floor((headEnd - end) / DAY_MS)),
      }
    }),
  }
}

function previousBucket(start: number, interval: PeriodInterval): number {
  if (interval === 'DAY') return start - DAY_MS
  if (interval === 'WEEK') return start - WEEK_MS
  const d = new Date(start)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)
}

async function loadSpikeDrivers(db: Db, starts: number[], interval: PeriodInterval) {
  const out = new Map<number, { payments: number; newWalletPayments: number; newWallets: number; newWalletsNotReturned: number }>()
  if (starts.length === 0) return out
  const rows = await db.query<{ t: Date; payments: string; new_payments: string; new_wallets: string; not_returned: string }>(
    `WITH s AS (SELECT * FROM unnest($1::timestamptz[], $2::timestamptz[]) AS s(t, e)),
     per AS (
       SELECT s.t, s.e, p.payer_id, count(*) AS n FROM s JOIN payment p ON p.timestamp >= s.t AND p.timestamp < s.e
       WHERE p.payer_id IS NOT NULL GROUP BY 1, 2, 3
     ), judged AS (
       SELECT per.*, NOT EXISTS (SELECT 1 FROM payment q WHERE q.payer_id = per.payer_id AND q.timestamp < per.t) AS is_new,
         NOT EXISTS (SELECT 1 FROM payment q WHERE q.payer_id = per.payer_id AND q.timestamp >= per.e) AS gone
       FROM per
     )
     SELECT t, sum(n)::text AS payments, coalesce(sum(n) FILTER (WHERE is_new), 0)::text AS new_payments,
       count(*) FILTER (WHERE is_new) AS new_wallets, count(*) FILTER (WHERE is_new AND gone) AS not_returned
     FROM judged GROUP BY t`,
    [starts.map(iso), starts.map((t) => iso(nextBucket(t, interval)))],
  )
  for (const r of rows)
    out.set(r.t.getTime(), {
      payments: Number(r.payments),
      newWalletPayments: Number(r.new_payments),
      newWallets: Number(r.new_wallets),
      newWalletsNotReturned: Number(r.not_returned),
    })
  return out
}

const ALLOCATION_LABEL = new Map(ALLOCATIONS.map((a) => [a.id as string, a.label]))

/**
 * One wallet's usage profile: who funded it (its first inbound OPG transfer, with the sender's
 * label, and the allocation when that transfer was an unlock), its days with payments, the TEE
 * nodes it paid, and its share of every payment the network has seen (the exact per-day counters).
 */
export async function loadAccountUsage(db: Db, id: string) {
  const [funding, usage, network] = await Promise.all([
    db.query<{
      id: string
      from_id: string
      amount: string
      timestamp: Date
      tx_hash: string
      label: string | null
      category: string | null
      allocation: string | null
    }>(
      `SELECT t.id, t.from_id, t.amount::text AS amount, t.timestamp, t.tx_hash, a.label, a.category, u.allocation
       FROM transfer t LEFT JOIN account a ON a.id = t.from_id LEFT JOIN unlock u ON u.id = t.id
       WHERE t.to_id = $1 ORDER BY t.timestamp, t.block_number, t.id LIMIT 1`,
      [id],
    ),
    db.query<{ payments: string; opg: string; active_days: string; tees: string; first_at: Date | null; last_at: Date | null }>(
      `SELECT count(*) AS payments, coalesce(sum(amount), 0)::text AS opg, count(DISTINCT date_trunc('day', timestamp, 'UTC')) AS active_days,
         count(DISTINCT tee_id) AS tees, min(timestamp) AS first_at, max(timestamp) AS last_at
       FROM payment WHERE payer_id = $1`,
      [id],
    ),
    db.query<{ payments: string; opg: string }>(
      `SELECT coalesce(sum(payments), 0)::text AS payments, coalesce(sum(payment_volume), 0)::text AS opg FROM base_daily_stat`,
    ),
  ])
  const f = funding[0]
  const u = usage[0]
  const n = network[0]
  const payments = Number(u.payments)
  const networkPayments = Number(n.payments)
  return {
    account: id,
    fundedBy: f
      ? {
          transferId: f.id,
          from: f.from_id,
          fromLabel: f.label ?? (f.allocation ? (ALLOCATION_LABEL.get(f.allocation) ?? f.allocation) : null),
          fromCategory: f.category,
          allocation: f.allocation,
          amount: f.amount,
          timestamp: f.timestamp,
          txHash: f.tx_hash,
        }
      : null,
    payments,
    paidOpg: u.opg,
    activeDays: Number(u.active_days),
    distinctTees: Number(u.tees),
    firstPaymentAt: u.first_at,
    lastPaymentAt: u.last_at,
    networkPayments: n.payments,
    networkOpg: n.opg,
    paymentShare: networkPayments > 0 ? payments / networkPayments : null,
    opgShare: weiShare(u.opg, n.opg),
  }
}

export type { Periods }
