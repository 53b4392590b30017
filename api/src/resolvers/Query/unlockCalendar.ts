import { cachedAllocationFacts, calendarBetween } from '../../analytics/allocation-table-load'
import { toMs } from '../../analytics/range'
import type { ApiContext } from '../context'

export async function unlockCalendar(_parent: unknown, args: { from?: string | null; to?: string | null }, ctx: ApiContext) {
  return calendarBetween(await cachedAllocationFacts(ctx.db, ctx.heads), toMs(args.from), toMs(args.to))
}
