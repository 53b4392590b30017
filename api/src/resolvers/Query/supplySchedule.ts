import { toMs } from '../../analytics/range'
import { loadSupplySchedule } from '../../analytics/supply'
import type { ApiContext } from '../context'

export function supplySchedule(_parent: unknown, args: { from?: string | null; to?: string | null; interval: 'DAY' | 'WEEK' | 'MONTH' }, ctx: ApiContext) {
  return loadSupplySchedule(ctx.db, args.interval, toMs(args.from), toMs(args.to))
}
