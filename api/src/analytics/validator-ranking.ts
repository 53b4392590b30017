import type { Db, Row } from '../db/db'
import { entityOf, type Model } from '../model/types'
import { selectList } from '../sql/select'
import { DAY_MS } from './buckets'
import { endOfLastIndexedDay } from './range'
import { commissionTrend, expectedCommission, networkRiseRate } from './commission-trend'
import { rankNote } from './rank-note'
import {
  PRIOR_YEARS,
  RISK_WEIGHTS,
  confidence,
  expectedLossPer1000,
  networkSlashRate,
  observedSlashFraction,
  priorRisk,
  riskComponents,
  riskScore,
  shrinkRisk,
} from './risk'
import { commissionAt, expectedRewardPer1000, grossRewardYield } from './staking-reward'

const YEAR_MS = 365.25 * DAY_MS
/** Rewards are observed over the last year, or the whole history when it is shorter. */
const REWARD_WINDOW_DAYS = 365
export type RankingOrder = 'NET_DESC' | 'RISK_ASC' | 'RISK_DESC' | 'STAKE_DESC' | 'EXPECTED_LOSS_ASC' | 'COMMISSION_ASC'

function groupBy<T>(rows: T[], key: (r: T) => string | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const k = key(r)
    if (k == null) continue
    out.set(k, [...(out.get(k) ?? []), r])
  }
  return out
}

/** share a / b of two wei amounts as a float, 0 when b is 0 */
function share(a: bigint, b: bigint): number {
  return b === 0n ? 0 : Number((a * 1_000_000_000n) / b) / 1_000_000_000
}

/**
 * Everything a delegator compares, for every validator: seven small reads (validators, commission
 * changes, slash/jail events, 30-day flows, linked TEE nodes, a year of withdrawn rewards per day,
 * the stake held each day) and the pure risk and reward maths.
 */
export async function loadValidatorRanking(db: Db, model: Model, order: RankingOrder) {
  const asOf = await endOfLastIndexedDay(db, 'og_daily_stat')
  const cols = (name: string) => selectList(entityOf(model, name), 't0')
  const since30 = new Date(asOf - 30 * DAY_MS).toISOString()
  const sinceRewards = new Date(asOf - REWARD_WINDOW_DAYS * DAY_MS).toISOString()
  const until = new Date(asOf).toISOString()
  const [validators, changes, incidents, flows, tees, rewards, [staked]] = await Promise.all([
    db.query(`SELECT ${cols('Validator')} FROM validator t0`),
    db.query(`SELECT ${cols('CommissionChange')} FROM commission_change t0 ORDER BY t0.timestamp DESC, t0.id`),
    db.query(`SELECT ${cols('StakingEvent')} FROM staking_event t0 WHERE t0.kind IN ('SLASH', 'JAIL', 'UNJAIL') ORDER BY t0.timestamp DESC, t0.id`),
    db.query<{ src: string | null; dst: string | null; kind: string; amount: string }>(
      `SELECT validator_id AS src, dst_validator_id AS dst, kind, coalesce(sum(amount), 0)::text AS amount FROM staking_event
       WHERE kind IN ('DELEGATE', 'UNBOND', 'REDELEGATE') AND timestamp >= $1 AND timestamp < $2 GROUP BY 1, 2, 3`,
      [since30, new Date(asOf).toISOString()],
    ),
    db.query(`SELECT ${cols('TeeNode')} FROM tee_node t0 WHERE t0.validator_id IS NOT NULL ORDER BY t0.id`),
    // per validator and day is fine-grained enough to find the commission in effect
    db.query<{ validator: string | null; day: Date; amount: string }>(
      `SELECT validator_id AS validator, date_trunc('day', timestamp) AS day, coalesce(sum(amount), 0)::text AS amount FROM staking_event
       WHERE kind IN ('WITHDRAW_REWARD', 'CLAIM_REWARDS') AND timestamp >= $1 AND timestamp < $2 GROUP BY 1, 2`,
      [sinceRewards, until],
    ),
    db.query<{ stake_days: string; days: number }>(
      `SELECT coalesce(sum(total_staked), 0)::text AS stake_days, count(*)::int AS days FROM og_daily_stat WHERE date >= $1 AND date < $2`,
      [sinceRewards, until],
    ),
  ])
  return rankValidators({
    asOf,
    order,
    validators,
    changes,
    incidents,
    flows,
    tees,
    rewards,
    stakeDays: Number(staked?.stake_days ?? 0),
    rewardWindowDays: Number(staked?.days ?? 0),
  })
}

