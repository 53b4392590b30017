import { CALENDAR_DEFAULT_MONTHS } from '../analytics/allocation-table-load'
import { TOP_BENEFICIARIES } from '../analytics/vesting-load'

export const allocationsTypeDefs = /* GraphQL */ `
"How an allocation unlocks under the typed schedule (common/src/tokenomics.ts)."
enum AllocationKind {
  "all at TGE"
  TGE
  "a share at TGE (possibly none), the rest linear from TGE"
  LINEAR
  "nothing until the cliff, then all of it"
  CLIFF
  "nothing until the cliff, then linear"
  CLIFF_THEN_LINEAR
  "no published schedule and none assumed (the staking rewards pool): stays locked"
  UNSCHEDULED
}

"Where an unlocked amount comes from."
enum UnlockedBasis {
  "summed from indexed on-chain Unlock transfers out of the allocation's vesting contracts and distributors"
  OBSERVED
  "the typed schedule at the reference time: the allocation has no indexed unlocks"
  PROJECTED
}

enum UnlockEventKind {
  "the TGE share, released at one instant"
  TGE
  "the first month of linear unlocks after a cliff"
  CLIFF
  "one calendar month of linear unlocks"
  LINEAR
}

"""
An unlock event of the schedule. Linear vesting is continuous, so it is cut into calendar months after
the cliff: the event dated date is what unlocks from date until until. A TGE release is an instant.
"""
type UnlockEvent {
  "start of the period (the instant of a TGE release)"
  date: DateTime!
  "end of the period; equal to date for a TGE release"
  until: DateTime!
  allocation: String!
  label: String!
  kind: UnlockEventKind!
  "OPG wei"
  amount: BigInt!
  "amount ÷ total supply, percent"
  supplyPercent: Float!
  "amount ÷ circulating supply at asOf, percent; null when nothing circulates"
  circulatingPercent: Float
  "amount × the price at asOf; null without a price"
  amountUsd: BigDecimal
}

type AllocationRow {
  id: String!
  label: String!
  "share of total supply in basis points"
  shareBps: Int!
  "OPG wei"
  total: BigInt!
  "OPG wei unlocked by asOf; see unlockedBasis"
  unlocked: BigInt!
  unlockedBasis: UnlockedBasis!
  "OPG wei the schedule has unlocked by asOf, whatever the basis (to compare with an observed unlocked)"
  projectedUnlocked: BigInt!
  "total − unlocked, never below 0, OPG wei"
  locked: BigInt!
  kind: AllocationKind!
  "share of the allocation released at TGE, percent"
  tgePercent: Float!
  "TGE"
  vestingStart: DateTime!
  "end of the cliff; null without one"
  cliffDate: DateTime
  "when the last token unlocks; null for UNSCHEDULED"
  vestingEnd: DateTime
  "the allocation's first event starting after asOf; null when its schedule is over or it has none"
  nextUnlock: UnlockEvent
  "unlocked ÷ circulating supply at asOf, percent"
  circulatingPercent: Float
  "× the price at asOf, USD; null without a price"
  totalUsd: BigDecimal
  unlockedUsd: BigDecimal
  lockedUsd: BigDecimal
  "false where no schedule was published and the projection is an assumption"
  published: Boolean!
  note: String!
}

"The earliest date after asOf on which unlock events start, over every allocation."
type NextUnlock {
  date: DateTime!
  "end of the longest period starting then"
  until: DateTime!
  "(date − asOf) in days"
  daysUntil: Float!
  "OPG wei of every event starting on date"
  amount: BigInt!
  allocations: [String!]!
  supplyPercent: Float!
  circulatingPercent: Float
  amountUsd: BigDecimal
}

type Allocations {
  "reference time: the end of the last indexed Base day (the wall clock before any)"
  asOf: DateTime!
  "OPG wei"
  totalSupply: BigInt!
  "OPG wei: BaseDailyStat.circulatingSupply of the last indexed day, or the schedule before any (see circulatingBasis)"
  circulating: BigInt!
  circulatingBasis: UnlockedBasis!
  "close of the last hourly PriceCandle at or before asOf"
  priceUsd: BigDecimal
  allocations: [AllocationRow!]!
  nextUnlock: NextUnlock
  "where the allocation table comes from"
  source: String!
}

"A vesting contract's or distributor's schedule (its allocation's, scaled to what it holds) and its releases."
type VestingSchedule {
  address: String!
  label: String
  "vesting or distributor"
  sourceKind: String!
  allocation: String!
  allocationLabel: String!
  "UNLOCKS: from its Unlock rows; LABEL: from its account label (no release yet)"
  allocationFrom: String!
  kind: AllocationKind!
  "the one beneficiary of its releases; null when there are none or several"
  beneficiary: String
  beneficiaryCount: Int!
  "up to ${TOP_BENEFICIARIES} beneficiaries, most received first"
  topBeneficiaries: [String!]!
  start: DateTime!
  cliffDate: DateTime
  cliffMonths: Int!
  vestingMonths: Int!
  "length of the linear part, days"
  durationDays: Float!
  vestingEnd: DateTime
  tgePercent: Float!
  "released + remaining, OPG wei: what the contract was given"
  holdings: BigInt!
  "holdings ÷ the allocation's total, percent"
  holdingsPercentOfAllocation: Float
  "sum of its Unlock rows, OPG wei"
  released: BigInt!
  "its Unlock rows"
  releases: Int!
  "its OPG balance, OPG wei"
  remaining: BigInt!
  "what the schedule has vested by asOf, scaled to holdings, OPG wei"
  scheduledReleased: BigInt!
  "scheduledReleased − released, never below 0: vested but not yet released (or claimed)"
  releasableNow: BigInt!
  firstRelease: DateTime
  lastRelease: DateTime
  "the schedule's next event after asOf, scaled to holdings"
  nextRelease: VestingRelease
  asOf: DateTime!
}

type VestingRelease {
  date: DateTime!
  until: DateTime!
  kind: UnlockEventKind!
  "OPG wei"
  amount: BigInt!
}

extend type Query {
  "The allocation table: per allocation total, unlocked (observed or projected), locked, kind, cliff, vesting end, next unlock, share of circulating and USD value; and the next unlock over all allocations."
  allocations: Allocations!
  "Unlock events starting in [from, to], by date. from defaults to the allocations' asOf, to to ${CALENDAR_DEFAULT_MONTHS} months after from. The whole schedule holds a few hundred events."
  unlockCalendar(from: DateTime, to: DateTime): [UnlockEvent!]!
  "The schedule of a vesting contract or distributor (an Unlock source); null for any other address."
  vestingSchedule(address: String!): VestingSchedule
}
`
