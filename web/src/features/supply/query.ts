/**
 * The overview dashboard's GraphQL and the mapping of its answers into chart rows. Every document
 * here is what the chart's "GraphiQL" link opens, with the same variables.
 */
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common/src/tokenomics'
import { unitsToNumber } from '../lib/format'
import { DAY_MS, isPartialDay } from '../lib/range'

// ---------------------------------------------------------------- the last indexed day

export const DATA_END_QUERY = /* GraphQL */ `
query DataEnd {
  dailyStats(orderBy: [date_DESC], limit: 1) { date }
}`

export interface DataEndWire {
  dailyStats: Array<{ date: string }>
}

export function mapDataEnd(w: DataEndWire): number | null {
  return w.dailyStats[0] ? Date.parse(w.dailyStats[0].date) : null
}

// ---------------------------------------------------------------- headline figures

export const HEADLINE_QUERY = /* GraphQL */ `
query OverviewHeadline {
  proofs: proofCoverage(by: DAY) {
    total { settled verified invalid pending unverifiable verifiedShare }
  }
  payingWallets: accountsConnection(orderBy: [id_ASC], where: { paymentsMade_gt: 0 }) { totalCount }
  enabledTees: teeNodesConnection(orderBy: [id_ASC], where: { enabled_eq: true }) { totalCount }
  recent: dailyStats(orderBy: [date_DESC], limit: 8) {
    date settlements heartbeats stakingEvents transfers payments payingWallets activeTees circulatingSupply
  }
  lastPrice: priceCandles(where: { interval_eq: HOUR }, orderBy: [start_DESC], limit: 1) { start close }
  allTimeHigh: priceCandles(where: { interval_eq: HOUR }, orderBy: [high_DESC], limit: 1) { start high }
  pressure: unlockPressure(windowDays: 30) { at nextCliff { date daysUntil allocations } }
}`

interface RecentDayWire {
  date: string
  settlements: number | null
  heartbeats: number | null
  stakingEvents: number | null
  transfers: number | null
  payments: number | null
  payingWallets: number | null
  activeTees: number | null
  circulatingSupply: string | null
}

export interface HeadlineWire {
  proofs: { total: { settled: number; verified: number; invalid: number; pending: number; unverifiable: number; verifiedShare: number | null } }
  payingWallets: { totalCount: number }
  enabledTees: { totalCount: number }
  recent: RecentDayWire[]
  lastPrice: Array<{ start: string; close: string }>
  allTimeHigh: Array<{ start: string; high: string }>
  pressure: { at: string; nextCliff: { date: string; daysUntil: number; allocations: string[] } | null }
}

export interface Headline {
  inferencesSettled: number
  proofsVerified: number
  /** verified / verifiable (settled − unverifiable) */
  verifiedShare: number | null
  payingWalletsAllTime: number
  /** distinct paying wallets on the last complete day */
  payingWalletsLastDay: number | null
  /** mean over up to 7 complete days of OG settlements + heartbeats + staking events and Base OPG transfers */
  txPerDay: number | null
  txDays: number
  enabledTees: number
  heartbeatingTees: number | null
  lastDay: string | null
  /** the close as the API gives it (a decimal string, exact) */
  priceUsd: string | null
  priceAt: string | null
  highUsd: number | null
  highAt: string | null
  /** price / high − 1 (≤ 0) */
  drawdown: number | null
  circulatingWei: string | null
  circulatingShare: number | null
  nextCliff: { date: string; daysUntil: number; allocations: string[] } | null
}

const TOTAL_SUPPLY = unitsToNumber(OPG_TOTAL_SUPPLY)

const txOfDay = (d: RecentDayWire) => (d.settlements ?? 0) + (d.heartbeats ?? 0) + (d.stakingEvents ?? 0) + (d.transfers ?? 0)

export function mapHeadline(w: HeadlineWire, now: number = Date.now()): Headline {
  const complete = w.recent.filter((d) => !isPartialDay(Date.parse(d.date), now))
  const week = complete.slice(0, 7)
  const lastComplete = complete[0] ?? null
  const latest = w.recent[0] ?? null
  const price = w.lastPrice[0] ? Number(w.lastPrice[0].close) : null
  const high = w.allTimeHigh[0] ? Number(w.allTimeHigh[0].high) : null
  const circulating = latest?.circulatingSupply ?? null
  return {
    inferencesSettled: w.proofs.total.settled,
    proofsVerified: w.proofs.total.verified,
    verifiedShare: w.proofs.total.verifiedShare,
    payingWalletsAllTime: w.payingWallets.totalCount,
    payingWalletsLastDay: lastComplete?.payingWallets ?? null,
    txPerDay: week.length > 0 ? week.reduce((s, d) => s + txOfDay(d), 0) / week.length : null,
    txDays: week.length,
    enabledTees: w.enabledTees.totalCount,
    heartbeatingTees: lastComplete?.activeTees ?? null,
    lastDay: lastComplete?.date ?? null,
    priceUsd: w.lastPrice[0]?.close ?? null,
    priceAt: w.lastPrice[0]?.start ?? null,
    highUsd: high,
    highAt: w.allTimeHigh[0]?.start ?? null,
    drawdown: price != null && high ? price / high - 1 : null,
    circulatingWei: circulating,
    circulatingShare: circulating != null ? unitsToNumber(circulating) / TOTAL_SUPPLY : null,
    nextCliff: w.pressure.nextCliff,
  }
}

