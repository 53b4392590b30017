import { ALLOCATIONS, addMonths, allocationAmount, scheduleTimes, type AllocationSchedule } from '@og-explorer/common'
import { percentOfSupply, projectedAt } from './schedule'

/**
 * The allocation table and the unlock calendar, from the typed schedule (common/src/tokenomics.ts)
 * and what was observed on chain. Pure: the loader brings the observed totals, the circulating
 * supply and the reference time.
 *
 * Linear vesting is continuous (the devnet TokenVesting contract releases by the second), so the
 * calendar cuts it into calendar months after the cliff, like Tokenomist's monthly bars: an event
 * dated D is what unlocks from D until `until`, one month later. A TGE release is an instant
 * (until = date). The first month after a cliff is marked CLIFF: that is when a cliff allocation
 * starts to unlock (nothing unlocks at the cliff itself under this schedule).
 */

export type AllocationKind = 'TGE' | 'LINEAR' | 'CLIFF' | 'CLIFF_THEN_LINEAR' | 'UNSCHEDULED'
export type UnlockEventKind = 'TGE' | 'CLIFF' | 'LINEAR'
export type UnlockedBasis = 'OBSERVED' | 'PROJECTED'

export function allocationKind(a: AllocationSchedule): AllocationKind {
  if (a.vestingMonths > 0) return a.cliffMonths > 0 ? 'CLIFF_THEN_LINEAR' : 'LINEAR'
  if (a.cliffMonths > 0) return 'CLIFF'
  return a.tgeBps > 0 ? 'TGE' : 'UNSCHEDULED'
}

export interface UnlockEvent {
  /** ms: the start of the period (the instant, for a TGE release) */
  date: number
  /** ms: the end of the period; equal to date for an instant release */
  until: number
  allocation: string
  label: string
  kind: UnlockEventKind
  /** OPG wei */
  amount: bigint
  /** share of total supply, percent */
  supplyPercent: number
}

const eventsByAllocation = new WeakMap<AllocationSchedule, UnlockEvent[]>()

/** Every unlock event of one allocation's schedule, in date order; they add up to what the schedule ever unlocks. */
export function scheduleEvents(a: AllocationSchedule): UnlockEvent[] {
  const cached = eventsByAllocation.get(a)
  if (cached) return cached
  const { start, cliffEnd } = scheduleTimes(a)
  const event = (date: number, until: number, kind: UnlockEventKind, amount: bigint): UnlockEvent => ({
    date: date * 1000,
    until: until * 1000,
    allocation: a.id,
    label: a.label,
    kind,
    amount,
    supplyPercent: percentOfSupply(amount),
  })
  const events: UnlockEvent[] = []
  const atTge = projectedAt(a, start * 1000)
  if (atTge > 0n) events.push(event(start, start, 'TGE', atTge))
  for (let k = 0; k < a.vestingMonths; k++) {
    const from = addMonths(cliffEnd, k)
    const to = addMonths(cliffEnd, k + 1)
    const amount = projectedAt(a, to * 1000) - projectedAt(a, from * 1000)
    if (amount > 0n) events.push(event(from, to, k === 0 && a.cliffMonths > 0 ? 'CLIFF' : 'LINEAR', amount))
  }
  eventsByAllocation.set(a, events)
  return events
}

const ORDER = new Map<string, number>(ALLOCATIONS.map((a, i) => [a.id, i]))

/** Unlock events starting in [fromMs, toMs], by date, then in the allocation table's order. */
export function unlockCalendar(fromMs: number, toMs: number, allocations: readonly AllocationSchedule[] = ALLOCATIONS): UnlockEvent[] {
  return allocations
    .flatMap((a) => scheduleEvents(a).filter((e) => e.date >= fromMs && e.date <= toMs))
    .sort((x, y) => x.date - y.date || (ORDER.get(x.allocation) ?? 0) - (ORDER.get(y.allocation) ?? 0))
}

/** The first event of an allocation that starts after `afterMs`, or null when its schedule is over. */
export function nextEventOf(a: AllocationSchedule, afterMs: number): UnlockEvent | null {
  return scheduleEvents(a).find((e) => e.date > afterMs) ?? null
}

export interface NextUnlock {
  date: number
  until: number
  /** OPG wei, every allocation's event that starts on that date */
  amount: bigint
  allocations: string[]
  supplyPercent: number
}

/** The earliest date after `afterMs` on which any allocation's event starts, and what all of them unlock. */
export function nextUnlock(afterMs: number, allocations: readonly AllocationSchedule[] = ALLOCATIONS): NextUnlock | null {
  const next = allocations.map((a) => nextEventOf(a, afterMs)).filter((e): e is UnlockEvent => e !== null)
  if (next.length === 0) return null
  const date = Math.min(...next.map((e) => e.date))
  const same = next.filter((e) => e.date === date)
  const amount = same.reduce((s, e) => s + e.amount, 0n)
  return { date, until: Math.max(...same.map((e) => e.until)), amount, allocations: same.map((e) => e.allocation), supplyPercent: percentOfSupply(amount) }
}

/** part ÷ whole in percent, to 4 decimals; null when the whole is 0 */
export function percentOf(part: bigint, whole: bigint): number | null {
  return whole === 0n ? null : Number((part * 1_000_000n) / whole) / 10_000
}

export interface AllocationRow {
  id: string
  label: string
  shareBps: number
  total: bigint
  unlocked: bigint
  unlockedBasis: UnlockedBasis
  /** the schedule's unlocked amount at the reference time, whatever the basis */
  projectedUnlocked: bigint
  locked: bigint
  kind: AllocationKind
  tgePercent: number
  vestingStart: number
  /** end of the cliff, null without one */
  cliffDate: number | null
  /** when the last token unlocks, null for an allocation without a schedule */
  vestingEnd: number | null
  nextUnlock: UnlockEvent | null
  /** unlocked ÷ circulating supply, percent */
  circulatingPercent: number | null
  published: boolean
  note: string
}

/**
 * One row per allocation. `observed` holds the on-chain unlock totals of the allocations that have
 * an on-chain source (a vesting contract or distributor with Unlock rows); the others are projected
 * from the schedule at `atMs`. Locked is what the total still holds: total − unlocked, never below 0
 * (an allocation whose sources released more than its share would be a labelling error, not debt).
 */
export function allocationRows(
  atMs: number,
  observed: ReadonlyMap<string, bigint>,
  circulating: bigint,
  allocations: readonly AllocationSchedule[] = ALLOCATIONS,
): AllocationRow[] {
  return allocations.map((a) => {
    const total = allocationAmount(a)
    const projected = projectedAt(a, atMs)
    const seen = observed.get(a.id)
    const unlocked = seen ?? projected
    const { start, cliffEnd } = scheduleTimes(a)
    const kind = allocationKind(a)
    return {
      id: a.id,
      label: a.label,
      shareBps: a.shareBps,
      total,
      unlocked,
      unlockedBasis: seen === undefined ? 'PROJECTED' : 'OBSERVED',
      projectedUnlocked: projected,
      locked: total > unlocked ? total - unlocked : 0n,
      kind,
      tgePercent: a.tgeBps / 100,
      vestingStart: start * 1000,
      cliffDate: a.cliffMonths > 0 ? cliffEnd * 1000 : null,
      vestingEnd: kind === 'UNSCHEDULED' ? null : addMonths(cliffEnd, a.vestingMonths) * 1000,
      nextUnlock: nextEventOf(a, atMs),
      circulatingPercent: percentOf(unlocked, circulating),
      published: a.published,
      note: a.note,
    }
  })
}
