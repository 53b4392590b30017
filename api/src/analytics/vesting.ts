import { ALLOCATIONS, addMonths, allocationAmount, scheduleTimes, type AllocationSchedule } from '@og-explorer/common'
import { allocationKind, nextEventOf } from './allocation-table'
import { projectedAt } from './schedule'

/**
 * One vesting contract's or distributor's schedule: its allocation's schedule (common/src/tokenomics.ts)
 * scaled to what this contract holds, beside what it has released on chain. A contract holds
 * released + remaining (its balance); on the devnet that is the whole allocation, on mainnet a
 * distributor may hold one tranche of it, so scheduled amounts are scaled by holdings ÷ allocation.
 */

/** The allocation a source belongs to: from its Unlock rows, or (before its first release) from its label. */
export function allocationOfSource(fromUnlocks: string | null, label: string | null): { allocation: AllocationSchedule; from: 'UNLOCKS' | 'LABEL' } | null {
  if (fromUnlocks) {
    const a = ALLOCATIONS.find((x) => x.id === fromUnlocks)
    return a ? { allocation: a, from: 'UNLOCKS' } : null
  }
  // the devnet labels its vesting contracts "<allocation label> vesting"
  const l = label?.toLowerCase() ?? ''
  const a = ALLOCATIONS.find((x) => l.startsWith(x.label.toLowerCase()))
  return a ? { allocation: a, from: 'LABEL' } : null
}

export interface VestingFacts {
  address: string
  sourceKind: string
  label: string | null
  allocation: AllocationSchedule
  allocationFrom: 'UNLOCKS' | 'LABEL'
  /** OPG wei: sum of this source's Unlock rows */
  released: bigint
  releases: number
  /** OPG wei: the source's balance */
  remaining: bigint
  beneficiaries: string[]
  beneficiaryCount: number
  firstRelease: number | null
  lastRelease: number | null
}

function scale(amount: bigint, holdings: bigint, total: bigint): bigint {
  return total === 0n ? 0n : (amount * holdings) / total
}

export function vestingSchedule(f: VestingFacts, atMs: number) {
  const a = f.allocation
  const total = allocationAmount(a)
  const holdings = f.released + f.remaining
  const { start, cliffEnd, duration } = scheduleTimes(a)
  const kind = allocationKind(a)
  const scheduledReleased = scale(projectedAt(a, atMs), holdings, total)
  const next = nextEventOf(a, atMs)
  return {
    address: f.address,
    label: f.label,
    sourceKind: f.sourceKind,
    allocation: a.id,
    allocationLabel: a.label,
    allocationFrom: f.allocationFrom,
    kind,
    beneficiary: f.beneficiaryCount === 1 ? f.beneficiaries[0] : null,
    beneficiaryCount: f.beneficiaryCount,
    topBeneficiaries: f.beneficiaries,
    start: start * 1000,
    cliffDate: a.cliffMonths > 0 ? cliffEnd * 1000 : null,
    cliffMonths: a.cliffMonths,
    vestingMonths: a.vestingMonths,
    durationDays: duration / 86_400,
    vestingEnd: kind === 'UNSCHEDULED' ? null : addMonths(cliffEnd, a.vestingMonths) * 1000,
    tgePercent: a.tgeBps / 100,
    holdings,
    holdingsPercentOfAllocation: total === 0n ? null : Number((holdings * 1_000_000n) / total) / 10_000,
    released: f.released,
    releases: f.releases,
    remaining: f.remaining,
    scheduledReleased,
    releasableNow: scheduledReleased > f.released ? scheduledReleased - f.released : 0n,
    firstRelease: f.firstRelease,
    lastRelease: f.lastRelease,
    nextRelease: next && { date: next.date, until: next.until, kind: next.kind, amount: scale(next.amount, holdings, total) },
    asOf: atMs,
  }
}
