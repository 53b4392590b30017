/**
 * Usage over time: inferences by settlement kind, x402 payments, paying wallets and the OPG price, one bucket per row,
 * and, when the organic-usage answer does not already hold them in the chart's bucket (request.ts), the payment
 * spikes the chart marks: no separate request for them, and no second computation of the same spikes.
 */
import { typed } from '../../api/document'
import type { UsageOverTimeQuery, UsageOverTimeQueryVariables } from '../../generated/graphql'

// every series is a TimeSeriesMetric of the schema; codegen rejects a metric the API does not have
export const USAGE_QUERY = typed<UsageOverTimeQuery, UsageOverTimeQueryVariables>(/* GraphQL */ `
query UsageOverTime($from: DateTime!, $to: DateTime!, $interval: TimeInterval!, $period: PeriodInterval!, $withSpikes: Boolean!) {
  batch: timeSeries(metric: BATCH_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  individual: timeSeries(metric: INDIVIDUAL_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  legacy: timeSeries(metric: LEGACY_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  hub: timeSeries(metric: HUB_INFERENCES, interval: $interval, from: $from, to: $to) { points { t value filled } }
  payments: timeSeries(metric: PAYMENTS, interval: $interval, from: $from, to: $to) { points { t value filled } }
  payingWallets: timeSeries(metric: PAYING_WALLETS, interval: $interval, from: $from, to: $to) { points { t value filled } }
  price: timeSeries(metric: PRICE, interval: $interval, from: $from, to: $to) { points { t value filled } }
  spikes: usageSpikes(from: $from, to: $to, interval: $period, metric: PAYMENTS) @include(if: $withSpikes) { spikes { t newWalletPaymentShare } }
}`)
