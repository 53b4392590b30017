/** Validators for delegators: the API's ranking by net (reward − loss) with its risk components, its methodology, and one validator's history. */
import { typed } from '../../api/document'
import type {
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
    delegations(orderBy: [amount_DESC], limit: 100) { id delegator amount shares createdAt updatedAt }
  }
  events: stakingEvents(where: { OR: [{ validator: { id_eq: $id } }, { dstValidator: { id_eq: $id } }] }, orderBy: [blockNumber_ASC, id_ASC], limit: 1000) {
    id kind delegator amount completionTime timestamp blockNumber txHash detectedBy
    validator { id moniker } dstValidator { id moniker }
  }
  teeNodes(where: { validator: { id_eq: $id } }, limit: 20) { id endpoint enabled uptime lastHeartbeatAt }
}`)
