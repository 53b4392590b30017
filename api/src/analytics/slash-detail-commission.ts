/**
 * A validator's commission against the chain's limits. The chain's minimum (min_commission_rate)
 * is one parameter for everyone; the maximum rate and the maximum daily change are declared by each
 * validator when it is created, and the staking precompile's view does not report them, so they
 * are not indexed: the limits shown are those OpenGradient's mainnet genesis validators declare.
 * Cosmos lets a commission change at most once per 24 h, by at most the max change rate.
 * Sources: docs/sources.md#8-staking-and-validators-og-chain.
 */

import { DAY_MS } from '@og-explorer/common'

export const COMMISSION_RULES = {
  /** staking params min_commission_rate, one value for the chain */
  minRate: 0.05,
  /** --commission-max-rate of the mainnet genesis validators */
  maxRate: 0.5,
  /** --commission-max-change-rate of the mainnet genesis validators, per 24 h */
  maxChangeRate: 0.01,
  source:
    "og-evm scripts/mainnet/genesis.sh: min_commission_rate 0.05 (the chain's), commission max rate 0.50 and max change rate 0.01 a day (what the genesis validators declare; each validator's own declaration is not in the staking precompile's view, so it is not indexed); Cosmos SDK x/staking: one change per 24 h, by at most the max change rate",
} as const

/** rounding noise of BigDecimal rates read as floats */
const EPSILON = 1e-9

export interface RateChange {
  rate: number
  previousRate: number
  /** milliseconds */
  timestamp: number
}

export interface DailyChangeCheck {
  /** the largest move of the rate within any 24 h, as a fraction (0.10 → 0.18 is 0.08) */
  largestDailyChange: number
  /** when the 24 h of that move ended (the change that completed it), null without changes */
  largestDailyChangeAt: number | null
  /** changes that moved the rate by more than maxChangeRate within 24 h */
  changesOverMax: number
  exceedsMaxChange: boolean
  /** commission now below the chain's minimum or above the reference maximum */
  outsideRange: boolean
}

/**
 * For each change, the move from the rate in effect just before the 24 h that end at it (the
 * previous rate of the first change inside those 24 h) to the rate it set: two changes within a
 * day count together, as the chain's once-a-day rule counts them.
 */
export function dailyChangeCheck(
  changes: readonly RateChange[],
  currentRate: number,
  maxChangeRate: number = COMMISSION_RULES.maxChangeRate,
): DailyChangeCheck {
  const sorted = [...changes].sort((a, b) => a.timestamp - b.timestamp)
  let largest = 0
  let at: number | null = null
  let over = 0
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j > 0 && sorted[i].timestamp - sorted[j - 1].timestamp < DAY_MS) j--
    const move = Math.abs(sorted[i].rate - sorted[j].previousRate)
    if (move > maxChangeRate + EPSILON) over++
    if (move > largest + EPSILON || at === null) {
      largest = Math.max(largest, move)
      at = sorted[i].timestamp
    }
  }
  return {
    largestDailyChange: Math.round(largest * 1e9) / 1e9,
    largestDailyChangeAt: at,
    changesOverMax: over,
    exceedsMaxChange: over > 0,
    outsideRange: currentRate < COMMISSION_RULES.minRate - EPSILON || currentRate > COMMISSION_RULES.maxRate + EPSILON,
  }
}
