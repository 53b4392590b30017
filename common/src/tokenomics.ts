import { OPG_UNIT } from './units.js'

/**
 * The OPG allocation table and its unlock schedules, as one typed config. The devnet's vesting
 * contracts are deployed from it, and the indexer and API use it as the projected schedule.
 *
 * Sources (docs/sources.md#12-tokenomics): total supply and decimals are official
 * (og-evm mainnet README, MiCAR white paper); TGE 2026-04-21 is official (tee-gateway price feed
 * cutover); the per-category shares and schedules are third-party (several consistent Binance Square
 * posts summarising the official tokenomics page, which is not public in the sources examined).
 * Staking and Liquidity have no published schedule: we treat Liquidity as liquid at TGE (which is
 * what makes the reported ~19% circulating in May-June 2026 add up: 4% + 5% + 4% + 6%) and the
 * Staking pool as non-circulating until paid out as rewards.
 */
export const TOKENOMICS_SOURCE =
  'Total supply/decimals/TGE: og-evm scripts/mainnet/README.md, MiCAR white paper, tee-gateway price_feed/config.py; ' +
  'allocation shares and schedules: third-party summaries of the official tokenomics (see docs/sources.md#12-tokenomics)'

export const OPG_TOTAL_SUPPLY = 1_000_000_000n * OPG_UNIT
/** Token generation event, 2026-04-21 00:00 UTC (the gateway's price cutover was 12:30 UTC that day) */
export const TGE_TIMESTAMP = Date.UTC(2026, 3, 21) / 1000

export type AllocationId = 'ecosystem' | 'foundation' | 'coreContributors' | 'investorsAdvisors' | 'staking' | 'liquidity' | 'airdrop'

export interface AllocationSchedule {
  id: AllocationId
  label: string
  /** share of total supply, basis points */
  shareBps: number
  /** share of this allocation unlocked at TGE, basis points */
  tgeBps: number
  /** months after TGE before the linear part starts */
  cliffMonths: number
  /** months of linear vesting of the rest, after the cliff; 0 = nothing vests linearly */
  vestingMonths: number
  /** false where no schedule was published and ours is an assumption */
  published: boolean
  note: string
}

// biome-ignore format: the allocation table reads best one allocation per line
export const ALLOCATIONS: readonly AllocationSchedule[] = [
  { id: 'ecosystem', label: 'Ecosystem', shareBps: 4000, tgeBps: 1000, cliffMonths: 0, vestingMonths: 60, published: true, note: '10% at TGE, then linear over 60 months' },
  { id: 'foundation', label: 'Foundation', shareBps: 1500, tgeBps: 3333, cliffMonths: 0, vestingMonths: 48, published: true, note: '33.33% at TGE, then linear over 48 months' },
  { id: 'coreContributors', label: 'Core Contributors', shareBps: 1500, tgeBps: 0, cliffMonths: 12, vestingMonths: 36, published: true, note: '12-month cliff, then linear over 36 months' },
  { id: 'investorsAdvisors', label: 'Investors/Advisors', shareBps: 1000, tgeBps: 0, cliffMonths: 12, vestingMonths: 36, published: true, note: '12-month cliff, then linear over 36 months' },
  { id: 'staking', label: 'Staking', shareBps: 1000, tgeBps: 0, cliffMonths: 0, vestingMonths: 0, published: false, note: 'no schedule given; held by the staking rewards pool (SVIP), non-circulating' },
  { id: 'liquidity', label: 'Liquidity', shareBps: 600, tgeBps: 10000, cliffMonths: 0, vestingMonths: 0, published: false, note: 'no schedule given; assumed liquid at TGE (DEX and exchange liquidity)' },
  { id: 'airdrop', label: 'Airdrop', shareBps: 400, tgeBps: 10000, cliffMonths: 0, vestingMonths: 0, published: true, note: 'liquid at TGE, claimed through a Merkle distributor' },
]

export function allocationAmount(allocation: AllocationSchedule): bigint {
  return (OPG_TOTAL_SUPPLY * BigInt(allocation.shareBps)) / 10_000n
}

/** UNIX seconds of `months` calendar months after `fromSeconds` (UTC). */
export function addMonths(fromSeconds: number, months: number): number {
  const d = new Date(fromSeconds * 1000)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) / 1000
}

export interface ScheduleTimes {
  start: number
  cliffEnd: number
  /** seconds of linear vesting after the cliff */
  duration: number
}

export function scheduleTimes(allocation: AllocationSchedule, tge = TGE_TIMESTAMP): ScheduleTimes {
  const cliffEnd = addMonths(tge, allocation.cliffMonths)
  const end = addMonths(cliffEnd, allocation.vestingMonths)
  return { start: tge, cliffEnd, duration: end - cliffEnd }
}

/**
 * Tokens of an allocation unlocked by `at` under the projected schedule. Mirrors the devnet
 * TokenVesting contract: the TGE share at start, the rest linear from the cliff over the duration.
 * Allocations without a linear part (staking) unlock only their TGE share.
 */
export function projectedUnlocked(allocation: AllocationSchedule, at: number, tge = TGE_TIMESTAMP): bigint {
  const total = allocationAmount(allocation)
  const { start, cliffEnd, duration } = scheduleTimes(allocation, tge)
  if (at < start) return 0n
  const atTge = (total * BigInt(allocation.tgeBps)) / 10_000n
  const rest = total - atTge
  if (allocation.vestingMonths === 0 || at < cliffEnd) return atTge
  const elapsed = BigInt(Math.min(at - cliffEnd, duration))
  return atTge + (rest * elapsed) / BigInt(duration)
}

/** The next date after `at` on which a cliff ends (the April 2027 team and investor cliff). */
export function nextCliff(at: number, tge = TGE_TIMESTAMP): { at: number; allocations: AllocationId[] } | undefined {
  const cliffs = ALLOCATIONS.filter((a) => a.cliffMonths > 0)
    .map((a) => ({ id: a.id, at: scheduleTimes(a, tge).cliffEnd }))
    .filter((c) => c.at > at)
    .sort((x, y) => x.at - y.at)
  if (cliffs.length === 0) return undefined
  const first = cliffs[0].at
  return { at: first, allocations: cliffs.filter((c) => c.at === first).map((c) => c.id) }
}
