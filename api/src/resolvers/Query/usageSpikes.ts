import { toMs } from '../../analytics/range'
import { MAX_WINDOW, MIN_WINDOW, type SpikeMetric, loadUsageSpikes } from '../../analytics/usage-quality-load'
import type { PeriodInterval } from '../../analytics/usage-quality-range'
import { badInput } from '../../errors'
import type { ApiContext } from '../context'

export function usageSpikes(
  _parent: unknown,
  args: { from?: string | null; to?: string | null; interval: PeriodInterval; metric: SpikeMetric; window?: number | null },
  ctx: ApiContext,
) {
  const window = args.window ?? undefined
  if (window !== undefined && !(Number.isInteger(window) && window >= MIN_WINDOW && window <= MAX_WINDOW))
    throw badInput(`window must be a whole number of periods from ${MIN_WINDOW} to ${MAX_WINDOW}`)
  return loadUsageSpikes(ctx.db, args.metric, args.interval, window, toMs(args.from), toMs(args.to))
}
