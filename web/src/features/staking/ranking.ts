/** The validator ranking as delegators read it: labels of the risk components and sorting by any column. */
import type { ValidatorRankingQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

export type ValidatorRisk = ValidatorRankingQuery['validatorRanking']['validators'][number]
export type RiskComponents = ValidatorRisk['components']

export const COMPONENT_LABELS: Record<keyof RiskComponents, string> = {
  slashing: 'Slashing',
  jailing: 'Jailing',
  downtime: 'TEE downtime',
  commission: 'Commission rises',
  selfBond: 'Low self-bond',
  concentration: 'Concentration',
}

export const RANKING_SORTS = ['risk', 'stake', 'commission', 'uptime', 'loss'] as const
export type RankingSort = (typeof RANKING_SORTS)[number]

const sortValue: Record<RankingSort, (v: ValidatorRisk) => number> = {
  risk: (v) => v.risk,
  stake: (v) => unitsToNumber(v.stake),
  commission: (v) => Number(v.commissionRate),
  // an operator with no TEE we can see has no uptime: it sorts below every measured one
  uptime: (v) => v.teeUptime ?? -1,
  loss: (v) => v.expectedLossPer1000,
}

/** Sorts the ranking by a column (`risk` or `-risk`), keeping the API's rank as the tiebreak. */
export function sortRanking(rows: readonly ValidatorRisk[], sort: string): ValidatorRisk[] {
  const desc = sort.startsWith('-')
  const key = (desc ? sort.slice(1) : sort) as RankingSort
  const value = sortValue[key] ?? sortValue.risk
  return [...rows].sort((a, b) => (desc ? value(b) - value(a) : value(a) - value(b)) || a.rank - b.rank)
}
