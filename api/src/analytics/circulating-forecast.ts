/**
 * The forecast of circulating supply after the last observed day. The typed schedule counts the
 * whole airdrop as liquid at TGE, but the indexer counts only what was claimed from its
 * distributor: forecasting from the schedule alone jumps by the unclaimed airdrop the day after
 * "today". So the forecast starts at the last observed value and adds only what the schedule
 * unlocks after it, outside the airdrop; the airdrop nobody claimed yet is its own band.
 */

export interface ForecastInput {
  /** observed circulating supply per point, null where nothing is indexed (after the head) */
  observed: readonly (bigint | null)[]
  /** the schedule's unlocked total per point, every allocation except the airdrop */
  scheduleWithoutAirdrop: readonly bigint[]
  /** airdrop claimed from its distributor before each point, null where nothing is indexed */
  airdropClaimed: readonly (bigint | null)[]
  airdropTotal: bigint
}

export interface ForecastPoint {
  /** null before the last observed point; equal to the observed value at it */
  forecast: bigint | null
  /** airdrop not yet claimed: the claimed amount is carried forward after the last observed point */
  unclaimedAirdrop: bigint
}

export const FORECAST_ASSUMES = [
  'Starts at the last observed circulating supply.',
  'After it, adds what the published (or assumed) schedule unlocks for every allocation except the airdrop.',
  'Unclaimed airdrop stays unclaimed: it is shown as its own band, not counted as circulating.',
  'Tokens already circulating stay circulating (no buy-backs, burns or re-locks).',
] as const

export function forecastCirculating(input: ForecastInput): ForecastPoint[] {
  const { observed, scheduleWithoutAirdrop, airdropClaimed, airdropTotal } = input
  let anchor = -1
  for (let i = 0; i < observed.length; i++) if (observed[i] !== null) anchor = i
  let claimed = 0n
  return observed.map((_, i) => {
    claimed = airdropClaimed[i] ?? claimed
    const unclaimedAirdrop = airdropTotal - claimed
    if (anchor < 0) return { forecast: scheduleWithoutAirdrop[i], unclaimedAirdrop }
    if (i < anchor) return { forecast: null, unclaimedAirdrop }
    const start = observed[anchor] as bigint
    return { forecast: start + scheduleWithoutAirdrop[i] - scheduleWithoutAirdrop[anchor], unclaimedAirdrop }
  })
}
