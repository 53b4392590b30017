import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type RankingInput, type RankingOrder, rankValidators } from './validator-ranking'

const DAY = 24 * 3600 * 1000
const asOf = Date.UTC(2026, 6, 1)
const OPG = 10n ** 18n

/** A bonded validator with 1,000 OPG, 10 % self-bond and no incidents, created `ageDays` before asOf. */
function validator(id: string, commission: number, extra: Record<string, unknown> = {}, ageDays = 730) {
  return {
    id,
    moniker: id,
    commissionRate: String(commission),
    maxCommissionRate: null,
    tokens: (1000n * OPG).toString(),
    selfBond: (100n * OPG).toString(),
    jailed: false,
    status: 'BONDED',
    delegatorCount: 3,
    slashCount: 0,
    jailCount: 0,
    totalSlashed: '0',
    createdAt: new Date(asOf - ageDays * DAY),
    ...extra,
  }
}

/** A set of ordinary validators, the 10 % → 18 % → 25 % raiser, and a three-week-old validator at 3 %. */
function constructedInput(order: RankingOrder): RankingInput {
  const validators = [
    validator('a', 0.05),
    validator('b', 0.07),
    validator('c', 0.08, { jailCount: 1 }),
    validator('d', 0.1),
    validator('e', 0.06, { slashCount: 1, totalSlashed: (50n * OPG).toString(), tokens: (950n * OPG).toString() }),
    validator('f', 0.09),
    validator('g', 0.12),
    validator('raiser', 0.25),
    validator('young', 0.03, {}, 20),
  ]
  const changes = [
    { validator: 'raiser', previousRate: '0.18', rate: '0.25', timestamp: new Date(asOf - 60 * DAY) },
    { validator: 'raiser', previousRate: '0.1', rate: '0.18', timestamp: new Date(asOf - 400 * DAY) },
  ]
  const totalStake = validators.reduce((s, v) => s + Number(BigInt(v.tokens) / OPG), 0)
  // every old validator's delegators withdrew a year of 10 % gross, net of the commission they paid then
  const rewards = validators
    .filter((v) => v.id !== 'young')
    .map((v) => {
      const paid = v.id === 'raiser' ? 0.18 : Number(v.commissionRate)
      return { validator: v.id, day: new Date(asOf - 100 * DAY), amount: (BigInt(Math.round(100 * (1 - paid) * 1e6)) * 10n ** 12n).toString() }
    })
  const input: RankingInput = {
    asOf,
    order,
    validators,
    changes,
    incidents: [],
    flows: [],
    tees: [],
    rewards,
    stakeDays: totalStake * 1e18 * 365.25,
    rewardWindowDays: 365,
  }
  return input
}

const constructed = (order: RankingOrder) => rankValidators(constructedInput(order))

const rankOf = (r: ReturnType<typeof rankValidators>, id: string) => r.validators.find((v) => v.validator.id === id)?.rank ?? 0

test('the 10 % → 18 % → 25 % validator ranks in the bottom half by net and by risk', () => {
  for (const order of ['NET_DESC', 'RISK_ASC'] as const) {
    const r = constructed(order)
    const n = r.validators.length
    assert.ok(rankOf(r, 'raiser') > n / 2, `${order}: rank ${rankOf(r, 'raiser')} of ${n}`)
    const raiser = r.validators.find((v) => v.validator.id === 'raiser')
    assert.deepEqual([raiser?.commissionTrend.fromRate, raiser?.commissionTrend.toRate, raiser?.commissionTrend.rises], [0.1, 0.25, 2])
    // the rise 400 days ago still counts, so its commission component is more than the 90-day rise alone gives
    assert.ok((raiser?.components.commission ?? 0) > 0.07 / 0.1)
    // and it is expected to keep raising
    assert.ok((raiser?.expectedCommission ?? 0) > 0.25)
  }
})

test('a young validator with a perfect short record and the lowest commission does not rank first', () => {
  for (const order of ['NET_DESC', 'RISK_ASC'] as const) {
    const r = constructed(order)
    assert.notEqual(r.validators[0].validator.id, 'young', order)
    const young = r.validators.find((v) => v.validator.id === 'young')
    assert.ok((young?.confidence ?? 1) < 0.1)
    // its own record is as clean as the best, the shrunk score is not
    assert.equal(young?.recordRisk, r.validators.find((v) => v.validator.id === 'a')?.recordRisk)
    assert.ok((young?.risk ?? 0) > (young?.recordRisk ?? 0))
  }
})

test('net = expected reward − expected loss per 1,000 OPG, sorted highest first by default', () => {
  const r = constructed('NET_DESC')
  // eight validators' delegators were paid 100 OPG gross each (grossed up by the commission at the
  // time) over a year in which 8,950 OPG was staked
  assert.ok(Math.abs(r.grossRewardYield - 800 / 8950) < 1e-9, String(r.grossRewardYield))
  for (const v of r.validators) {
    assert.ok(Math.abs(v.netPer1000 - (v.expectedRewardPer1000 - v.expectedLossPer1000)) < 1e-3, v.validator.id)
    assert.ok(Math.abs(v.expectedRewardPer1000 - 1000 * r.grossRewardYield * (1 - v.expectedCommission)) < 1e-3, v.validator.id)
  }
  assert.ok(r.validators.every((v, i) => i === 0 || r.validators[i - 1].netPer1000 >= v.netPer1000))
})

test('a jailed validator earns nothing, so its net is minus its loss and it ranks last', () => {
  const input = constructedInput('NET_DESC')
  input.validators = input.validators.map((v) => (v.id === 'b' ? { ...v, jailed: true } : v))
  const r = rankValidators(input)
  const b = r.validators.find((v) => v.validator.id === 'b')
  assert.equal(b?.earning, false)
  assert.equal(b?.expectedRewardPer1000, 0)
  assert.equal(b?.netPer1000, -(b?.expectedLossPer1000 ?? 0))
  assert.equal(b?.rank, r.validators.length)
})

test('the rank and the expected loss agree, or the row says why', () => {
  for (const order of ['NET_DESC', 'RISK_ASC'] as const) {
    const r = constructed(order)
    const shown = (x: number) => Math.round(x * 100)
    for (const [i, v] of r.validators.entries()) {
      const saferBelow = r.validators.slice(i + 1).some((o) => shown(o.expectedLossPer1000) < shown(v.expectedLossPer1000))
      assert.equal(v.rankNote !== null, saferBelow, `${order} ${v.validator.id}: ${v.rankNote}`)
    }
    assert.ok(
      r.validators.some((v) => v.rankNote),
      `${order}: the set has a disagreement to explain`,
    )
  }
  assert.ok(constructed('EXPECTED_LOSS_ASC').validators.every((v) => v.rankNote === null))
})
