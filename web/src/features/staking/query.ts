/** Validators for delegators: the API's ranking with its risk components, and one validator's history. */
import { unitsToNumber } from '../lib/format'

const RISK_FIELDS = `
  rank stake stakeShare selfBond selfBondShare commissionRate maxCommissionRate commissionIncrease90d delegatorCount
  inflow30d outflow30d netFlow30d slashCount jailCount jailed totalSlashed teeUptime ageYears risk
  components { slashing jailing downtime commission selfBond concentration }
  annualSlashProbability slashFraction expectedLossPer1000
  validator { id moniker status createdAt }
  teeNodes { id uptime enabled endpoint }`

export const RANKING_QUERY = /* GraphQL */ `
query ValidatorRanking {
  validatorRanking(orderBy: RISK_ASC) {
    asOf totalStake networkSlashRate slashFraction
    weights { slashing jailing downtime commission selfBond concentration }
    validators { ${RISK_FIELDS} }
  }
}`

/** The API documents its formula in the schema; the page shows that text, so the two cannot drift apart. */
export const METHODOLOGY_QUERY = /* GraphQL */ `
query RiskMethodology {
  score: __type(name: "ValidatorRisk") { description }
  components: __type(name: "RiskComponents") { fields { name description } }
}`

export interface RiskComponents {
  slashing: number
  jailing: number
  downtime: number
  commission: number
  selfBond: number
  concentration: number
}

export const COMPONENT_LABELS: Record<keyof RiskComponents, string> = {
  slashing: 'Slashing',
  jailing: 'Jailing',
  downtime: 'TEE downtime',
  commission: 'Commission rises',
  selfBond: 'Low self-bond',
  concentration: 'Concentration',
}

export interface ValidatorRiskWire {
  rank: number
  stake: string
  stakeShare: number
  selfBond: string
  selfBondShare: number
  commissionRate: string
  maxCommissionRate: string | null
  commissionIncrease90d: number
  delegatorCount: number
  inflow30d: string
  outflow30d: string
  netFlow30d: string
  slashCount: number
  jailCount: number
  jailed: boolean
  totalSlashed: string
  teeUptime: number | null
  ageYears: number
  risk: number
  components: RiskComponents
  annualSlashProbability: number
  slashFraction: number
  expectedLossPer1000: number
  validator: { id: string; moniker: string | null; status: string; createdAt: string }
  teeNodes: Array<{ id: string; uptime: number; enabled: boolean; endpoint: string | null }>
}

export interface RankingWire {
  validatorRanking: {
    asOf: string
    totalStake: string
    networkSlashRate: number
    slashFraction: number
    weights: RiskComponents
    validators: ValidatorRiskWire[]
  }
}

export interface MethodologyWire {
  score: { description: string | null } | null
  components: { fields: Array<{ name: string; description: string | null }> } | null
}

export const RANKING_SORTS = ['risk', 'stake', 'commission', 'uptime', 'loss'] as const
export type RankingSort = (typeof RANKING_SORTS)[number]

const sortValue: Record<RankingSort, (v: ValidatorRiskWire) => number> = {
  risk: (v) => v.risk,
  stake: (v) => unitsToNumber(v.stake),
  commission: (v) => Number(v.commissionRate),
  // an operator with no TEE we can see has no uptime: it sorts below every measured one
  uptime: (v) => v.teeUptime ?? -1,
  loss: (v) => v.expectedLossPer1000,
}

/** Sorts the ranking by a column (`risk` or `-risk`), keeping the API's rank as the tiebreak. */
export function sortRanking(rows: readonly ValidatorRiskWire[], sort: string): ValidatorRiskWire[] {
  const desc = sort.startsWith('-')
  const key = (desc ? sort.slice(1) : sort) as RankingSort
  const value = sortValue[key] ?? sortValue.risk
  return [...rows].sort((a, b) => (desc ? value(b) - value(a) : value(a) - value(b)) || a.rank - b.rank)
}

// ---------------------------------------------------------------- one validator

export const VALIDATOR_QUERY = /* GraphQL */ `
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
}`

export interface StakingEventRow {
  id: string
  kind: string
  delegator: string | null
  amount: string | null
  completionTime: string | null
  timestamp: string
  blockNumber: number
  txHash: string | null
  detectedBy: string
  validator: { id: string; moniker: string | null } | null
  dstValidator: { id: string; moniker: string | null } | null
}

export interface ValidatorWire {
  validatorById: {
    id: string
    moniker: string | null
    commissionRate: string
    maxCommissionRate: string | null
    minSelfDelegation: string
    tokens: string
    delegatorShares: string
    jailed: boolean
    status: string
    delegatorCount: number
    selfBond: string
    createdAt: string
    createdBlock: number
    slashCount: number
    jailCount: number
    totalSlashed: string
    stateBlock: number
    commissionChanges: Array<{ id: string; rate: string; previousRate: string; timestamp: string; blockNumber: number; txHash: string }>
    delegations: Array<{ id: string; delegator: string; amount: string; shares: string; createdAt: string; updatedAt: string }>
  } | null
  events: StakingEventRow[]
  teeNodes: Array<{ id: string; endpoint: string | null; enabled: boolean; uptime: number; lastHeartbeatAt: string | null }>
}

/** How an event moves this validator's stake, in ogwei; 0 for events that move none. */
export function stakeDelta(e: StakingEventRow, validatorId: string): bigint {
  const amount = e.amount == null ? 0n : BigInt(e.amount)
  const isSource = e.validator?.id === validatorId
  switch (e.kind) {
    case 'CREATE_VALIDATOR':
    case 'DELEGATE':
    case 'CANCEL_UNBONDING':
      return isSource ? amount : 0n
    case 'UNBOND':
    case 'SLASH':
      return isSource ? -amount : 0n
    case 'REDELEGATE':
      return (e.dstValidator?.id === validatorId ? amount : 0n) - (isSource ? amount : 0n)
    default:
      return 0n
  }
}

export interface StakePoint {
  t: number
  /** OPG staked after the event */
  stake: number
  kind: string
}

/**
 * Stake over time, walked back from the current stake through the staking events that move it
 * (the API keeps the current stake per validator and the network total per day, not a per-validator
 * series). The first point is the stake before the first event.
 */
export function stakeHistory(currentTokens: string, events: readonly StakingEventRow[], validatorId: string): StakePoint[] {
  let stake = BigInt(currentTokens)
  const points: StakePoint[] = []
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]
    const delta = stakeDelta(e, validatorId)
    if (delta === 0n && e.kind !== 'JAIL' && e.kind !== 'UNJAIL') continue
    points.push({ t: Date.parse(e.timestamp), stake: unitsToNumber(stake), kind: e.kind })
    stake -= delta
  }
  if (points.length > 0) points.push({ t: points[points.length - 1].t - 1, stake: unitsToNumber(stake < 0n ? 0n : stake), kind: 'before' })
  return points.reverse()
}

export type FlowDirection = 'in' | 'out' | 'none'

export function flowOf(e: StakingEventRow, validatorId: string): FlowDirection {
  const d = stakeDelta(e, validatorId)
  return d > 0n ? 'in' : d < 0n ? 'out' : 'none'
}
