/** Validators for delegators: the API's ranking by net (reward − loss) with its risk components, its methodology, and one validator's history. */
import { typed } from '../../api/document'
import type {
  CommissionLimitsQuery,
  CommissionLimitsQueryVariables,
  ValidatorDelegationsQuery,
  ValidatorDelegationsQueryVariables,
  ValidatorIncidentsQuery,
  ValidatorIncidentsQueryVariables,
  RiskMethodologyQuery,
  RiskMethodologyQueryVariables,
  ValidatorQuery,
  ValidatorQueryVariables,
  ValidatorRankingQuery,
  ValidatorRankingQueryVariables,
} from '../../generated/graphql'

export const RANKING_QUERY = typed<ValidatorRankingQuery, ValidatorRankingQueryVariables>(/* GraphQL */ `
query ValidatorRanking {
  validatorRanking(orderBy: NET_DESC) {
    asOf totalStake networkSlashRate slashFraction priorYears priorRisk networkCommissionRate networkCommissionRiseRate
    grossRewardYield rewardWindowDays
    weights { slashing jailing downtime commission selfBond concentration }
    validators {
      rank rankNote stake stakeShare selfBond selfBondShare commissionRate maxCommissionRate commissionIncrease90d delegatorCount
      commissionTrend { fromRate toRate rises cuts maxObservedRate maxRise weightedRise spanYears } expectedCommission
      inflow30d outflow30d netFlow30d slashCount jailCount jailed totalSlashed teeUptime ageYears confidence recordRisk risk
      components { slashing jailing downtime commission selfBond concentration }
      annualSlashProbability slashFraction expectedLossPer1000 earning expectedRewardPer1000 netPer1000
      validator { id moniker status createdAt }
      teeNodes { id uptime enabled endpoint }
    }
  }
}`)

/** The API documents its formula in the schema; the page shows that text, so the two cannot drift apart. */
export const METHODOLOGY_QUERY = typed<RiskMethodologyQuery, RiskMethodologyQueryVariables>(/* GraphQL */ `
query RiskMethodology {
  score: __type(name: "ValidatorRisk") { description }
  components: __type(name: "RiskComponents") { fields { name description } }
}`)

export const VALIDATOR_QUERY = typed<ValidatorQuery, ValidatorQueryVariables>(/* GraphQL */ `
query Validator($id: String!) {
  validatorById(id: $id) {
    id moniker commissionRate maxCommissionRate minSelfDelegation tokens delegatorShares jailed status
    delegatorCount selfBond createdAt createdBlock slashCount jailCount totalSlashed stateBlock
    commissionChanges(orderBy: [timestamp_DESC], limit: 100) { id rate previousRate timestamp blockNumber txHash }
  }
  events: stakingEvents(where: { OR: [{ validator: { id_eq: $id } }, { dstValidator: { id_eq: $id } }] }, orderBy: [blockNumber_ASC, id_ASC], limit: 1000) {
    id kind delegator amount completionTime timestamp blockNumber txHash detectedBy
    validator { id moniker } dstValidator { id moniker }
  }
  teeNodes(where: { validator: { id_eq: $id } }, limit: 20) { id endpoint enabled uptime lastHeartbeatAt }
}`)

/** Each slash, jail and unjail with the delegators' loss and the end of the jail, and the commission limits beside this validator's moves. */
export const INCIDENTS_QUERY = typed<ValidatorIncidentsQuery, ValidatorIncidentsQueryVariables>(/* GraphQL */ `
query ValidatorIncidents($id: String!) {
  validatorIncidents(validator: $id) {
    validator jailed
    incidents {
      id kind timestamp blockNumber detectedBy reason reasonNote slashedAmount stakeBefore slashFraction lossPer1000 lossSource
      jailedUntil jailedUntilSource unjailedAt
    }
  }
}`)

/** The chain's commission limits and every validator's largest move within 24 h against them. */
export const COMMISSION_LIMITS_QUERY = typed<CommissionLimitsQuery, CommissionLimitsQueryVariables>(/* GraphQL */ `
query CommissionLimits {
  commissionLimits {
    minRate maxRate maxChangeRate perValidatorLimitsIndexed source
    validators { validator commissionRate changes largestDailyChange largestDailyChangeAt changesOverMax exceedsMaxChange outsideRange }
  }
}`)

/** One page of a validator's delegations (the generic entity list), largest first, with the total. */
export const DELEGATIONS_QUERY = typed<ValidatorDelegationsQuery, ValidatorDelegationsQueryVariables>(/* GraphQL */ `
query ValidatorDelegations($where: DelegationWhereInput, $orderBy: [DelegationOrderByInput!]!, $first: Int!, $after: String) {
  delegationsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id delegator amount shares createdAt updatedAt } }
  }
}`)
