import { COMMISSION_RULES } from '../analytics/slash-detail-commission'
import { DOWNTIME_JAIL_SECONDS, REASON_NOT_REPORTED } from '../analytics/slash-detail'

export const stakingTypeDefs = /* GraphQL */ `
enum StakingIncidentKind {
  SLASH
  JAIL
  UNJAIL
}

"""
One slash, jail or unjail and what it meant for delegators. Slashes and jails leave no EVM log: the
indexer finds them as changes in the staking precompile's view (detectedBy = state), which names no
cause, so reason is null and reasonNote says "${REASON_NOT_REPORTED}" rather than guessing.
"""
type StakingIncident {
  "the StakingEvent id"
  id: ID!
  kind: StakingIncidentKind!
  "for state findings: the block the change was read at (it happened at or before it)"
  timestamp: DateTime!
  blockNumber: Int!
  "log or state"
  detectedBy: String!
  "the cause as the chain reports it; null when the indexed event carries none"
  reason: String
  reasonNote: String!
  "SLASH: ogwei lost by every delegation of the validator, its self-bond included (the indexed slashed amount)"
  slashedAmount: BigInt
  "SLASH: ogwei staked just before, the current stake walked back through the later staking events"
  stakeBefore: BigInt
  "SLASH: slashedAmount / stakeBefore"
  slashFraction: Float
  "SLASH: OPG a delegator lost per 1,000 OPG delegated = 1000 × slashFraction"
  lossPer1000: Float
  "SLASH: where the loss comes from"
  lossSource: String
  "JAIL: the earliest unjail: jail time + the chain's downtime jail duration (${DOWNTIME_JAIL_SECONDS} s) when the event carries no end"
  jailedUntil: DateTime
  jailedUntilSource: String
  "JAIL: when the validator unjailed; null while still jailed"
  unjailedAt: DateTime
}

type ValidatorIncidents {
  validator: String!
  jailed: Boolean!
  "newest first"
  incidents: [StakingIncident!]!
}

"One validator's commission moves against the max change rate."
type ValidatorCommissionCheck {
  validator: String!
  commissionRate: Float!
  changes: Int!
  "the largest move of the rate within any 24 h, as a fraction (two changes within a day count together)"
  largestDailyChange: Float!
  largestDailyChangeAt: DateTime
  "changes that moved the rate by more than maxChangeRate within 24 h"
  changesOverMax: Int!
  exceedsMaxChange: Boolean!
  "the commission now is below minRate or above maxRate"
  outsideRange: Boolean!
}

"""
The chain's commission limits, as fractions. minRate is the chain's min_commission_rate; maxRate and
maxChangeRate (per 24 h) are declared by each validator at creation and are not in the staking
precompile's view, so the values are those OpenGradient's mainnet genesis validators declare
(${COMMISSION_RULES.maxRate} and ${COMMISSION_RULES.maxChangeRate}) and perValidatorLimitsIndexed is false.
"""
type CommissionLimits {
  minRate: Float!
  maxRate: Float!
  maxChangeRate: Float!
  perValidatorLimitsIndexed: Boolean!
  source: String!
  validators: [ValidatorCommissionCheck!]!
}

extend type Query {
  "One validator's slashes, jails and unjails, newest first, with the delegators' loss per slash and the end of each jail. Null for an unknown validator; validator is its operator address."
  validatorIncidents(validator: String!): ValidatorIncidents
  "The chain's minimum commission, the max rate and max daily change, and whether each validator's observed changes ever exceeded the daily max."
  commissionLimits: CommissionLimits!
}
`