/** The rows the ranking reads, as the database returns them (entity columns by field name). */
export interface RankingInput {
  asOf: number
  order: RankingOrder
  validators: Row[]
  /** newest first */
  changes: Row[]
  /** SLASH, JAIL and UNJAIL events, newest first */
  incidents: Row[]
  /** 30-day sums per (validator, destination, kind) of DELEGATE, UNBOND, REDELEGATE */
  flows: { src: string | null; dst: string | null; kind: string; amount: string }[]
  tees: Row[]
  /** withdrawn rewards per validator (null for claims across validators) and day, over the reward window */
  rewards: { validator: string | null; day: Date; amount: string }[]
  /** Σ over the window's days of the total staked that day, ogwei-days */
  stakeDays: number
  rewardWindowDays: number
}

/** The pure half of the ranking: scores, rewards, losses, order and notes from the rows read. */
export function rankValidators({ asOf, order, validators, changes, incidents, flows, tees, rewards, stakeDays, rewardWindowDays }: RankingInput) {
  const changesBy = groupBy(changes, (c) => c.validator)
  const incidentsBy = groupBy(incidents, (e) => e.validator)
  const teesBy = groupBy(tees, (t) => t.validator)
  const inflow = new Map<string, bigint>()
  const outflow = new Map<string, bigint>()
  const add = (m: Map<string, bigint>, k: string | null, v: bigint) => k && m.set(k, (m.get(k) ?? 0n) + v)
  for (const f of flows) {
    const amount = BigInt(f.amount)
    if (f.kind === 'DELEGATE') add(inflow, f.src, amount)
    else if (f.kind === 'UNBOND') add(outflow, f.src, amount)
    else {
      add(outflow, f.src, amount)
      add(inflow, f.dst, amount)
    }
  }
  const totalStake = validators.reduce((s, v) => s + BigInt(v.tokens), 0n)
  const facts = validators.map((v) => {
    const ageYears = Math.max(0, (asOf - new Date(v.createdAt).getTime()) / YEAR_MS)
    const history = (changesBy.get(v.id) ?? []).map((c) => ({
      rate: Number(c.rate),
      previousRate: Number(c.previousRate),
      timestamp: new Date(c.timestamp).getTime(),
    }))
    return {
      row: v,
      stake: BigInt(v.tokens),
      totalSlashed: BigInt(v.totalSlashed),
      slashCount: Number(v.slashCount),
      ageYears,
      history,
      trend: commissionTrend(history, Number(v.commissionRate), asOf),
    }
  })
  const rate = networkSlashRate(facts)
  const fraction = observedSlashFraction(facts)
  const riseRate = networkRiseRate(facts.map((f) => ({ weightedRise: f.trend.weightedRise, ageYears: f.ageYears })))
  // the network's commission: it grosses up claims across validators (which name none) and is the prior of a young validator's
  const stakeWeightedCommission = totalStake === 0n ? 0 : facts.reduce((s, f) => s + Number(f.row.commissionRate) * share(f.stake, totalStake), 0)
  const byId = new Map(facts.map((f) => [f.row.id as string, f]))
  const grossYield = grossRewardYield(
    rewards.map((r) => {
      const f = r.validator ? byId.get(r.validator) : undefined
      return {
        amount: BigInt(r.amount),
        commission: f ? commissionAt(f.history, Number(f.row.commissionRate), r.day.getTime() + DAY_MS - 1) : stakeWeightedCommission,
      }
    }),
    stakeDays,
  )
  const scored = facts.map((f) => {
    const v = f.row
    const selfBond = BigInt(v.selfBond)
    const teeNodes = teesBy.get(v.id) ?? []
    const teeUptime = teeNodes.length ? teeNodes.reduce((s, t) => s + Number(t.uptime), 0) / teeNodes.length : null
    const components = riskComponents({
      slashCount: f.slashCount,
      jailCount: Number(v.jailCount),
      jailed: Boolean(v.jailed),
      teeUptime,
      commissionWeightedRise: f.trend.weightedRise,
      selfBondShare: share(selfBond, f.stake),
      stakeShare: share(f.stake, totalStake),
    })
    return { f, selfBond, teeNodes, teeUptime, components, recordRisk: riskScore(components) }
  })
  const prior = priorRisk(scored.map((s) => s.recordRisk))
  const ranked = scored.map(({ f, selfBond, teeNodes, teeUptime, components, recordRisk }) => {
    const v = f.row
    const commissionIncrease90d = f.history
      .filter((c) => c.timestamp > asOf - 90 * DAY_MS && c.timestamp <= asOf)
      .reduce((s, c) => s + Math.max(0, c.rate - c.previousRate), 0)
    const loss = expectedLossPer1000({ slashCount: f.slashCount, ageYears: f.ageYears, networkSlashRate: rate, slashFraction: fraction })
    const expected = expectedCommission({
      currentRate: Number(v.commissionRate),
      weightedRise: f.trend.weightedRise,
      ageYears: f.ageYears,
      networkRate: stakeWeightedCommission,
      networkRiseRate: riseRate,
      priorYears: PRIOR_YEARS,
      maxRate: v.maxCommissionRate == null ? null : Number(v.maxCommissionRate),
    })
    const earning = !v.jailed && v.status === 'BONDED'
    const reward = Math.round(expectedRewardPer1000({ grossYield, expectedCommission: expected, earning }) * 10_000) / 10_000
    const lossPer1000 = Math.round(loss.loss * 10_000) / 10_000
    const inflow30d = inflow.get(v.id) ?? 0n
    const outflow30d = outflow.get(v.id) ?? 0n
    return {
      rank: 0,
      rankNote: null as string | null,
      validator: v,
      stake: f.stake,
      stakeShare: share(f.stake, totalStake),
      selfBond,
      selfBondShare: share(selfBond, f.stake),
      commissionRate: v.commissionRate,
      maxCommissionRate: v.maxCommissionRate,
      commissionChanges: changesBy.get(v.id) ?? [],
      commissionIncrease90d,
      commissionTrend: f.trend,
      expectedCommission: expected,
      delegatorCount: v.delegatorCount,
      inflow30d,
      outflow30d,
      netFlow30d: inflow30d - outflow30d,
      slashCount: f.slashCount,
      jailCount: v.jailCount,
      jailed: v.jailed,
      totalSlashed: f.totalSlashed,
      slashAndJailHistory: incidentsBy.get(v.id) ?? [],
      teeUptime,
      teeNodes,
      ageYears: f.ageYears,
      confidence: confidence(f.ageYears),
      recordRisk,
      risk: shrinkRisk(recordRisk, f.ageYears, prior),
      components,
      annualSlashProbability: loss.probability,
      slashFraction: fraction,
      expectedLossPer1000: lossPer1000,
      expectedRewardPer1000: reward,
      earning,
      netPer1000: Math.round((reward - lossPer1000) * 10_000) / 10_000,
    }
  })
  const compare: Record<RankingOrder, (a: (typeof ranked)[0], b: (typeof ranked)[0]) => number> = {
    NET_DESC: (a, b) => b.netPer1000 - a.netPer1000,
    RISK_ASC: (a, b) => a.risk - b.risk,
    RISK_DESC: (a, b) => b.risk - a.risk,
    STAKE_DESC: (a, b) => (b.stake > a.stake ? 1 : b.stake < a.stake ? -1 : 0),
    EXPECTED_LOSS_ASC: (a, b) => a.expectedLossPer1000 - b.expectedLossPer1000,
    COMMISSION_ASC: (a, b) => Number(a.commissionRate) - Number(b.commissionRate),
  }
  ranked.sort((a, b) => compare[order](a, b) || (a.validator.id < b.validator.id ? -1 : 1))
  ranked.forEach((r, i) => (r.rank = i + 1))
  for (const r of ranked) r.rankNote = rankNote(r, ranked, order)
  return {
    asOf,
    totalStake,
    networkSlashRate: rate,
    slashFraction: fraction,
    weights: RISK_WEIGHTS,
    priorYears: PRIOR_YEARS,
    priorRisk: Math.round(prior * 100) / 100,
    networkCommissionRate: stakeWeightedCommission,
    networkCommissionRiseRate: riseRate,
    grossRewardYield: grossYield,
    rewardWindowDays,
    validators: ranked,
  }
}
