import { metricEnumSdl } from '../analytics/metrics'
import { COMMISSION_HALF_LIFE_YEARS } from '../analytics/commission-trend'
import { RISK_WEIGHTS } from '../analytics/risk'

const w = RISK_WEIGHTS

export const analyticsTypeDefs = /* GraphQL */ `
enum TimeInterval {
  "price and the flows; distinct counts and end-of-day levels reject HOUR with INTERVAL_NOT_AVAILABLE"
  HOUR
  DAY
  "ISO weeks, starting on Monday (UTC)"
  WEEK
}

enum ScheduleInterval {
  DAY
  WEEK
  MONTH
}

enum MetricKind {
  "an amount per bucket (counts, volumes)"
  FLOW
  "a state at the end of a bucket (supply, stake, price)"
  LEVEL
}

enum GapFill {
  "no stored row means nothing happened: the bucket is 0"
  ZERO
  "no stored row means nothing changed: the bucket keeps the last value (null before the first one)"
  CARRY_FORWARD
}

${metricEnumSdl()}

type TimeSeriesPoint {
  "start of the bucket (UTC)"
  t: DateTime!
  "a decimal string; null for a level before its first observation"
  value: BigDecimal
  "true when no stored row covered the bucket and the value was filled in"
  filled: Boolean!
}

type TimeSeries {
  metric: TimeSeriesMetric!
  interval: TimeInterval!
  "start of the first bucket"
  from: DateTime
  "start of the last bucket: never past the last stored row, so no zeros are invented beyond the indexed head"
  to: DateTime
  kind: MetricKind!
  fill: GapFill!
  "how days combine into weeks: SUM, LAST or MEAN (NONE for HOUR and DAY)"
  aggregation: String!
  unit: String!
  "table and column the values come from"
  source: String!
  points: [TimeSeriesPoint!]!
}

type UsageVsPriceDay {
  date: DateTime!
  "inferences settled (OgDailyStat.inferencesSettled); 0 on a day without a row"
  inferences: Int!
  "x402 payments (BaseDailyStat.payments)"
  payments: Int!
  "distinct paying wallets (BaseDailyStat.payingWallets)"
  payingWallets: Int!
  "payment volume in USD at payment time (BaseDailyStat.paymentVolumeUsd)"
  revenueUsd: BigDecimal!
  "close of the daily PriceCandle, carried forward over days without swaps; null before the first swap"
  priceClose: BigDecimal
}

type Cliff {
  date: DateTime!
  "allocation ids whose cliff ends then"
  allocations: [String!]!
  "days from the reference time to the cliff"
  daysUntil: Float!
}

type SupplyPoint {
  t: DateTime!
  "OPG wei unlocked by t under the projected schedule (common/src/tokenomics.ts)"
  projected: BigInt!
  "OPG wei of on-chain Unlock rows before t; null after the last indexed day"
  observed: BigInt
}

type AllocationSupply {
  id: String!
  label: String!
  "share of total supply in basis points"
  shareBps: Int!
  "OPG wei"
  total: BigInt!
  tgePercent: Float!
  cliffMonths: Int!
  vestingMonths: Int!
  "false where no schedule was published and the projection is an assumption"
  published: Boolean!
  note: String!
  points: [SupplyPoint!]!
}

type CirculatingPoint {
  t: DateTime!
  "sum of every allocation's projected unlocks by t, OPG wei: the typed schedule, which counts the whole airdrop as liquid at TGE (compare forecast)"
  projected: BigInt!
  projectedPercent: Float!
  "BaseDailyStat.circulatingSupply at the end of the day before t (carried forward); null outside indexed days"
  observed: BigInt
  observedPercent: Float
  """
  Circulating supply forecast from the last observed point: equal to observed there, then that value plus
  what the schedule unlocks after it for every allocation except the airdrop (see forecastAssumes).
  Null before the last observed point; the plain schedule without the airdrop when nothing is indexed.
  """
  forecast: BigInt
  forecastPercent: Float
  "airdrop not yet claimed from its distributor by t (claims carried forward after observedUntil), OPG wei; outside circulating supply"
  unclaimedAirdrop: BigInt!
  unclaimedAirdropPercent: Float!
}

type SupplySchedule {
  interval: ScheduleInterval!
  "OPG wei"
  totalSupply: BigInt!
  "end of the last day with indexed Base data; observed values stop there"
  observedUntil: DateTime
  "the next cliff after observedUntil (or now when nothing is indexed)"
  nextCliff: Cliff
  allocations: [AllocationSupply!]!
  circulating: [CirculatingPoint!]!
  "what the circulating forecast assumes, one sentence each"
  forecastAssumes: [String!]!
  "where the allocation table comes from"
  source: String!
}

type AllocationUnlock {
  id: String!
  label: String!
  "OPG wei"
  amount: BigInt!
}

"""
Is usage outrunning the supply schedule? Trailing x402 revenue against the USD value of what the
projected schedule unlocks next, at the current price.
"""
type UnlockPressure {
  "reference time: the end of the last indexed Base day unless given"
  at: DateTime!
  windowDays: Int!
  "indexed days inside the trailing window: windowDays, or fewer when the index starts later (say 'trailing N days' with this N)"
  trailingDays: Int!
  "x402 payment volume in USD over the windowDays days before at (BaseDailyStat.paymentVolumeUsd)"
  revenueUsd: BigDecimal!
  "revenueUsd / trailingDays (the days that were indexed), 0 when none were"
  dailyRevenueUsd: BigDecimal!
  "close of the last hourly PriceCandle at or before at"
  priceUsd: BigDecimal
  "OPG wei unlocking in the windowDays days after at, by the projected schedule"
  unlockingOpg: BigInt!
  "unlockingOpg × priceUsd"
  unlockingUsd: BigDecimal
  "revenueUsd / unlockingUsd, with revenue scaled from trailingDays to windowDays (dailyRevenueUsd × windowDays / unlockingUsd): above 1, a window of usage pays for more than a window of unlocks at today's price"
  coverageRatio: Float
  byAllocation: [AllocationUnlock!]!
  nextCliff: Cliff
  "OPG wei unlocking in the first windowDays days after the next cliff"
  cliffWindowOpg: BigInt
  "cliffWindowOpg × priceUsd"
  cliffWindowUsd: BigDecimal
  "cliffWindowUsd / dailyRevenueUsd: days of today's usage that equal the cliff's first window of unlocks"
  daysOfUsageToAbsorbCliff: Float
}

enum CoverageGrouping {
  "per UTC day, from OgDailyStat (the aggregate); settled also counts the declared leaves of batches whose blob was missing or corrupt (they have no Inference rows and count as invalid)"
  DAY
  "per inference mode (VANILLA, ZKML, TEE, UNKNOWN), from the inference table (no per-mode aggregate is stored; leaves of unreadable batches are not rows, so they are not counted here)"
  MODE
  "per TEE id, from the inference table (no per-TEE aggregate is stored)"
  TEE
}

type ProofCoverageRow {
  "the day (YYYY-MM-DD), the mode, or the TEE id (empty string for inferences without one)"
  key: String!
  "inferences settled"
  settled: Int!
  "signature verified (status VERIFIED)"
  verified: Int!
  "bad signature, or in a corrupt or missing blob (INVALID, PARTIAL, MISSING)"
  invalid: Int!
  "waiting for the blob (PENDING)"
  pending: Int!
  "nothing published to verify: legacy and hub kinds (UNVERIFIABLE); by MODE and TEE also blobs past their storage period (EXPIRED)"
  unverifiable: Int!
  "verified / (settled − unverifiable): the share of verifiable inferences actually re-verified"
  verifiedShare: Float
}

type ProofCoverage {
  by: CoverageGrouping!
  from: DateTime
  to: DateTime
  "where the numbers come from"
  source: String!
  rows: [ProofCoverageRow!]!
  total: ProofCoverageRow!
}

type RiskComponents {
  "1 − e^(−slashCount)"
  slashing: Float!
  "1 if jailed now, else 1 − e^(−jailCount / 2)"
  jailing: Float!
  "min(1, 10 × (1 − uptime of the operator's TEE)); 0.5 when no TEE is linked"
  downtime: Float!
  "min(1, every commission rise weighted by recency (CommissionTrend.weightedRise) / 0.10)"
  commission: Float!
  "1 − min(1, selfBondShare / 0.10)"
  selfBond: Float!
  "min(1, stakeShare / (1/3))"
  concentration: Float!
}

"""
One validator seen from a delegator's side. The default order is by net, highest first.

Net per 1,000 OPG over the next year = expected reward − expected loss.

Expected reward per 1,000 OPG = 1000 × grossRewardYield × (1 − expectedCommission), 0 while jailed
or not bonded. grossRewardYield (on ValidatorRanking) = Σ withdrawn delegator rewards ÷ (1 − the
validator's commission when withdrawn) ÷ Σ daily total stake / 365.25, over the last 365 days (or
rewardWindowDays when shorter). expectedCommission = min(max rate, start + riseRate / 2) with
start = max(commission, confidence × commission + (1 − confidence) × networkCommissionRate) (a low rate
with little record behind it is a launch price) and riseRate = (commissionTrend.weightedRise +
priorYears × networkCommissionRiseRate) / (ageYears + priorYears).

Expected loss per 1,000 OPG delegated over the next year = 1000 × P × slashFraction, where
P = 1 − e^(−λ), λ = (slashCount + 1 × networkSlashRate) / (ageYears + 1) (the network's slashes per
validator-year as a one-year prior), and slashFraction = the mean share of stake a slash took on this
network (totalSlashed / (stake + totalSlashed) / slashCount over slashed validators; 0.05 if none).

Risk score of the record alone, recordRisk (0 = no observed risk, 100 = worst) = 100 × (${w.slashing} × slashing + ${w.jailing} × jailing
+ ${w.downtime} × downtime + ${w.commission} × commission + ${w.selfBond} × selfBond + ${w.concentration} × concentration),
each component in [0, 1] as described on RiskComponents. Risk = confidence × recordRisk + (1 − confidence)
× priorRisk, confidence = ageYears / (ageYears + 1): a short record is shrunk toward the network's mean.
"""
type ValidatorRisk {
  rank: Int!
  validator: Validator!
  "ogwei (Validator.tokens)"
  stake: BigInt!
  "stake / total stake of all validators"
  stakeShare: Float!
  "ogwei"
  selfBond: BigInt!
  "selfBond / stake"
  selfBondShare: Float!
  commissionRate: BigDecimal!
  maxCommissionRate: BigDecimal
  "every change, newest first"
  commissionChanges: [CommissionChange!]!
  "sum of commission increases in the 90 days before asOf, as a fraction"
  commissionIncrease90d: Float!
  "every commission change summed up: from, to, rises, the highest rate and the largest rise"
  commissionTrend: CommissionTrend!
  "the commission to expect on average over the next year (see the formula above)"
  expectedCommission: Float!
  delegatorCount: Int!
  "ogwei delegated (DELEGATE, REDELEGATE in) in the 30 days before asOf"
  inflow30d: BigInt!
  "ogwei leaving (UNBOND, REDELEGATE out) in the 30 days before asOf"
  outflow30d: BigInt!
  "inflow30d − outflow30d"
  netFlow30d: BigInt!
  slashCount: Int!
  jailCount: Int!
  jailed: Boolean!
  "ogwei lost to slashing"
  totalSlashed: BigInt!
  "SLASH, JAIL and UNJAIL events, newest first"
  slashAndJailHistory: [StakingEvent!]!
  "mean uptime of the TEE nodes linked to this operator, null when none"
  teeUptime: Float
  teeNodes: [TeeNode!]!
  ageYears: Float!
  "ageYears / (ageYears + priorYears): the share of the risk score that rests on this validator's own record"
  confidence: Float!
  "the score of the record alone, before shrinking toward priorRisk"
  recordRisk: Float!
  "confidence × recordRisk + (1 − confidence) × priorRisk"
  risk: Float!
  components: RiskComponents!
  annualSlashProbability: Float!
  slashFraction: Float!
  "OPG"
  expectedLossPer1000: Float!
  "false while jailed or not bonded: such a validator earns its delegators nothing"
  earning: Boolean!
  "OPG after commission over the next year"
  expectedRewardPer1000: Float!
  "expectedRewardPer1000 − expectedLossPer1000, OPG"
  netPer1000: Float!
  "why this row ranks above validators with a lower expected loss; null when the rank and the loss agree"
  rankNote: String
}

"A validator's commission history in a few numbers, as fractions (0.05 = 5%)."
type CommissionTrend {
  "the rate before the first recorded change; the current rate when there is none"
  fromRate: Float!
  toRate: Float!
  rises: Int!
  cuts: Int!
  "the highest rate ever charged (the chain's declared maximum is maxCommissionRate, when reported)"
  maxObservedRate: Float!
  "the largest single rise"
  maxRise: Float!
  "Σ rise × 2^(−years ago / ${COMMISSION_HALF_LIFE_YEARS}): every rise, weighted by recency"
  weightedRise: Float!
  "years between the first and the last change"
  spanYears: Float!
}

enum ValidatorRankingOrder {
  "expected reward − expected loss per 1,000 OPG, highest first"
  NET_DESC
  RISK_ASC
  RISK_DESC
  STAKE_DESC
  EXPECTED_LOSS_ASC
  COMMISSION_ASC
}

type ValidatorRanking {
  "the reference time: the end of the last indexed OG day"
  asOf: DateTime!
  "ogwei across all validators"
  totalStake: BigInt!
  "slashes per validator-year across the network (the prior in the expected loss)"
  networkSlashRate: Float!
  slashFraction: Float!
  weights: RiskComponents!
  "years of network history a validator's record is weighed against"
  priorYears: Float!
  "the mean record risk: the score assumed for a validator with no record"
  priorRisk: Float!
  "stake-weighted mean commission now (the prior of a young validator's commission)"
  networkCommissionRate: Float!
  "recency-weighted commission rise per validator-year across the network"
  networkCommissionRiseRate: Float!
  "gross reward per staked token per year, before commission, from withdrawn rewards"
  grossRewardYield: Float!
  "indexed days the reward yield was observed over (at most 365)"
  rewardWindowDays: Int!
  validators: [ValidatorRisk!]!
}

extend type Query {
  "One metric over time, gap-filled (see TimeSeriesMetric for each metric's rules). from defaults to 90 days (DAY), 52 weeks (WEEK) or 7 days (HOUR) before to; to defaults to the last stored bucket. At most 5,000 points."
  timeSeries(metric: TimeSeriesMetric!, interval: TimeInterval! = DAY, from: DateTime, to: DateTime): TimeSeries!
  "Per day: inferences, payments, paying wallets, revenue in USD and the price close, for one chart. Defaults to the last 90 indexed days."
  usageVsPrice(from: DateTime, to: DateTime): [UsageVsPriceDay!]!
  "Projected (typed schedule) against observed (on-chain unlocks) supply per allocation, and circulating supply. Defaults to TGE through the end of the longest schedule."
  supplySchedule(from: DateTime, to: DateTime, interval: ScheduleInterval! = MONTH): SupplySchedule!
  "Trailing revenue against the next window of unlocks, and the days of usage the next cliff's first window represents. windowDays 1..365."
  unlockPressure(windowDays: Int! = 30, at: DateTime): UnlockPressure!
  "Settled, verified, invalid, pending and unverifiable inferences by day, mode or TEE. Defaults to all time."
  proofCoverage(from: DateTime, to: DateTime, by: CoverageGrouping! = DAY): ProofCoverage!
  "Every validator with stake, self-bond, commission history, flows, slash and jail history, TEE uptime, a risk score, the expected reward, loss and net per 1,000 OPG."
  validatorRanking(orderBy: ValidatorRankingOrder! = NET_DESC): ValidatorRanking!
}
`
