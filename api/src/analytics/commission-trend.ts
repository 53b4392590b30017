/**
 * A validator's commission history as a delegator weighs it. Every CommissionChange counts, not
 * only recent ones: an operator that went 10 % → 18 % → 25 % over two years has shown what it does
 * when delegators are locked in, and that habit fades slowly, so a rise loses half its weight per
 * COMMISSION_HALF_LIFE_YEARS instead of dropping out after a fixed window.
 */

const YEAR_MS = 365.25 * 24 * 3600 * 1000

/** A rise this long ago weighs half as much as one today. */
export const COMMISSION_HALF_LIFE_YEARS = 1

export interface CommissionChangeFact {
  rate: number
  previousRate: number
  /** milliseconds */
  timestamp: number
}

export interface CommissionTrend {
  /** the rate before the first recorded change (the current rate when there is none) */
  fromRate: number
  /** the rate now */
  toRate: number
  rises: number
  cuts: number
  /** the highest rate this validator has ever charged */
  maxObservedRate: number
  /** the largest single rise, as a fraction (0.10 → 0.18 is 0.08); 0 without rises */
  maxRise: number
  /** Σ rise × 2^(−age / half-life): every rise, weighted by recency */
  weightedRise: number
  /** years between the first and the last change, 0 with fewer than two */
  spanYears: number
}

/** The trend of one validator's changes (in any order) as of `asOf`; changes after `asOf` are ignored. */
export function commissionTrend(changes: readonly CommissionChangeFact[], currentRate: number, asOf: number): CommissionTrend {
  const seen = changes.filter((c) => c.timestamp <= asOf).sort((a, b) => a.timestamp - b.timestamp)
  let rises = 0
  let cuts = 0
  let maxRise = 0
  let weightedRise = 0
  let maxObservedRate = currentRate
  for (const c of seen) {
    const delta = c.rate - c.previousRate
    maxObservedRate = Math.max(maxObservedRate, c.rate, c.previousRate)
    if (delta > 0) {
      rises++
      maxRise = Math.max(maxRise, delta)
      const ageYears = Math.max(0, (asOf - c.timestamp) / YEAR_MS)
      weightedRise += delta * 2 ** (-ageYears / COMMISSION_HALF_LIFE_YEARS)
    } else if (delta < 0) cuts++
  }
  return {
    fromRate: seen.length ? seen[0].previousRate : currentRate,
    toRate: currentRate,
    rises,
    cuts,
    maxObservedRate,
    maxRise,
    weightedRise,
    spanYears: seen.length > 1 ? (seen[seen.length - 1].timestamp - seen[0].timestamp) / YEAR_MS : 0,
  }
}

/**
 * The commission a delegator should expect to pay on average over the next year. Two things a short
 * record cannot prove are taken from the network instead, in proportion to how little record there
 * is (confidence = ageYears / (ageYears + priorYears), as for the risk score):
 * - a rate below the network's stake-weighted mean is a launch price until it has held, so the
 *   starting point is max(currentRate, confidence × currentRate + (1 − confidence) × networkRate);
 * - rises keep coming at the validator's recency-weighted rise per year, shrunk toward the network's:
 *   riseRate = (weightedRise + priorYears × networkRiseRate) / (ageYears + priorYears)
 * expected = min(maxRate, start + riseRate / 2) (the mean of a linear rise over one year is half of
 * it); maxRate is the validator's declared maximum when the chain reports one, else 1.
 */
export function expectedCommission(i: {
  currentRate: number
  weightedRise: number
  ageYears: number
  networkRate: number
  networkRiseRate: number
  priorYears: number
  maxRate: number | null
}): number {
  const age = Math.max(0, i.ageYears)
  const confidence = age / (age + i.priorYears)
  const start = Math.max(i.currentRate, confidence * i.currentRate + (1 - confidence) * i.networkRate)
  const riseRate = (i.weightedRise + i.priorYears * i.networkRiseRate) / (age + i.priorYears)
  return Math.min(i.maxRate ?? 1, start + riseRate / 2)
}

/** Recency-weighted commission rise per validator-year across the network (the prior in expectedCommission). */
export function networkRiseRate(validators: readonly { weightedRise: number; ageYears: number }[]): number {
  const years = validators.reduce((s, v) => s + Math.max(0, v.ageYears), 0)
  const rise = validators.reduce((s, v) => s + v.weightedRise, 0)
  return years > 0 ? rise / years : 0
}
