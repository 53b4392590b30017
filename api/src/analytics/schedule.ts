import { ALLOCATIONS, OPG_TOTAL_SUPPLY, nextCliff, projectedUnlocked, type AllocationSchedule } from '@og-explorer/common'

/** Schedule maths on top of common's typed table, in milliseconds at the API's edge. */

export function projectedAt(allocation: AllocationSchedule, ms: number): bigint {
  return projectedUnlocked(allocation, Math.floor(ms / 1000))
}

/** Projected circulating supply: every allocation's unlocked share (staking unlocks nothing by schedule). */
export function projectedCirculatingAt(ms: number): bigint {
  return ALLOCATIONS.reduce((sum, a) => sum + projectedAt(a, ms), 0n)
}

export interface WindowUnlock {
  id: string
  label: string
  amount: bigint
}

/** OPG each allocation unlocks in [fromMs, toMs) by the projected schedule. */
export function unlockingBetween(fromMs: number, toMs: number): WindowUnlock[] {
  return ALLOCATIONS.map((a) => ({ id: a.id, label: a.label, amount: projectedAt(a, toMs) - projectedAt(a, fromMs) }))
}

export function sumAmounts(list: readonly { amount: bigint }[]): bigint {
  return list.reduce((s, x) => s + x.amount, 0n)
}

export interface CliffInfo {
  at: number
  allocations: string[]
}

export function nextCliffAfter(ms: number): CliffInfo | null {
  const c = nextCliff(Math.floor(ms / 1000))
  return c ? { at: c.at * 1000, allocations: c.allocations } : null
}

/** share of total supply in percent, to 4 decimals */
export function percentOfSupply(amount: bigint): number {
  return Number((amount * 1_000_000n) / OPG_TOTAL_SUPPLY) / 10_000
}
