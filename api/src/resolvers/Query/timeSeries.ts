import type { MetricName } from '../../analytics/metrics'
import { toMs } from '../../analytics/range'
import { loadTimeSeries } from '../../analytics/time-series'
import type { ApiContext } from '../context'

export interface TimeSeriesArgs {
  metric: MetricName
  interval: 'HOUR' | 'DAY' | 'WEEK'
  from?: string | null
  to?: string | null
}

export function timeSeries(_parent: unknown, args: TimeSeriesArgs, ctx: ApiContext) {
  return loadTimeSeries(ctx.db, args.metric, args.interval, toMs(args.from), toMs(args.to))
}
