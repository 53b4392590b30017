/**
 * The delegator's risk score and expected loss. Every input is something the explorer shows, and
 * every component is returned, so a delegator can see why a validator scores as it does. The
 * formula is repeated in the SDL description of ValidatorRisk and in docs/api.md.
 */

export interface RiskInputs {
  slashCount: number
  jailCount: number
  jailed: boolean
  /** the linked TEE's uptime, 0..1; null when the operator runs no TEE we can see */
  teeUptime: number | null
  /** every commission rise, weighted by recency (CommissionTrend.weightedRise), as a fraction (0.05 → 0.10 is 0.05) */
  commissionWeightedRise: number
  /** selfBond / stake */
  selfBondShare: number
  /** stake / total stake */
  stakeShare: number
}

export interface RiskComponents {
  slashing: number
  jailing: number
  downtime: number
  commission: number
  selfBond: number
  concentration: number
}

export const RISK_WEIGHTS: RiskComponents = { slashing: 0.3, jailing: 0.2, downtime: 0.2, commission: 0.1, selfBond: 0.1, concentration: 0.1 }

/** unknown uptime is not good uptime: it scores half way */
export const UNKNOWN_UPTIME_COMPONENT = 0.5

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

export function riskComponents(i: RiskInputs): RiskComponents {
  return {
    slashing: 1 - Math.exp(-i.slashCount),
    jailing: i.jailed ? 1 : 1 - Math.exp(-i.jailCount / 2),
    // 10% downtime already counts as the worst
    downtime: i.teeUptime === null ? UNKNOWN_UPTIME_COMPONENT : clamp01((1 - i.teeUptime) * 10),
    // 10 points of recency-weighted rises count as the worst: 10 % → 18 % → 25 % within the year is there
    commission: clamp01(i.commissionWeightedRise / 0.1),
    // an operator with at least 10% of its stake as self-bond has enough skin in the game
    selfBond: 1 - clamp01(i.selfBondShare / 0.1),
    // a third of the stake can halt a BFT chain
    concentration: clamp01(i.stakeShare / (1 / 3)),
  }
}

/** 0 (no observed risk) to 100 (worst on every component). */
export function riskScore(c: RiskComponents, weights: RiskComponents = RISK_WEIGHTS): number {
  const total = (Object.keys(weights) as (keyof RiskComponents)[]).reduce((s, k) => s + weights[k] * c[k], 0)
  return Math.round(total * 100 * 100) / 100
}

/**
 * How much of a validator's score rests on its own record: ageYears / (ageYears + PRIOR_YEARS).
 * A validator one PRIOR_YEARS old is judged half on its record and half on the network's.
 */
export function confidence(ageYears: number): number {
  const age = Math.max(0, ageYears)
  return age / (age + PRIOR_YEARS)
}

/**
 * The score a ranking can use: the validator's own score shrunk toward the network's mean score by
 * the same PRIOR_YEARS the expected loss uses, so a few clean weeks cannot outrank years of record:
 *   risk = confidence × rawRisk + (1 − confidence) × priorRisk
 */
export function shrinkRisk(rawRisk: number, ageYears: number, priorRisk: number): number {
  const c = confidence(ageYears)
  return Math.round((c * rawRisk + (1 - c) * priorRisk) * 100) / 100
}

/** The mean raw score across the network: what a validator with no record is assumed to be. */
export function priorRisk(rawRisks: readonly number[]): number {
  return rawRisks.length ? rawRisks.reduce((s, r) => s + r, 0) / rawRisks.length : 0
}

export interface LossInputs {
  slashCount: number
  /** years since the validator was created */
  ageYears: number
  /** slashes per validator-year across the network (the prior) */
  networkSlashRate: number
  /** share of stake a slash takes, observed across the network */
  slashFraction: number
}

/** Years of network history the prior counts for, so a new validator is not judged on a few days. */
export const PRIOR_YEARS = 1
/** The share of stake a slash takes when the network has never slashed (Cosmos' double-sign default). */
export const DEFAULT_SLASH_FRACTION = 0.05

/**
 * Expected OPG lost per 1,000 delegated over the next year:
 *   λ = (slashCount + PRIOR_YEARS × networkSlashRate) / (ageYears + PRIOR_YEARS)   slashes per year
 *   P = 1 − e^(−λ)                                                               chance of a slash within a year
 *   expected loss = 1,000 × P × slashFraction
 */
export function expectedLossPer1000(i: LossInputs): { lambda: number; probability: number; loss: number } {
  const lambda = (i.slashCount + PRIOR_YEARS * i.networkSlashRate) / (Math.max(0, i.ageYears) + PRIOR_YEARS)
  const probability = 1 - Math.exp(-lambda)
  return { lambda, probability, loss: 1000 * probability * i.slashFraction }
}

/** Slashes per validator-year, from every validator's count and age. */
export function networkSlashRate(validators: readonly { slashCount: number; ageYears: number }[]): number {
  const years = validators.reduce((s, v) => s + Math.max(0, v.ageYears), 0)
  const slashes = validators.reduce((s, v) => s + v.slashCount, 0)
  return years > 0 ? slashes / years : 0
}

/**
 * Share of stake one slash takes: total slashed over the stake the slashed validators held before
 * (today's stake plus what they lost), per slash. Falls back to DEFAULT_SLASH_FRACTION.
 */
export function observedSlashFraction(validators: readonly { slashCount: number; totalSlashed: bigint; stake: bigint }[]): number {
  const slashed = validators.filter((v) => v.slashCount > 0 && v.totalSlashed > 0n)
  if (slashed.length === 0) return DEFAULT_SLASH_FRACTION
  const fractions = slashed.map((v) => Number((v.totalSlashed * 1_000_000n) / (v.stake + v.totalSlashed)) / 1_000_000 / v.slashCount)
  return fractions.reduce((s, f) => s + f, 0) / fractions.length
}
