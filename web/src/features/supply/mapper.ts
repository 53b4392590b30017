/** The supply schedule and unlock pressure answers as chart rows and bars. */
import type { SupplyScheduleQuery, UnlockPressureQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

const AIRDROP = 'airdrop'

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
  /** circulating % forecast from the last observed point on (the API's forecast: equal to observed there) */
  circulatingProjected: number | null
  /** airdrop not yet claimed, % of total supply: a band above circulating, not part of it */
  unclaimedAirdrop: number | null
}

export interface SupplyChartData {
  allocations: AllocationInfo[]
  rows: SupplyRow[]
  observedUntil: number | null
  nextCliff: { t: number; daysUntil: number; allocations: string[] } | null
  /** what the circulating forecast assumes, one sentence each */
  forecastAssumes: string[]
}

export function mapSupply(w: SupplyScheduleQuery): SupplyChartData {
  const s = w.supplySchedule
  const observedUntil = s.observedUntil ? Date.parse(s.observedUntil) : null
  const rows = new Map<number, SupplyRow>()
  const row = (t: number) => {
    let r = rows.get(t)
    if (!r) {
      r = {
        t,
        values: {},
        projected: observedUntil === null || t > observedUntil,
        circulatingObserved: null,
        circulatingProjected: null,
        unclaimedAirdrop: null,
      }
      rows.set(t, r)
    }
    return r
  }
  for (const a of s.allocations) {
    // the schedule counts the whole airdrop as liquid, but only claims circulate: after the last
    // observed point the airdrop stays at what was claimed, the rest is the unclaimed band
    let claimed: string | null = null
    for (const p of [...a.points].sort((x, y) => Date.parse(x.t) - Date.parse(y.t))) {
      const r = row(Date.parse(p.t))
      if (!r.projected && p.observed != null) claimed = p.observed
      const carried = a.id === AIRDROP && r.projected && claimed !== null ? claimed : p.projected
      r.values[a.id] = unitsToNumber(!r.projected && p.observed != null ? p.observed : carried)
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.t - b.t)
  for (const c of s.circulating) {
    const r = rows.get(Date.parse(c.t))
    if (!r) continue
    if (!r.projected) r.circulatingObserved = c.observedPercent ?? null
    // the API's forecast starts at the last observed point with its value, so the two lines meet
    r.circulatingProjected = c.forecastPercent ?? null
    r.unclaimedAirdrop = c.unclaimedAirdropPercent
  }
  return {
    allocations: s.allocations.map(({ id, label, shareBps, published, note }) => ({ id, label, shareBps, published, note })),
    rows: sorted,
    observedUntil,
    nextCliff: s.nextCliff ? { t: Date.parse(s.nextCliff.date), daysUntil: s.nextCliff.daysUntil, allocations: s.nextCliff.allocations } : null,
    forecastAssumes: s.forecastAssumes,
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
  /** indexed days inside the trailing window: fewer than windowDays when the index is younger */
  trailingDays: number
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
  const bars: PressureBar[] = [{ key: 'revenue', label: `x402 revenue, last ${p.trailingDays} d`, usd: Number(p.revenueUsd), opg: null }]
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
    trailingDays: p.trailingDays,
    bars,
    coverageRatio: p.coverageRatio ?? null,
    dailyRevenueUsd: Number(p.dailyRevenueUsd),
    priceUsd: p.priceUsd == null ? null : Number(p.priceUsd),
    daysOfUsageToAbsorbCliff: p.daysOfUsageToAbsorbCliff ?? null,
    nextCliff: p.nextCliff ? { t: Date.parse(p.nextCliff.date), daysUntil: p.nextCliff.daysUntil } : null,
    byAllocation: p.byAllocation.map((a) => ({ id: a.id, label: a.label, opg: unitsToNumber(a.amount) })).filter((a) => a.opg > 0),
  }
}
