import { TOP_PAYERS } from '../analytics/concentration'
import { DEFAULT_WINDOW, MAD_SCALE, MIN_SPREAD, SPIKE_K } from '../analytics/spikes'
import { MAX_PERIODS } from '../analytics/usage-quality-range'
import { MAX_WINDOW, MIN_WINDOW } from '../analytics/usage-quality-load'

/** "Organic or farming?": who pays, whether they come back, how concentrated paying is, and spikes. */
export const usageQualityTypeDefs = /* GraphQL */ `
enum PeriodInterval {
  DAY
  "ISO weeks, starting on Monday (UTC)"
  WEEK
  "calendar months (UTC)"
  MONTH
}

type PayerPeriod {
  "start of the period (UTC)"
  t: DateTime!
  "distinct wallets that made an x402 payment in the period"
  payers: Int!
  "of those, wallets whose first payment ever fell in the period"
  newPayers: Int!
  "of those, wallets that had paid in an earlier period (before the range included)"
  returningPayers: Int!
}

type CohortRetention {
  "periods after the cohort's own"
  offset: Int!
  t: DateTime!
  "wallets of the cohort that paid in this period"
  wallets: Int!
  "wallets ÷ cohort size"
  share: Float!
}

"The wallets whose first payment ever fell in one period, and how many paid again in each later period."
type PayerCohort {
  t: DateTime!
  size: Int!
  retention: [CohortRetention!]!
}

type PayerCohorts {
  interval: PeriodInterval!
  "start of the first period"
  from: DateTime
  "start of the last period"
  to: DateTime
  source: String!
  periods: [PayerPeriod!]!
  "one per period, each with its retention in every later period of the range (a triangle)"
  cohorts: [PayerCohort!]!
}

type PayerConcentrationPeriod {
  "start of the period; null for the whole range"
  t: DateTime
  payers: Int!
  payments: Int!
  "OPG wei"
  opg: BigInt!
  "payments of the ${TOP_PAYERS} wallets with the most payments"
  topPayments: Int!
  "OPG wei paid by the ${TOP_PAYERS} wallets that paid the most OPG"
  topOpg: BigInt!
  "topPayments ÷ payments (null without payments)"
  topPaymentsShare: Float
  "topOpg ÷ opg (null without OPG paid)"
  topOpgShare: Float
  "payments ÷ payers"
  paymentsPerWalletMean: Float
  "the median paying wallet's number of payments"
  paymentsPerWalletMedian: Float
}

type PayerConcentration {
  interval: PeriodInterval!
  from: DateTime
  to: DateTime
  "how many of the largest payers the top share counts (${TOP_PAYERS}); ranked by count for the count share and by OPG for the OPG share, within each period and over the whole range"
  topN: Int!
  source: String!
  periods: [PayerConcentrationPeriod!]!
  "the whole range: its top payers are ranked over the range, so its shares are not an average of the periods'"
  overall: PayerConcentrationPeriod!
}

enum SpikeMetric {
  "x402 payments (BaseDailyStat.payments)"
  PAYMENTS
  "inferences settled, declared leaves included (OgDailyStat.inferencesSettled)"
  INFERENCES_SETTLED
}

type UsagePeriod {
  t: DateTime!
  value: Float!
  "median of the trailing window; null while fewer than half a window of earlier periods exist"
  baseline: Float
  "baseline + k × max(madScale × MAD, minSpread)"
  threshold: Float
  spike: Boolean!
}

"A spike and what drove it, counted over the x402 payments of its period."
type UsageSpike {
  t: DateTime!
  value: Float!
  baseline: Float
  threshold: Float
  payments: Int!
  "payments made by wallets whose first payment ever fell in the period"
  newWalletPayments: Int!
  newWalletPaymentShare: Float
  newWallets: Int!
  "new wallets with no payment in any later period, up to the indexed head"
  newWalletsNotReturned: Int!
  notReturnedShare: Float
  "whole days indexed after the period ended: the time its new wallets had to come back"
  daysObservedAfter: Int!
}

type UsageSpikes {
  metric: SpikeMetric!
  interval: PeriodInterval!
  from: DateTime
  to: DateTime
  "trailing periods the baseline is the median of"
  window: Int!
  "${SPIKE_K}: scaled MADs above the median (the Hampel identifier)"
  k: Float!
  "${MAD_SCALE}: turns the MAD into a standard-deviation estimate for normal data"
  madScale: Float!
  "${MIN_SPREAD}: the spread used when every period of the window had the same count"
  minSpread: Float!
  "the rule in words"
  rule: String!
  source: String!
  periods: [UsagePeriod!]!
  spikes: [UsageSpike!]!
}

"The first inbound OPG transfer of an account."
type AccountFunding {
  transferId: String!
  from: String!
  "the sender's label, or the allocation's name when the transfer was an unlock"
  fromLabel: String
  fromCategory: String
  "allocation id when the transfer was an unlock (vesting contract or distributor)"
  allocation: String
  "OPG wei"
  amount: BigInt!
  timestamp: DateTime!
  txHash: String!
}

type AccountUsage {
  account: String!
  "null when no OPG transfer into the account was indexed"
  fundedBy: AccountFunding
  "x402 payments made"
  payments: Int!
  "OPG wei paid"
  paidOpg: BigInt!
  "distinct UTC days with a payment"
  activeDays: Int!
  "distinct TEE nodes paid"
  distinctTees: Int!
  firstPaymentAt: DateTime
  lastPaymentAt: DateTime
  "every x402 payment indexed"
  networkPayments: BigInt!
  "OPG wei of every x402 payment indexed"
  networkOpg: BigInt!
  "payments ÷ networkPayments"
  paymentShare: Float
  "paidOpg ÷ networkOpg"
  opgShare: Float
}

extend type Query {
  "New and returning paying wallets per period, and each first-payment cohort's retention in the later periods. from defaults to 90 days, 26 weeks or 12 months before to; to defaults to the last indexed Base day. At most ${MAX_PERIODS.cohorts} periods."
  payerCohorts(from: DateTime, to: DateTime, interval: PeriodInterval! = WEEK): PayerCohorts!
  "The top-${TOP_PAYERS} payers' share of payments (count and OPG), payments per wallet (mean, median) and distinct payers, per period and over the range. At most ${MAX_PERIODS.concentration} periods."
  payerConcentration(from: DateTime, to: DateTime, interval: PeriodInterval! = WEEK): PayerConcentration!
  "Periods whose count exceeds the median of the trailing window + k × scaled MAD, each spike with the share of its payments made by new wallets and how many of those never paid again. window ${MIN_WINDOW}..${MAX_WINDOW} periods, by default ${DEFAULT_WINDOW.DAY} days, ${DEFAULT_WINDOW.WEEK} weeks or ${DEFAULT_WINDOW.MONTH} months. At most ${MAX_PERIODS.spikes} periods."
  usageSpikes(from: DateTime, to: DateTime, interval: PeriodInterval! = DAY, metric: SpikeMetric! = PAYMENTS, window: Int): UsageSpikes!
  "One address's usage: who funded it, its active days, the TEE nodes it paid and its share of all x402 payments."
  accountUsage(id: String!): AccountUsage!
}
`
