/**
 * The reward side of a delegation, from rewards observed on chain. Withdrawn delegator rewards are
 * already net of the validator's commission, so each is grossed up by the commission in effect when
 * it was withdrawn; the sum over the stake the network held gives one gross yield per staked token,
 * the same for every bonded validator (rewards follow voting power), and each validator's expected
 * commission takes its cut. Rewards are counted when withdrawn, not when they accrue, so the yield
 * trails the true one when delegators let rewards sit.
 */

const YEAR_DAYS = 365.25

export interface ObservedReward {
  /** ogwei withdrawn by delegators (after commission) */
  amount: bigint
  /** the commission the validator charged at the time, fraction; for claims across validators, the stake-weighted mean */
  commission: number
}

/** The commission in effect at `t`: the rate set by the last change at or before it, else the rate before the first change. */
export function commissionAt(changes: readonly { rate: number; previousRate: number; timestamp: number }[], currentRate: number, t: number): number {
  const sorted = [...changes].sort((a, b) => a.timestamp - b.timestamp)
  if (sorted.length === 0) return currentRate
  let rate = sorted[0].previousRate
  for (const c of sorted) {
    if (c.timestamp > t) break
    rate = c.rate
  }
  return rate
}

/**
 * Gross reward per staked token per year:
 *   grossYield = Σ (withdrawn / (1 − commission then)) / Σ_days (total staked that day / 365.25)
 * 0 when nothing was staked in the window. A commission of 100 % leaves nothing to gross up, so such
 * withdrawals (which cannot exist) are skipped rather than divided by zero.
 */
export function grossRewardYield(rewards: readonly ObservedReward[], stakeDays: number): number {
  const stakeYears = stakeDays / YEAR_DAYS
  if (stakeYears <= 0) return 0
  const gross = rewards.reduce((s, r) => (r.commission >= 1 ? s : s + Number(r.amount) / (1 - r.commission)), 0)
  return gross / stakeYears
}

/**
 * OPG a delegator of 1,000 OPG can expect over the next year:
 *   reward = earning ? 1000 × grossYield × (1 − expected commission) : 0
 * where `earning` is false for a jailed or unbonded validator, which earns nothing until it is back.
 */
export function expectedRewardPer1000(i: { grossYield: number; expectedCommission: number; earning: boolean }): number {
  return i.earning ? 1000 * i.grossYield * Math.max(0, 1 - i.expectedCommission) : 0
}
