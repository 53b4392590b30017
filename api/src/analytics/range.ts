import type { Db } from '../db/db'
import { badInput } from '../errors'
import { DAY_MS } from './buckets'

/** Parses optional DateTime arguments (already ISO strings from the scalar) into milliseconds. */
export function toMs(value: string | null | undefined): number | undefined {
  return value == null ? undefined : Date.parse(value)
}

export function checkOrder(from: number | undefined, to: number | undefined): void {
  if (from !== undefined && to !== undefined && to < from) throw badInput('"to" is before "from"')
}

/** Start of the last day a chain's daily table has a row for, or null before any. */
export async function lastIndexedDay(db: Db, table: 'og_daily_stat' | 'base_daily_stat'): Promise<number | null> {
  const [row] = await db.query<{ d: Date | null }>(`SELECT max(date) AS d FROM ${table}`)
  return row?.d ? row.d.getTime() : null
}

/** End of the last indexed day (the reference time of "now" in analytics), or the wall clock. */
export async function endOfLastIndexedDay(db: Db, table: 'og_daily_stat' | 'base_daily_stat'): Promise<number> {
  const day = await lastIndexedDay(db, table)
  return day === null ? Date.now() : Math.min(Date.now(), day + DAY_MS)
}
