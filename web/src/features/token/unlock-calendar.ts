/** Pure helpers of the unlock calendar: events grouped by date, and a countdown in words. */

import { DAY_MS } from '@og-explorer/common'
import { plural } from '../../lib/format'

export interface CalendarEventLike {
  date: string
  until: string
  allocation: string
  label: string
  kind: string
  amount: string
  supplyPercent: number
  circulatingPercent?: number | null
  amountUsd?: string | null
}

export interface CalendarDay<E extends CalendarEventLike> {
  date: string
  events: E[]
  /** OPG wei of every event starting that day */
  amount: bigint
  supplyPercent: number
  circulatingPercent: number | null
  /** a cliff allocation starts to unlock that day */
  cliff: boolean
}

/** Events (already in date order) grouped by their start date, amounts summed. */
export function groupByDate<E extends CalendarEventLike>(events: readonly E[]): CalendarDay<E>[] {
  const days: CalendarDay<E>[] = []
  for (const e of events) {
    let day = days[days.length - 1]
    if (!day || day.date !== e.date) {
      day = { date: e.date, events: [], amount: 0n, supplyPercent: 0, circulatingPercent: null, cliff: false }
      days.push(day)
    }
    day.events.push(e)
    day.amount += BigInt(e.amount)
    day.supplyPercent += e.supplyPercent
    if (e.circulatingPercent != null) day.circulatingPercent = (day.circulatingPercent ?? 0) + e.circulatingPercent
    if (e.kind === 'CLIFF') day.cliff = true
  }
  return days
}

/** "12 days 4 h 03 min 09 s" until a time; "now" once it has passed. */
export function countdown(ms: number): string {
  if (ms <= 0) return 'now'
  const s = Math.floor(ms / 1000)
  const days = Math.floor(s / 86_400)
  const h = Math.floor((s % 86_400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${plural(days, 'day', 'days')} ${h} h ${pad(m)} min ${pad(sec)} s`
}

/** Whole days until a time, rounded up, for "in N days". */
export function daysUntil(ms: number): number {
  return Math.max(0, Math.ceil(ms / DAY_MS))
}

const KIND_WORDS: Record<string, string> = {
  TGE: 'all at TGE',
  LINEAR: 'linear',
  CLIFF: 'cliff, then all',
  CLIFF_THEN_LINEAR: 'cliff, then linear',
  UNSCHEDULED: 'no schedule',
}

/** How an allocation unlocks, in words: "10% at TGE, then linear over 60 months". */
export function kindInWords(a: { kind: string; tgePercent: number; cliffMonths?: number; vestingMonths?: number }): string {
  const base = KIND_WORDS[a.kind] ?? a.kind.toLowerCase()
  if (a.kind === 'LINEAR' && a.tgePercent > 0) return `${trimPercent(a.tgePercent)} at TGE, then linear`
  return base
}

function trimPercent(p: number): string {
  return `${Number(p.toFixed(2))}%`
}