// ---------------------------------------------------------------- usage over time

export const USAGE_QUERY = /* GraphQL */ `
query UsageOverTime($from: DateTime!, $to: DateTime!, $interval: TimeInterval!) {
  batch: timeSeries(metric: BATCH_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  individual: timeSeries(metric: INDIVIDUAL_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  legacy: timeSeries(metric: LEGACY_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  hub: timeSeries(metric: HUB_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  payments: timeSeries(metric: PAYMENTS, interval: $interval, from: $from, to: $to) { points { t value filled } }
  payingWallets: timeSeries(metric: PAYING_WALLETS, interval: $interval, from: $from, to: $to) { points { t value filled } }
  price: timeSeries(metric: PRICE, interval: $interval, from: $from, to: $to) { points { t value filled } }
}`

export interface SeriesPointWire {
  t: string
  value: string | null
  filled: boolean
}

type Series = { points: SeriesPointWire[] }

export interface UsageWire {
  batch: Series
  individual: Series
  legacy: Series
  hub: Series
  payments: Series
  payingWallets: Series
  price: Series
}

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

/** Joins the aligned series by bucket start; the API fills gaps, so a missing point reads 0 / null. */
export function mapUsage(w: UsageWire, bucketMs: number = DAY_MS, now: number = Date.now()): UsageRow[] {
  const rows = new Map<number, UsageRow>()
  const row = (t: number): UsageRow => {
    let r = rows.get(t)
    if (!r) {
      r = { t, batch: 0, individual: 0, legacy: 0, hub: 0, inferences: 0, payments: 0, payingWallets: 0, priceUsd: null, partial: t + bucketMs > now }
      rows.set(t, r)
    }
    return r
  }
  const num = (p: SeriesPointWire) => (p.value == null ? 0 : Number(p.value))
  for (const key of ['batch', 'individual', 'legacy', 'hub', 'payments', 'payingWallets'] as const) {
    for (const p of w[key].points) row(Date.parse(p.t))[key] = num(p)
  }
  for (const p of w.price.points) row(Date.parse(p.t)).priceUsd = p.value == null ? null : Number(p.value)
  const out = [...rows.values()].sort((a, b) => a.t - b.t)
  for (const r of out) r.inferences = r.batch + r.individual + r.legacy + r.hub
  return out
}

// ---------------------------------------------------------------- supply schedule

export const SUPPLY_QUERY = /* GraphQL */ `
query SupplySchedule($interval: ScheduleInterval!) {
  supplySchedule(interval: $interval) {
    totalSupply
    observedUntil
    nextCliff { date daysUntil allocations }
    allocations { id label shareBps published note points { t projected observed } }
    circulating { t projectedPercent observedPercent }
  }
}`

export interface SupplyWire {
  supplySchedule: {
    totalSupply: string
    observedUntil: string | null
    nextCliff: { date: string; daysUntil: number; allocations: string[] } | null
    allocations: Array<{ id: string; label: string; shareBps: number; published: boolean; note: string; points: Array<{ t: string; projected: string; observed: string | null }> }>
    circulating: Array<{ t: string; projectedPercent: number; observedPercent: number | null }>
  }
}

export interface AllocationInfo {
  id: string
  label: string
  shareBps: number
  published: boolean
  note: string
}

export interface SupplyRow {
  t: number
  /** OPG unlocked per allocation id: observed up to observedUntil, projected after */
  values: Record<string, number>
  /** true after the last indexed day */
  projected: boolean
  /** circulating % of total supply as observed on chain (null after observedUntil) */
  circulatingObserved: number | null
  /** circulating % by the projected schedule, drawn from the last observed point on */
  circulatingProjected: number | null
}

export interface SupplyChartData {
  allocations: AllocationInfo[]
  rows: SupplyRow[]
  observedUntil: number | null
  nextCliff: { t: number; daysUntil: number; allocations: string[] } | null
}

