import { DAY_MS as DAY } from '@og-explorer/common'

/**
 * Axis ticks people can read: round values (1, 2, 2.5, 5 × 10^k) with as many decimals as the step needs, and
 * calendar-aligned dates (days, weeks, months, quarters, years) spread over the whole domain. Recharts' own
 * ticks follow the data points, so a sparse series leaves half an axis unlabelled and a narrow price range
 * repeats "$0.21" five times.
 */

export interface NiceTicks {
  ticks: number[]
  /** decimals that tell adjacent ticks apart */
  decimals: number
}

/** Round ticks covering [min, max], about `count` of them; the domain to give the axis is [first, last]. */
export function niceTicks(min: number, max: number, count = 5): NiceTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [], decimals: 0 }
  if (min > max) [min, max] = [max, min]
  if (min === max) {
    // a flat series still gets an axis around its value
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1
    return niceTicks(min - pad, max + pad, count)
  }
  const raw = (max - min) / Math.max(1, count - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude
  const first = Math.floor(min / step + 1e-9) * step
  const last = Math.ceil(max / step - 1e-9) * step
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / magnitude === 2.5 ? 1 : 0))
  const ticks: number[] = []
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(Math.min(20, decimals + 2))))
  return { ticks, decimals }
}

/** Zero-based round ticks for quantities (counts, balances, stake): the axis starts at 0 unless values go below. */
export function zeroBasedTicks(max: number, count = 5, min = 0): NiceTicks {
  return niceTicks(Math.min(0, min), Math.max(0, max), count)
}

export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year'

const STEPS: { unit: TimeUnit; every: number; approxMs: number }[] = [
  { unit: 'day', every: 1, approxMs: DAY },
  { unit: 'day', every: 2, approxMs: 2 * DAY },
  { unit: 'week', every: 1, approxMs: 7 * DAY },
  { unit: 'week', every: 2, approxMs: 14 * DAY },
  { unit: 'month', every: 1, approxMs: 30.4 * DAY },
  { unit: 'quarter', every: 1, approxMs: 91.3 * DAY },
  { unit: 'quarter', every: 2, approxMs: 182.6 * DAY },
  { unit: 'year', every: 1, approxMs: 365.25 * DAY },
]

export interface TimeTicks {
  ticks: number[]
  unit: TimeUnit
}

function startOf(ms: number, unit: TimeUnit): Date {
  const d = new Date(ms)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  if (unit === 'year') return new Date(Date.UTC(y, 0, 1))
  if (unit === 'quarter') return new Date(Date.UTC(y, m - (m % 3), 1))
  if (unit === 'month') return new Date(Date.UTC(y, m, 1))
  const day = new Date(Date.UTC(y, m, d.getUTCDate()))
  // weeks start on Monday (ISO 8601)
  if (unit === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day
}

function advance(d: Date, unit: TimeUnit, every: number): Date {
  const next = new Date(d)
  if (unit === 'day') next.setUTCDate(next.getUTCDate() + every)
  else if (unit === 'week') next.setUTCDate(next.getUTCDate() + 7 * every)
  else next.setUTCMonth(next.getUTCMonth() + every * (unit === 'quarter' ? 3 : unit === 'year' ? 12 : 1))
  return next
}

/** Calendar ticks (UTC) from the domain's start to its end, at most `maxTicks`, on the finest unit that fits. */
export function timeTicks(fromMs: number, toMs: number, maxTicks = 6): TimeTicks {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs) return { ticks: [], unit: 'day' }
  const span = Math.max(toMs - fromMs, DAY)
  const step = STEPS.find((s) => span / s.approxMs <= maxTicks) ?? { unit: 'year' as const, every: Math.ceil(span / (365.25 * DAY) / maxTicks), approxMs: 0 }
  const ticks: number[] = []
  let d = startOf(fromMs, step.unit)
  if (d.getTime() < fromMs) d = advance(d, step.unit, 1)
  // half-year and two-week steps stay on calendar boundaries: January/July, and every other Monday
  for (; d.getTime() <= toMs && ticks.length < 500; d = advance(d, step.unit, step.every)) ticks.push(d.getTime())
  return { ticks, unit: step.unit }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A tick's label for its unit: "Sep 14", "Sep 2026", "Q3 2026", "2027" (UTC). */
export function formatTimeTick(ms: number, unit: TimeUnit): string {
  const d = new Date(ms)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  if (unit === 'year') return String(y)
  if (unit === 'quarter') return `Q${Math.floor(m / 3) + 1} ${y}`
  if (unit === 'month') return m === 0 ? String(y) : `${MONTHS[m]} ${y}`
  return `${MONTHS[m]} ${d.getUTCDate()}`
}

/** Props for a recharts numeric time axis labelled on calendar boundaries over [from, to]. */
export function timeAxis(fromMs: number, toMs: number, maxTicks = 6) {
  const { ticks, unit } = timeTicks(fromMs, toMs, maxTicks)
  return {
    type: 'number' as const,
    scale: 'time' as const,
    domain: [fromMs, toMs] as [number, number],
    ticks,
    tickFormatter: (v: number) => formatTimeTick(v, unit),
    interval: 0 as const,
  }
}

/**
 * Props for a category axis of time buckets (one bar per day or per ISO week): calendar ticks over the
 * buckets' span, each placed on the bucket that holds it and labelled for its unit ("Jul 2026" on the week
 * holding July 1st), every one drawn (interval 0). Recharts' default instead measures every bucket's label
 * in the DOM to drop the ones that would overlap, and labels wherever the data happens to fall.
 */
export function bucketTimeAxis(buckets: readonly number[], maxTicks = 5) {
  const labels = new Map<number, string>()
  if (buckets.length > 0) {
    const { ticks, unit } = timeTicks(buckets[0], buckets[buckets.length - 1], maxTicks)
    let i = 0
    for (const tick of ticks) {
      while (i + 1 < buckets.length && buckets[i + 1] <= tick) i++
      if (!labels.has(buckets[i])) labels.set(buckets[i], formatTimeTick(tick, unit))
    }
  }
  return { ticks: [...labels.keys()], interval: 0 as const, tickFormatter: (v: number) => labels.get(v) ?? '' }
}

/** Whole-number ticks over [0, max] for a category axis of counts (periods since a first payment), every one drawn. */
export function countAxisTicks(max: number, maxTicks = 8) {
  const { ticks } = niceTicks(0, Math.max(1, max), maxTicks)
  return { ticks: ticks.filter((v) => Number.isInteger(v) && v <= max), interval: 0 as const }
}

/**
 * Props for a logarithmic number axis from `min` (a power of ten) up to the first power of ten at or above
 * `max`: a tick on every decade, or on every second or third one when there are more than `maxTicks`, all
 * drawn (interval 0). Recharts' own log ticks are every integer multiple of each decade, thinned by measuring
 * each label in the DOM.
 */
export function logAxisTicks(min: number, max: number, maxTicks = 6) {
  const lo = Math.round(Math.log10(min))
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(max, min)) - 1e-9))
  const every = Math.ceil((hi - lo) / Math.max(1, maxTicks - 1))
  // the last decade is always a tick, so the axis ends on a labelled value
  const top = lo + Math.ceil((hi - lo) / every) * every
  const ticks: number[] = []
  for (let e = lo; e <= top; e += every) ticks.push(Number((10 ** e).toPrecision(1)))
  return { ticks, domain: [ticks[0], ticks[ticks.length - 1]] as [number, number], interval: 0 as const }
}
