import { toMs } from '../../analytics/range'
import { loadPayerConcentration } from '../../analytics/usage-quality-load'
import type { PeriodInterval } from '../../analytics/usage-quality-range'
import type { ApiContext } from '../context'

export function payerConcentration(_parent: unknown, args: { from?: string | null; to?: string | null; interval: PeriodInterval }, ctx: ApiContext) {
  return loadPayerConcentration(ctx.db, args.interval, toMs(args.from), toMs(args.to))
}