export function mapSupply(w: SupplyWire): SupplyChartData {
  const s = w.supplySchedule
  const observedUntil = s.observedUntil ? Date.parse(s.observedUntil) : null
  const rows = new Map<number, SupplyRow>()
  const row = (t: number) => {
    let r = rows.get(t)
    if (!r) {
      r = { t, values: {}, projected: observedUntil === null || t > observedUntil, circulatingObserved: null, circulatingProjected: null }
      rows.set(t, r)
    }
    return r
  }
  for (const a of s.allocations) {
    for (const p of a.points) {
      const r = row(Date.parse(p.t))
      r.values[a.id] = unitsToNumber(!r.projected && p.observed != null ? p.observed : p.projected)
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.t - b.t)
  const lastObserved = [...sorted].reverse().find((r) => !r.projected)
  for (const c of s.circulating) {
    const r = rows.get(Date.parse(c.t))
    if (!r) continue
    if (!r.projected) r.circulatingObserved = c.observedPercent
    // the projected line starts at the last observed point so the two lines meet
    if (r.projected || r === lastObserved) r.circulatingProjected = c.projectedPercent
  }
  return {
    allocations: s.allocations.map(({ id, label, shareBps, published, note }) => ({ id, label, shareBps, published, note })),
    rows: sorted,
    observedUntil,
    nextCliff: s.nextCliff ? { t: Date.parse(s.nextCliff.date), daysUntil: s.nextCliff.daysUntil, allocations: s.nextCliff.allocations } : null,
  }
}

// ---------------------------------------------------------------- unlock pressure

export const PRESSURE_QUERY = /* GraphQL */ `
query UnlockPressure($windowDays: Int!) {
  unlockPressure(windowDays: $windowDays) {
    at windowDays revenueUsd dailyRevenueUsd priceUsd unlockingOpg unlockingUsd coverageRatio
    byAllocation { id label amount }
    nextCliff { date daysUntil allocations }
    cliffWindowOpg cliffWindowUsd daysOfUsageToAbsorbCliff
  }
}`

export interface PressureWire {
  unlockPressure: {
    at: string
    windowDays: number
    revenueUsd: string
    dailyRevenueUsd: string
    priceUsd: string | null
    unlockingOpg: string
    unlockingUsd: string | null
    coverageRatio: number | null
    byAllocation: Array<{ id: string; label: string; amount: string }>
    nextCliff: { date: string; daysUntil: number; allocations: string[] } | null
    cliffWindowOpg: string | null
    cliffWindowUsd: string | null
    daysOfUsageToAbsorbCliff: number | null
  }
}

export interface PressureBar {
  key: 'revenue' | 'unlocking' | 'cliff'
  label: string
  usd: number
  opg: number | null
}

export interface PressureData {
  at: number
  windowDays: number
  bars: PressureBar[]
  coverageRatio: number | null
  dailyRevenueUsd: number
  priceUsd: number | null
  daysOfUsageToAbsorbCliff: number | null
  nextCliff: { t: number; daysUntil: number } | null
  byAllocation: Array<{ id: string; label: string; opg: number }>
}

export function mapPressure(w: PressureWire): PressureData {
  const p = w.unlockPressure
  const bars: PressureBar[] = [{ key: 'revenue', label: `x402 revenue, last ${p.windowDays} d`, usd: Number(p.revenueUsd), opg: null }]
  if (p.unlockingUsd != null) bars.push({ key: 'unlocking', label: `Unlocking, next ${p.windowDays} d`, usd: Number(p.unlockingUsd), opg: unitsToNumber(p.unlockingOpg) })
  if (p.cliffWindowUsd != null) bars.push({ key: 'cliff', label: `First ${p.windowDays} d after the cliff`, usd: Number(p.cliffWindowUsd), opg: p.cliffWindowOpg ? unitsToNumber(p.cliffWindowOpg) : null })
  return {
    at: Date.parse(p.at),
    windowDays: p.windowDays,
    bars,
    coverageRatio: p.coverageRatio,
    dailyRevenueUsd: Number(p.dailyRevenueUsd),
    priceUsd: p.priceUsd == null ? null : Number(p.priceUsd),
    daysOfUsageToAbsorbCliff: p.daysOfUsageToAbsorbCliff,
    nextCliff: p.nextCliff ? { t: Date.parse(p.nextCliff.date), daysUntil: p.nextCliff.daysUntil } : null,
    byAllocation: p.byAllocation.map((a) => ({ id: a.id, label: a.label, opg: unitsToNumber(a.amount) })).filter((a) => a.opg > 0),
  }
}

// ---------------------------------------------------------------- proof coverage

export const COVERAGE_QUERY = /* GraphQL */ `
query ProofCoverage($from: DateTime, $to: DateTime) {
  byMode: proofCoverage(by: MODE, from: $from, to: $to) {
    source
    rows { key settled verified invalid pending unverifiable verifiedShare }
    total { settled verified invalid pending unverifiable verifiedShare }
  }
  byTee: proofCoverage(by: TEE, from: $from, to: $to) {
    rows { key settled verified invalid pending unverifiable verifiedShare }
  }
}`

export interface CoverageRowWire {
  key: string
  settled: number
  verified: number
  invalid: number
  pending: number
  unverifiable: number
  verifiedShare: number | null
}

export interface CoverageWire {
  byMode: { source: string; rows: CoverageRowWire[]; total: Omit<CoverageRowWire, 'key'> }
  byTee: { rows: CoverageRowWire[] }
}

export type CoverageRow = CoverageRowWire

export interface CoverageData {
  byMode: CoverageRow[]
  byTee: CoverageRow[]
  total: Omit<CoverageRow, 'key'>
  source: string
}

export function mapCoverage(w: CoverageWire): CoverageData {
  const bySettled = (a: CoverageRow, b: CoverageRow) => b.settled - a.settled
  return {
    byMode: [...w.byMode.rows].sort(bySettled),
    byTee: [...w.byTee.rows].sort(bySettled),
    total: w.byMode.total,
    source: w.byMode.source,
  }
}
