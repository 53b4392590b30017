import { DEFAULT_WINDOW } from '../analytics/spikes'
import { DEFAULT_SPAN_MS, MAX_PERIODS, type PeriodInterval } from '../analytics/usage-quality-range'
import { bucketCount } from './analytics-sizes'

/**
 * The sizes of payerCohorts, payerConcentration, usageSpikes and accountUsage from their arguments,
 * for the cost model: periods per list, the cohort triangle (periods × periods), and the rows their
 * aggregate queries return.
 */

const FIELDS: Record<string, keyof typeof MAX_PERIODS> = { payerCohorts: 'cohorts', payerConcentration: 'concentration', usageSpikes: 'spikes' }
const DEFAULT_INTERVAL: Record<string, PeriodInterval> = { payerCohorts: 'WEEK', payerConcentration: 'WEEK', usageSpikes: 'DAY' }

function ms(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const t = Date.parse(value)
  return Number.isFinite(t) ? t : undefined
}

/** periods a root field answers, or undefined for other fields */
export function usageQualityPoints(field: string, args: Record<string, unknown>): number | undefined {
  const kind = FIELDS[field]
  if (!kind) return undefined
  const interval = (args.interval as PeriodInterval | undefined) ?? DEFAULT_INTERVAL[field]
  const to = ms(args.to) ?? Date.now()
  const from = ms(args.from) ?? to - DEFAULT_SPAN_MS[interval]
  return bucketCount(from, to, interval, MAX_PERIODS[kind], ms(args.from) !== undefined && ms(args.to) !== undefined)
}

/** items per parent of these fields' lists */
export function usageQualityListSize(parent: string, field: string, points: number | undefined): number | undefined {
  if (points === undefined) return undefined
  if (parent === 'PayerCohorts' || parent === 'PayerConcentration' || parent === 'UsageSpikes') return points
  if (parent === 'PayerCohort' && field === 'retention') return points
  return undefined
}

/** rows the field's SQL returns (the triangle's cells, the periods and the trailing window) */
export function usageQualityRows(field: string, args: Record<string, unknown>): number | undefined {
  const points = usageQualityPoints(field, args)
  if (field === 'payerCohorts') return ((points ?? 1) * ((points ?? 1) + 1)) / 2
  if (field === 'payerConcentration') return (points ?? 1) + 1
  if (field === 'usageSpikes') {
    const interval = (args.interval as PeriodInterval | undefined) ?? 'DAY'
    const window = typeof args.window === 'number' ? args.window : DEFAULT_WINDOW[interval]
    // the series with its window, and the drivers of every period at worst
    return 2 * (points ?? 1) + window
  }
  if (field === 'accountUsage') return 3
  return undefined
}
