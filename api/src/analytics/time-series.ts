import type { Db } from '../db/db'
import { ErrorCode, apiError } from '../errors'
import { DAY_MS, bucketStarts, floorToBucket, type Interval } from './buckets'
import { fillGaps, type FilledPoint, type GapFill } from './gap-fill'
import { METRICS, gapFillOf, hourlyTable, supportsHour, type MetricDef, type MetricName } from './metrics'
import { checkOrder } from './range'

export const MAX_POINTS = 5000
const DEFAULT_SPAN: Record<'HOUR' | 'DAY' | 'WEEK', number> = { HOUR: 7 * DAY_MS, DAY: 90 * DAY_MS, WEEK: 52 * 7 * DAY_MS }

export interface TimeSeriesResult {
  metric: MetricName
  interval: 'HOUR' | 'DAY' | 'WEEK'
  from: number | null
  to: number | null
  kind: MetricDef['kind']
  fill: GapFill
  aggregation: string
  unit: string
  source: string
  points: FilledPoint[]
}

interface Source {
  /** the FROM table with any fixed filter, e.g. one candle interval */
  from: string
  timeColumn: string
  valueColumn: string
  extraWhere: string
}

function sourceOf(metric: MetricDef, interval: Interval): Source {
  if (metric.table === 'price_candle') {
    return { from: 'price_candle', timeColumn: 'start', valueColumn: 'close', extraWhere: `AND interval = '${interval === 'HOUR' ? 'HOUR' : 'DAY'}'` }
  }
  if (interval === 'HOUR') return { from: hourlyTable(metric), timeColumn: 'hour', valueColumn: metric.column, extraWhere: '' }
  return { from: metric.table, timeColumn: 'date', valueColumn: metric.column, extraWhere: metric.zeroIsMissing ? `AND ${metric.column} > 0` : '' }
}

/** SQL that returns one (t, v) row per stored bucket in [$1, $2]. */
function bucketSql(metric: MetricDef, interval: Interval, s: Source): string {
  const base = `FROM ${s.from} WHERE ${s.timeColumn} >= $1 AND ${s.timeColumn} <= $2 ${s.extraWhere}`
  if (interval !== 'WEEK') return `SELECT (extract(epoch FROM ${s.timeColumn}) * 1000)::float8 AS t, ${s.valueColumn}::text AS v ${base}`
  const week = `date_trunc('week', ${s.timeColumn}, 'UTC')`
  const value = {
    SUM: `sum(${s.valueColumn})`,
    LAST: `(array_agg(${s.valueColumn} ORDER BY ${s.timeColumn} DESC))[1]`,
    // days of the week inside the range: a partial last week is averaged over its days so far
    MEAN: `round(sum(${s.valueColumn})::numeric / least(7, floor(extract(epoch FROM ($2::timestamptz - ${week})) / 86400)::int + 1), 4)`,
  }[metric.weekly]
  return `SELECT (extract(epoch FROM ${week}) * 1000)::float8 AS t, ${value}::text AS v ${base} GROUP BY ${week}`
}

/** Where the stored data of a metric starts and ends: no bucket is filled past the end. */
async function dataBounds(db: Db, s: Source): Promise<{ start: number; end: number } | null> {
  const [row] = await db.query<{ start: Date | null; end: Date | null }>(
    `SELECT min(${s.timeColumn}) AS start, max(${s.timeColumn}) AS end FROM ${s.from} WHERE TRUE ${s.extraWhere}`,
  )
  return row?.start && row.end ? { start: row.start.getTime(), end: row.end.getTime() } : null
}

export async function loadTimeSeries(db: Db, name: MetricName, interval: 'HOUR' | 'DAY' | 'WEEK', fromMs?: number, toMs?: number): Promise<TimeSeriesResult> {
  const metric: MetricDef = METRICS[name]
  if (!metric) throw apiError(ErrorCode.BAD_USER_INPUT, `unknown metric ${name}`)
  if (interval === 'HOUR' && !supportsHour(metric)) {
    throw apiError(
      ErrorCode.INTERVAL_NOT_AVAILABLE,
      `${name} is kept per day only (a distinct count or an end-of-day level does not split into hours); use DAY or WEEK.`,
    )
  }
  checkOrder(fromMs, toMs)
  const s = sourceOf(metric, interval)
  const result: TimeSeriesResult = {
    metric: name,
    interval,
    from: null,
    to: null,
    kind: metric.kind,
    fill: gapFillOf(metric),
    aggregation: interval === 'WEEK' ? metric.weekly : 'NONE',
    unit: metric.unit,
    source: `${s.from}.${s.valueColumn}${metric.table === 'price_candle' ? ` (${interval === 'HOUR' ? 'HOUR' : 'DAY'} candles)` : ''}`,
    points: [],
  }
  const bounds = await dataBounds(db, s)
  if (bounds === null) return result
  const to = Math.min(toMs ?? bounds.end, bounds.end)
  // by default the chart starts where the data does, at most one default span back
  const from = fromMs ?? Math.max(to - DEFAULT_SPAN[interval], bounds.start)
  if (to < from) return result
  const buckets = bucketStarts(from, to, interval, MAX_POINTS)
  const rangeStart = new Date(buckets[0]).toISOString()
  const rangeEnd = new Date(interval === 'HOUR' ? floorToBucket(to, 'HOUR') : floorToBucket(to, 'DAY')).toISOString()
  const rows = await db.query<{ t: number; v: string | null }>(bucketSql(metric, interval, s), [rangeStart, rangeEnd])
  const observed = new Map(rows.filter((r) => r.v !== null).map((r) => [Number(r.t), r.v as string]))
  let seed: string | null = null
  if (metric.kind === 'LEVEL') {
    const [before] = await db.query<{ v: string }>(
      `SELECT ${s.valueColumn}::text AS v FROM ${s.from} WHERE ${s.timeColumn} < $1 ${s.extraWhere} ORDER BY ${s.timeColumn} DESC LIMIT 1`,
      [rangeStart],
    )
    seed = before?.v ?? null
  }
  result.points = fillGaps(buckets, observed, result.fill, seed)
  result.from = buckets[0]
  result.to = buckets[buckets.length - 1]
  return result
}
