/**
 * The shapes the seed documents describe, as pure functions of the simulated day (0 = TGE).
 * Kept apart from the transaction code so they can be tested and tuned on their own.
 */

/** The announcement that brings an airdrop-farming spike (mid-June 2026). */
export const ANNOUNCEMENT_DAY = 55

/** Relative organic usage: grows steadily from TGE. */
export function organicWeight(day: number, totalDays: number): number {
  const progress = Math.min(1, day / Math.max(1, totalDays))
  return 0.25 + 1.75 * Math.pow(progress, 1.2)
}

/** Extra usage from farming around the announcement: a sharp rise that decays within days. */
export function farmingWeight(day: number): number {
  if (day < ANNOUNCEMENT_DAY - 1) return 0
  if (day === ANNOUNCEMENT_DAY - 1) return 1.5
  return 6 * Math.exp(-(day - ANNOUNCEMENT_DAY) / 2.5)
}

/**
 * Splits `total` items over the days in proportion to `weight(day)`, with integer counts that add
 * up exactly (largest remainder).
 */
export function distribute(total: number, days: number, weight: (day: number) => number): number[] {
  const weights = Array.from({ length: days }, (_, d) => Math.max(0, weight(d)))
  const sum = weights.reduce((s, w) => s + w, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (w / sum) * total)
  const counts = exact.map(Math.floor)
  let left = total - counts.reduce((s, c) => s + c, 0)
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length].i]++
  return counts
}

/**
 * Target OPG price in USD: $0.48 at TGE, sliding more than 60% to a low around day 75, then a
 * partial, choppy recovery. The DEX traders steer the pool toward it.
 */
export function targetPrice(day: number): number {
  const start = 0.48
  const low = 0.155
  const lowDay = 75
  if (day <= lowDay) {
    const t = day / lowDay
    return start * Math.pow(low / start, Math.pow(t, 0.8))
  }
  const recovered = low * (1 + 0.45 * (1 - Math.exp(-(day - lowDay) / 40)))
  return recovered * (1 + 0.06 * Math.sin(day / 6))
}
