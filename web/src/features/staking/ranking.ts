/** The validator ranking as delegators read it: labels of the risk components, the commission trend in words and sorting by any column. */
import type { ValidatorRankingQuery } from '../../generated/graphql'
import { plural, unitsToNumber } from '../../lib/format'

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

export const RANKING_SORTS = ['net', 'reward', 'risk', 'stake', 'commission', 'uptime', 'loss', 'age'] as const
export type RankingSort = (typeof RANKING_SORTS)[number]

/** The page opens as the API ranks: by net per 1,000 OPG, highest first. */
export const DEFAULT_RANKING_SORT = '-net'

const sortValue: Record<RankingSort, (v: ValidatorRisk) => number> = {
  net: (v) => v.netPer1000,
  reward: (v) => v.expectedRewardPer1000,
  age: (v) => v.ageYears,
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
  const value = sortValue[key] ?? sortValue.net
  return [...rows].sort((a, b) => (desc ? value(b) - value(a) : value(a) - value(b)) || a.rank - b.rank)
}

/** "10 % → 25 %, 2 rises" — the whole commission history in the row; null when it never changed. */
export function commissionTrendText(t: ValidatorRisk['commissionTrend'], percent: (x: number) => string): string | null {
  if (t.rises === 0 && t.cuts === 0) return null
  const parts = [`${percent(t.fromRate)} → ${percent(t.toRate)}`]
  if (t.rises) parts.push(plural(t.rises, 'rise', 'rises'))
  if (t.cuts) parts.push(plural(t.cuts, 'cut', 'cuts'))
  return parts.join(', ')
}
