import type { GapFill } from './gap-fill'

/**
 * Every metric timeSeries serves, with where it is stored and how gaps and weeks are treated.
 * The SDL enum's descriptions are generated from this table, so the docs cannot drift from it.
 */
export interface MetricDef {
  table: 'og_daily_stat' | 'base_daily_stat' | 'price_candle'
  column: string
  /** FLOW: an amount per bucket (gaps are 0); LEVEL: a state at the end of a bucket (carried forward) */
  kind: 'FLOW' | 'LEVEL'
  /** how days combine into a week */
  weekly: 'SUM' | 'LAST' | 'MEAN'
  unit: string
  description: string
  /**
   * The indexer writes OgDailyStat.totalStaked only on days a processor batch ended, leaving 0 on
   * the others; a 0 there means "not recorded", so it is carried over instead of charted.
   */
  zeroIsMissing?: boolean
  /** the same column is kept per hour (og_hourly_stat, base_hourly_stat): flows that add up over hours */
  hourly?: boolean
}

const og = (column: string, description: string, unit = 'count', extra: Partial<MetricDef> = {}): MetricDef => ({
  table: 'og_daily_stat',
  column,
  kind: 'FLOW',
  weekly: 'SUM',
  unit,
  description,
  hourly: true,
  ...extra,
})
const base = (column: string, description: string, unit = 'count', extra: Partial<MetricDef> = {}): MetricDef => ({
  table: 'base_daily_stat',
  column,
  kind: 'FLOW',
  weekly: 'SUM',
  unit,
  description,
  hourly: true,
  ...extra,
})

export const METRICS = {
  INFERENCES_SETTLED: og('inferences_settled', 'inferences settled, every kind'),
  BATCH_INFERENCES: og('batch_inferences', 'inferences settled in Merkle batches'),
  INDIVIDUAL_INFERENCES: og('individual_inferences', 'inferences settled one by one'),
  LEGACY_INFERENCES: og('legacy_inferences', 'inferences settled through the v0 relay'),
  HUB_INFERENCES: og('hub_inferences', 'legacy on-chain inferences through InferenceHub'),
  INFERENCES_VERIFIED: og('inferences_verified', 'inferences whose signature verified, on the day they settled'),
  INFERENCES_FAILED: og('inferences_failed', 'inferences with a bad signature or in a corrupt or missing blob'),
  SETTLEMENTS: og('settlements', 'settlement logs'),
  HEARTBEATS: og('heartbeats', 'TEE heartbeats'),
  ACTIVE_TEES: og('active_tees', 'TEE nodes with a heartbeat that day; a week is the mean per day (distinct counts do not add up)', 'count', {
    weekly: 'MEAN',
    hourly: false,
  }),
  STAKING_EVENTS: og('staking_events', 'staking events (delegations, unbonds, slashes, ...)'),
  TOTAL_STAKED: og('total_staked', 'ogwei staked across validators at the end of the bucket', 'ogwei', {
    kind: 'LEVEL',
    weekly: 'LAST',
    zeroIsMissing: true,
    hourly: false,
  }),
  PAYMENTS: base('payments', 'x402 payments'),
  PAYING_WALLETS: base('paying_wallets', 'distinct wallets that paid; a week is the mean per day (distinct counts do not add up)', 'count', {
    weekly: 'MEAN',
    hourly: false,
  }),
  NEW_WALLETS: base('new_wallets', 'wallets paying for the first time'),
  PAYMENT_VOLUME: base('payment_volume', 'x402 payment volume', 'OPG wei'),
  PAYMENT_VOLUME_USD: base('payment_volume_usd', 'x402 payment volume in USD at the time of each payment (revenue)', 'USD'),
  TRANSFERS: base('transfers', 'OPG transfers'),
  CIRCULATING_SUPPLY: base('circulating_supply', 'circulating OPG at the end of the bucket', 'OPG wei', { kind: 'LEVEL', weekly: 'LAST', hourly: false }),
  UNLOCKED: base('unlocked', 'OPG out of vesting contracts and distributors', 'OPG wei'),
  SWAPS: base('swaps', 'swaps in the OPG/USDC pool'),
  SWAP_VOLUME_USD: base('swap_volume_usd', 'swap volume', 'USD'),
  PRICE: {
    table: 'price_candle',
    column: 'close',
    kind: 'LEVEL',
    weekly: 'LAST',
    unit: 'USD per OPG',
    description: 'OPG price: the close of the PriceCandle of the bucket (hourly candles for HOUR, daily for DAY and WEEK)',
  },
} satisfies Record<string, MetricDef>

export type MetricName = keyof typeof METRICS

export function gapFillOf(metric: MetricDef): GapFill {
  return metric.kind === 'FLOW' ? 'ZERO' : 'CARRY_FORWARD'
}

/**
 * Price has hourly candles, and the flows have hourly rows. Distinct counts (active TEEs, paying
 * wallets) and end-of-day levels (total staked, circulating supply) are kept per day only.
 */
export function supportsHour(metric: MetricDef): boolean {
  return metric.table === 'price_candle' || metric.hourly === true
}

/** Where a metric's hourly values are stored. */
export function hourlyTable(metric: MetricDef): string {
  return metric.table === 'price_candle' ? 'price_candle' : metric.table.replace('_daily_', '_hourly_')
}

export function metricEnumSdl(): string {
  const values = Object.entries(METRICS as Record<string, MetricDef>).map(([name, m]) => {
    const gaps = m.kind === 'FLOW' ? 'gaps are 0' : 'gaps carry the last value forward'
    const weeks = { SUM: 'weeks are the sum of their days', LAST: 'weeks take the last value', MEAN: 'weeks are the mean per day' }[m.weekly]
    const hours = supportsHour(m) ? 'HOUR, DAY and WEEK' : 'DAY and WEEK only (not kept per hour)'
    return `  ${JSON.stringify(`${m.description} [${m.unit}; ${m.kind.toLowerCase()}: ${gaps}; ${weeks}; ${hours}; from ${m.table}.${m.column}]`)}\n  ${name}`
  })
  return `"What timeSeries can chart."\nenum TimeSeriesMetric {\n${values.join('\n')}\n}`
}
