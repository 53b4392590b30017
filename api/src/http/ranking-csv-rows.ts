import type { loadCommissionLimits } from '../analytics/slash-detail-load'
import type { rankValidators } from '../analytics/validator-ranking'
import type { ColumnField, ScalarType } from '../model/types'
import { csvLine, csvNote, csvRow } from './csv-cells'

type Ranking = ReturnType<typeof rankValidators>
type Row = Ranking['validators'][number]
type Limits = Awaited<ReturnType<typeof loadCommissionLimits>>
type Check = Limits['validators'][number]

/** One column of the file: its header, its type (numbers are never formula-escaped) and its value. */
interface RankingColumn {
  name: string
  type: ScalarType
  value: (r: Row, check: Check | undefined) => unknown
}

const round = (x: number | null | undefined, digits = 6) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits)

/** Every column of the validators table, in ogwei and fractions as the API answers, with the commission limit check. */
export const RANKING_COLUMNS: readonly RankingColumn[] = [
  { name: 'rank', type: 'Int', value: (r) => r.rank },
  { name: 'validator', type: 'String', value: (r) => r.validator.id },
  { name: 'moniker', type: 'String', value: (r) => r.validator.moniker },
  { name: 'status', type: 'String', value: (r) => r.validator.status },
  { name: 'jailed', type: 'Boolean', value: (r) => r.jailed },
  { name: 'net_per_1000_opg', type: 'Float', value: (r) => r.netPer1000 },
  { name: 'expected_reward_per_1000_opg', type: 'Float', value: (r) => r.expectedRewardPer1000 },
  { name: 'expected_loss_per_1000_opg', type: 'Float', value: (r) => r.expectedLossPer1000 },
  { name: 'earning', type: 'Boolean', value: (r) => r.earning },
  { name: 'risk', type: 'Float', value: (r) => round(r.risk, 4) },
  { name: 'record_risk', type: 'Float', value: (r) => round(r.recordRisk, 4) },
  { name: 'confidence', type: 'Float', value: (r) => round(r.confidence) },
  { name: 'age_years', type: 'Float', value: (r) => round(r.ageYears) },
  { name: 'stake_ogwei', type: 'BigInt', value: (r) => r.stake },
  { name: 'stake_share', type: 'Float', value: (r) => round(r.stakeShare) },
  { name: 'self_bond_ogwei', type: 'BigInt', value: (r) => r.selfBond },
  { name: 'self_bond_share', type: 'Float', value: (r) => round(r.selfBondShare) },
  { name: 'commission_rate', type: 'Float', value: (r) => Number(r.commissionRate) },
  { name: 'expected_commission', type: 'Float', value: (r) => round(r.expectedCommission) },
  { name: 'commission_from', type: 'Float', value: (r) => r.commissionTrend.fromRate },
  { name: 'commission_rises', type: 'Int', value: (r) => r.commissionTrend.rises },
  { name: 'commission_highest', type: 'Float', value: (r) => r.commissionTrend.maxObservedRate },
  { name: 'commission_largest_rise', type: 'Float', value: (r) => round(r.commissionTrend.maxRise) },
  { name: 'commission_largest_daily_change', type: 'Float', value: (_r, c) => c?.largestDailyChange },
  { name: 'commission_exceeds_max_change', type: 'Boolean', value: (_r, c) => c?.exceedsMaxChange },
  { name: 'tee_uptime', type: 'Float', value: (r) => round(r.teeUptime) },
  { name: 'slash_count', type: 'Int', value: (r) => r.slashCount },
  { name: 'jail_count', type: 'Int', value: (r) => r.jailCount },
  { name: 'total_slashed_ogwei', type: 'BigInt', value: (r) => r.totalSlashed },
  { name: 'annual_slash_probability', type: 'Float', value: (r) => round(r.annualSlashProbability) },
  { name: 'slash_fraction', type: 'Float', value: (r) => round(r.slashFraction) },
  { name: 'delegators', type: 'Int', value: (r) => r.delegatorCount },
  { name: 'net_flow_30d_ogwei', type: 'BigInt', value: (r) => r.netFlow30d },
  { name: 'rank_note', type: 'String', value: (r) => r.rankNote },
]

const FIELDS: ColumnField[] = RANKING_COLUMNS.map((c) => ({ kind: 'scalar', type: c.type, name: c.name, column: c.name, nullable: true }))

export const RANKING_FORMULA =
  'net_per_1000_opg = expected_reward − expected_loss per 1,000 OPG delegated over the next year; expected_reward = 1000 × gross reward yield × (1 − expected_commission), 0 unless earning; expected_loss = 1000 × annual_slash_probability × slash_fraction; the full formula is the ValidatorRisk description in the API schema'

/**
 * The whole file: the header on line one (so every spreadsheet finds the columns), one row per
 * validator in the ranking's order, then notes, the codebase's CSV convention (csv-cells.ts):
 * the formula, the commission limits, and the time and indexed heads the ranking was read at.
 */
export function rankingCsv(ranking: Ranking, limits: Limits, facts: { order: string; heads: string }): string {
  const checks = new Map(limits.validators.map((c) => [c.validator, c]))
  let out = csvLine(RANKING_COLUMNS.map((c) => ({ text: c.name, forceQuote: false })))
  for (const r of ranking.validators) {
    const row = Object.fromEntries(RANKING_COLUMNS.map((c) => [c.name, c.value(r, checks.get(r.validator.id))]))
    out += csvRow(FIELDS, row)
  }
  out += csvNote(`formula: ${RANKING_FORMULA}`)
  out += csvNote(
    `commission limits: minimum ${limits.minRate}, maximum ${limits.maxRate}, maximum change ${limits.maxChangeRate} per 24 h (${limits.source}); commission_exceeds_max_change compares each validator's largest move within 24 h with that maximum`,
  )
  out += csvNote(
    `${ranking.validators.length} validators ordered by ${facts.order}; as of ${new Date(ranking.asOf).toISOString()}; gross reward yield ${ranking.grossRewardYield}; indexed heads ${facts.heads}`,
  )
  return out
}
