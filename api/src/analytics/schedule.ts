import { ALLOCATIONS, OPG_TOTAL_SUPPLY, allocationAmount, nextCliff, scheduleTimes, type AllocationSchedule } from '@og-explorer/common'

/** Schedule maths on top of common's typed table, in milliseconds at the API's edge. */

/** An allocation's schedule with its calendar maths done: what projectedUnlocked recomputes on every call. */
interface Curve {
  start: number
  cliffEnd: number
  duration: number
  atTge: bigint
  rest: bigint
  linear: boolean
}

const curves = new WeakMap<AllocationSchedule, Curve>()

function curveOf(allocation: AllocationSchedule): Curve {
  let c = curves.get(allocation)
  if (!c) {
    const total = allocationAmount(allocation)
    const { start, cliffEnd, duration } = scheduleTimes(allocation)
    const atTge = (total * BigInt(allocation.tgeBps)) / 10_000n
    c = { start, cliffEnd, duration, atTge, rest: total - atTge, linear: allocation.vestingMonths !== 0 }
    curves.set(allocation, c)
  }
  return c
}

/**
 * common's projectedUnlocked (the devnet vesting contract's rule) with the allocation's dates and
 * amounts computed once: a day-by-day schedule asks for thousands of points per allocation, and
 * redoing the calendar maths for each kept a supplySchedule request on the event loop for long.
 */
export function projectedAt(allocation: AllocationSchedule, ms: number): bigint {
  const at = Math.floor(ms / 1000)
  const c = curveOf(allocation)
  if (at < c.start) return 0n
  if (!c.linear || at < c.cliffEnd) return c.atTge
  const elapsed = BigInt(Math.min(at - c.cliffEnd, c.duration))
  return c.atTge + (c.rest * elapsed) / BigInt(c.duration)
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
