import { toMs } from '../../analytics/range'
import { cachedSupplySchedule } from '../../analytics/supply'
import type { ApiContext } from '../context'

export function supplySchedule(_parent: unknown, args: { from?: string | null; to?: string | null; interval: 'DAY' | 'WEEK' | 'MONTH' }, ctx: ApiContext) {
  return cachedSupplySchedule(ctx.db, ctx.heads, args.interval, toMs(args.from), toMs(args.to))
}
