import type { Db } from '../db/db'
import { entityOf, type Model } from '../model/types'
import { selectList } from '../sql/select'
import { DAY_MS } from './buckets'
import { endOfLastIndexedDay } from './range'
import { RISK_WEIGHTS, expectedLossPer1000, networkSlashRate, observedSlashFraction, riskComponents, riskScore } from './risk'

const YEAR_MS = 365.25 * DAY_MS
export type RankingOrder = 'RISK_ASC' | 'RISK_DESC' | 'STAKE_DESC' | 'EXPECTED_LOSS_ASC' | 'COMMISSION_ASC'

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
 * Everything a delegator compares, for every validator: five small reads (validators, commission
 * changes, slash/jail events, 30-day flows, linked TEE nodes) and the pure risk maths.
 */
export async function loadValidatorRanking(db: Db, model: Model, order: RankingOrder) {
  const asOf = await endOfLastIndexedDay(db, 'og_daily_stat')
  const cols = (name: string) => selectList(entityOf(model, name), 't0')
  const since30 = new Date(asOf - 30 * DAY_MS).toISOString()
  const [validators, changes, incidents, flows, tees] = await Promise.all([
    db.query(`SELECT ${cols('Validator')} FROM validator t0`),
    db.query(`SELECT ${cols('CommissionChange')} FROM commission_change t0 ORDER BY t0.timestamp DESC, t0.id`),
    db.query(`SELECT ${cols('StakingEvent')} FROM staking_event t0 WHERE t0.kind IN ('SLASH', 'JAIL', 'UNJAIL') ORDER BY t0.timestamp DESC, t0.id`),
    db.query<{ src: string | null; dst: string | null; kind: string; amount: string }>(
      `SELECT validator_id AS src, dst_validator_id AS dst, kind, coalesce(sum(amount), 0)::text AS amount FROM staking_event
       WHERE kind IN ('DELEGATE', 'UNBOND', 'REDELEGATE') AND timestamp >= $1 AND timestamp < $2 GROUP BY 1, 2, 3`,
      [since30, new Date(asOf).toISOString()],
    ),
    db.query(`SELECT ${cols('TeeNode')} FROM tee_node t0 WHERE t0.validator_id IS NOT NULL ORDER BY t0.id`),
  ])
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
  const facts = validators.map((v) => ({
    row: v,
    stake: BigInt(v.tokens),
    totalSlashed: BigInt(v.totalSlashed),
    slashCount: Number(v.slashCount),
    ageYears: Math.max(0, (asOf - new Date(v.createdAt).getTime()) / YEAR_MS),
  }))
  const rate = networkSlashRate(facts)
  const fraction = observedSlashFraction(facts)
  const ranked = facts.map((f) => {
    const v = f.row
    const selfBond = BigInt(v.selfBond)
    const teeNodes = teesBy.get(v.id) ?? []
    const teeUptime = teeNodes.length ? teeNodes.reduce((s, t) => s + Number(t.uptime), 0) / teeNodes.length : null
    const history = changesBy.get(v.id) ?? []
    const commissionIncrease90d = history
      .filter((c) => new Date(c.timestamp).getTime() > asOf - 90 * DAY_MS && new Date(c.timestamp).getTime() <= asOf)
      .reduce((s, c) => s + Math.max(0, Number(c.rate) - Number(c.previousRate)), 0)
    const components = riskComponents({
      slashCount: f.slashCount,
      jailCount: Number(v.jailCount),
      jailed: Boolean(v.jailed),
      teeUptime,
      commissionIncrease90d,
      selfBondShare: share(selfBond, f.stake),
      stakeShare: share(f.stake, totalStake),
    })
    const loss = expectedLossPer1000({ slashCount: f.slashCount, ageYears: f.ageYears, networkSlashRate: rate, slashFraction: fraction })
    const inflow30d = inflow.get(v.id) ?? 0n
    const outflow30d = outflow.get(v.id) ?? 0n
    return {
      rank: 0,
      validator: v,
      stake: f.stake,
      stakeShare: share(f.stake, totalStake),
      selfBond,
      selfBondShare: share(selfBond, f.stake),
      commissionRate: v.commissionRate,
      maxCommissionRate: v.maxCommissionRate,
      commissionChanges: history,
      commissionIncrease90d,
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
      risk: riskScore(components),
      components,
      annualSlashProbability: loss.probability,
      slashFraction: fraction,
      expectedLossPer1000: Math.round(loss.loss * 10_000) / 10_000,
    }
  })
  const compare: Record<RankingOrder, (a: (typeof ranked)[0], b: (typeof ranked)[0]) => number> = {
    RISK_ASC: (a, b) => a.risk - b.risk,
    RISK_DESC: (a, b) => b.risk - a.risk,
    STAKE_DESC: (a, b) => (b.stake > a.stake ? 1 : b.stake < a.stake ? -1 : 0),
    EXPECTED_LOSS_ASC: (a, b) => a.expectedLossPer1000 - b.expectedLossPer1000,
    COMMISSION_ASC: (a, b) => Number(a.commissionRate) - Number(b.commissionRate),
  }
  ranked.sort((a, b) => compare[order](a, b) || (a.validator.id < b.validator.id ? -1 : 1))
  ranked.forEach((r, i) => (r.rank = i + 1))
  return { asOf, totalStake, networkSlashRate: rate, slashFraction: fraction, weights: RISK_WEIGHTS, validators: ranked }
}
