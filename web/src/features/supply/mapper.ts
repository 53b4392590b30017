/** The supply schedule and unlock pressure answers as chart rows and bars. */
import type { SupplyScheduleQuery, UnlockPressureQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

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

export function mapSupply(w: SupplyScheduleQuery): SupplyChartData {
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
    if (!r.projected) r.circulatingObserved = c.observedPercent ?? null
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

export function mapPressure(w: UnlockPressureQuery): PressureData {
  const p = w.unlockPressure
  const bars: PressureBar[] = [{ key: 'revenue', label: `x402 revenue, last ${p.windowDays} d`, usd: Number(p.revenueUsd), opg: null }]
  if (p.unlockingUsd != null)
    bars.push({ key: 'unlocking', label: `Unlocking, next ${p.windowDays} d`, usd: Number(p.unlockingUsd), opg: unitsToNumber(p.unlockingOpg) })
  if (p.cliffWindowUsd != null)
    bars.push({
      key: 'cliff',
      label: `First ${p.windowDays} d after the cliff`,
      usd: Number(p.cliffWindowUsd),
      opg: p.cliffWindowOpg ? unitsToNumber(p.cliffWindowOpg) : null,
    })
  return {
    at: Date.parse(p.at),
    windowDays: p.windowDays,
    bars,
    coverageRatio: p.coverageRatio ?? null,
    dailyRevenueUsd: Number(p.dailyRevenueUsd),
    priceUsd: p.priceUsd == null ? null : Number(p.priceUsd),
    daysOfUsageToAbsorbCliff: p.daysOfUsageToAbsorbCliff ?? null,
    nextCliff: p.nextCliff ? { t: Date.parse(p.nextCliff.date), daysUntil: p.nextCliff.daysUntil } : null,
    byAllocation: p.byAllocation.map((a) => ({ id: a.id, label: a.label, opg: unitsToNumber(a.amount) })).filter((a) => a.opg > 0),
  }
}
