import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { ALLOCATIONS, OPG_TOTAL_SUPPLY, projectedUnlocked } from '@og-explorer/common'
import { commissionTrend } from '@og-explorer/api/lib/analytics/commission-trend'
import {
  expectedLossPer1000,
  networkSlashRate,
  observedSlashFraction,
  priorRisk,
  riskComponents,
  riskScore,
  shrinkRisk,
} from '@og-explorer/api/lib/analytics/risk'
import type { E2eContext } from './context'

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()
const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`)

/**
 * Inferences settled per day: the inference rows plus the declared leaves of batches whose blob
 * could not be read (settled on chain, never expanded into rows).
 */
const SETTLED_BY_DAY = `select d, sum(n) v from (
    select date_trunc('day', timestamp, 'UTC') d, count(*) n from inference group by 1
    union all
    select date_trunc('day', s.timestamp, 'UTC'), sum(s.batch_size) from settlement s where s.kind = 'BATCH' and not exists (select 1 from inference i where i.settlement_id = s.id) group by 1
  ) x group by d`

/** day (ms) → value, from raw rows */
async function byDay(c: E2eContext, sql: string): Promise<Map<number, string>> {
  const rows = await c.sql<{ d: Date; v: string }>(sql)
  return new Map(rows.map((r) => [r.d.getTime(), String(r.v)]))
}

/** last swap price per bucket, from the raw swaps in chain order */
function lastSwapSql(unit: 'hour' | 'day'): string {
  return `select distinct on (date_trunc('${unit}', timestamp, 'UTC')) date_trunc('${unit}', timestamp, 'UTC') d, price_usd::text v
          from swap order by date_trunc('${unit}', timestamp, 'UTC'), block_number desc, split_part(id, '-', 2)::int desc`
}

async function series(c: E2eContext, metric: string, interval: string, from?: string, to?: string) {
  const d = await c.data(
    `query($m: TimeSeriesMetric!, $i: TimeInterval!, $f: DateTime, $t: DateTime) { timeSeries(metric: $m, interval: $i, from: $f, to: $t) { from to kind fill aggregation points { t value filled } } }`,
    { m: metric, i: interval, f: from, t: to },
  )
  return d.timeSeries
}

export function analyticsCases(ctx: () => E2eContext): void {
  describe('timeSeries against the raw entities', () => {
    const FLOWS: [string, string][] = [
      ['INFERENCES_SETTLED', SETTLED_BY_DAY],
      ['SETTLEMENTS', `select date_trunc('day', timestamp, 'UTC') d, count(*) v from settlement group by 1`],
      ['HEARTBEATS', `select date_trunc('day', timestamp, 'UTC') d, count(*) v from heartbeat group by 1`],
      ['PAYMENTS', `select date_trunc('day', timestamp, 'UTC') d, count(*) v from payment group by 1`],
      ['PAYING_WALLETS', `select date_trunc('day', timestamp, 'UTC') d, count(distinct payer_id) v from payment group by 1`],
      ['NEW_WALLETS', `select date_trunc('day', first_payment_at, 'UTC') d, count(*) v from account where first_payment_at is not null group by 1`],
      ['PAYMENT_VOLUME', `select date_trunc('day', timestamp, 'UTC') d, sum(amount)::text v from payment group by 1`],
      ['PAYMENT_VOLUME_USD', `select date_trunc('day', timestamp, 'UTC') d, sum(amount_usd)::text v from payment group by 1`],
      ['TRANSFERS', `select date_trunc('day', timestamp, 'UTC') d, count(*) v from transfer group by 1`],
      ['SWAPS', `select date_trunc('day', timestamp, 'UTC') d, count(*) v from swap group by 1`],
      ['UNLOCKED', `select date_trunc('day', timestamp, 'UTC') d, sum(amount)::text v from unlock group by 1`],
    ]

    test('daily flows equal counts and sums over the raw rows, with 0 on days without any', async () => {
      const c = ctx()
      for (const [metric, sql] of FLOWS) {
        const raw = await byDay(c, sql)
        const s = await series(c, metric, 'DAY', '2026-04-21', '2026-07-20')
        assert.equal(s.fill, 'ZERO')
        assert.ok(s.points.length > 60, metric)
        for (const p of s.points) near(Number(p.value), Number(raw.get(Date.parse(p.t)) ?? 0), `${metric} ${p.t}`)
        assert.ok(
          s.points.some((p: any) => Number(p.value) > 0),
          `${metric} has data`,
        )
      }
    })

    test('hourly flows equal the raw rows grouped by hour; distinct counts stay daily', async () => {
      const c = ctx()
      const charted: string[] = []
      for (const [metric, sql] of FLOWS) {
        if (metric === 'PAYING_WALLETS') continue
        const raw = await byDay(c, sql.replaceAll(`date_trunc('day', `, `date_trunc('hour', `))
        const s = await series(c, metric, 'HOUR', '2026-06-10', '2026-06-14')
        assert.equal(s.fill, 'ZERO')
        assert.equal(s.points.length, 4 * 24 + 1, metric)
        for (const p of s.points) near(Number(p.value), Number(raw.get(Date.parse(p.t)) ?? 0), `${metric} ${p.t}`)
        assert.ok(
          s.points.some((p: any) => p.filled),
          `${metric}: some hours have no row`,
        )
        if (s.points.some((p: any) => Number(p.value) > 0)) charted.push(metric)
      }
      // unlocks are rare on the small devnet; the busy flows must have hours with data
      for (const metric of ['INFERENCES_SETTLED', 'SETTLEMENTS', 'HEARTBEATS', 'PAYMENTS', 'TRANSFERS'])
        assert.ok(charted.includes(metric), `${metric} has data`)
    })

    test('weekly sums and weekly means', async () => {
      const c = ctx()
      const weeks = await byDay(c, `select date_trunc('week', d, 'UTC') d, sum(v) v from (${SETTLED_BY_DAY}) x group by 1`)
      const s = await series(c, 'INFERENCES_SETTLED', 'WEEK', '2026-04-20', '2026-07-20')
      assert.equal(s.aggregation, 'SUM')
      for (const p of s.points) assert.equal(Number(p.value), Number(weeks.get(Date.parse(p.t)) ?? 0), p.t)
      // a week's mean of daily distinct payers, over the days of the week up to the last indexed day
      const daily = await byDay(c, FLOWS.find(([m]) => m === 'PAYING_WALLETS')![1])
      const [{ last }] = await c.sql(`select max(date) as last from base_daily_stat`)
      const mean = await series(c, 'PAYING_WALLETS', 'WEEK', '2026-04-20', '2026-07-20')
      assert.equal(mean.aggregation, 'MEAN')
      for (const p of mean.points) {
        const start = Date.parse(p.t)
        const days = Array.from({ length: 7 }, (_, i) => start + i * DAY).filter((d) => d <= last.getTime())
        const expected = days.reduce((s, d) => s + Number(daily.get(d) ?? 0), 0) / days.length
        assert.ok(Math.abs(Number(p.value) - expected) < 1e-4, `${p.t}: ${p.value} vs ${expected}`)
      }
    })

    test('price by day and by hour is the last swap of the bucket, carried over buckets without swaps', async () => {
      const c = ctx()
      for (const [interval, unit, from, to] of [
        ['DAY', 'day', '2026-04-21', '2026-07-20'],
        ['HOUR', 'hour', '2026-06-10', '2026-06-14'],
      ] as const) {
        const raw = await byDay(c, lastSwapSql(unit))
        const s = await series(c, 'PRICE', interval, from, to)
        assert.equal(s.fill, 'CARRY_FORWARD')
        const [seed] = await c.sql(
          `select price_usd::text v from swap where timestamp < $1 order by block_number desc, split_part(id, '-', 2)::int desc limit 1`,
          [s.from],
        )
        let last: string | null = seed?.v ?? null
        let filled = 0
        for (const p of s.points) {
          const own = raw.get(Date.parse(p.t))
          if (own !== undefined) last = own
          else filled++
          assert.equal(p.filled, own === undefined, p.t)
          assert.equal(p.value === null ? null : Number(p.value), last === null ? null : Number(last), `${interval} ${p.t}`)
        }
        if (interval === 'HOUR') assert.ok(filled > 0, 'some hours without swaps were carried')
      }
    })

    test('HOUR is refused for distinct counts and end-of-day levels', async () => {
      for (const metric of ['PAYING_WALLETS', 'ACTIVE_TEES', 'CIRCULATING_SUPPLY', 'TOTAL_STAKED']) {
        const r = await ctx().gql(`{ timeSeries(metric: ${metric}, interval: HOUR) { to } }`)
        assert.equal(r.errors?.[0].extensions?.code, 'INTERVAL_NOT_AVAILABLE', metric)
      }
    })

    test('levels carry forward, and the last circulating supply equals total supply minus the non-circulating balances', async () => {
      const c = ctx()
      const s = await series(c, 'CIRCULATING_SUPPLY', 'DAY', '2026-04-21', '2026-07-20')
      assert.equal(s.kind, 'LEVEL')
      const [{ supply, locked }] = await c.sql(`select (select sum(balance) from account where id <> '0x0000000000000000000000000000000000000000')::text supply,
                                                      (select sum(balance) from account where not circulating and id <> '0x0000000000000000000000000000000000000000')::text locked`)
      assert.equal(BigInt(supply), OPG_TOTAL_SUPPLY)
      assert.equal(s.points.at(-1).value, (BigInt(supply) - BigInt(locked)).toString())
      const staked = await series(c, 'TOTAL_STAKED', 'DAY', '2026-04-21', '2026-07-20')
      const [{ tokens }] = await c.sql(`select sum(tokens)::text tokens from validator`)
      assert.equal(staked.points.at(-1).value, tokens)
      assert.ok(
        staked.points.every((p: any, i: number) => i === 0 || p.value !== '0'),
        'no unrecorded zero is charted',
      )
    })

    test('the range never runs past the stored data, so no zeros are invented after the indexed head', async () => {
      const c = ctx()
      const s = await series(c, 'PAYMENTS', 'DAY', '2026-07-01', '2030-01-01')
      const [{ last }] = await c.sql(`select max(date) as last from base_daily_stat`)
      assert.equal(s.to, last.toISOString())
    })
  })

  describe('usage, supply and pressure against the raw entities', () => {
    test('usageVsPrice: per day inferences, payments, paying wallets, revenue and price', async () => {
      const c = ctx()
      const d = await c.data(`{ usageVsPrice(from: "2026-05-01", to: "2026-07-10") { date inferences payments payingWallets revenueUsd priceClose } }`)
      const inf = await byDay(c, SETTLED_BY_DAY)
      const pay = await c.sql(
        `select date_trunc('day', timestamp, 'UTC') d, count(*)::int n, count(distinct payer_id)::int w, sum(amount_usd)::text usd from payment group by 1`,
      )
      const payBy = new Map(pay.map((r) => [r.d.getTime(), r]))
      const price = await byDay(c, lastSwapSql('day'))
      assert.equal(d.usageVsPrice.length, 71)
      let last: string | null = null
      for (const row of d.usageVsPrice) {
        const t = Date.parse(row.date)
        const p = payBy.get(t)
        last = price.get(t) ?? last
        assert.deepEqual([row.inferences, row.payments, row.payingWallets], [Number(inf.get(t) ?? 0), p?.n ?? 0, p?.w ?? 0], row.date)
        near(Number(row.revenueUsd), Number(p?.usd ?? 0), `revenue ${row.date}`)
        if (last !== null) near(Number(row.priceClose), Number(last), `price ${row.date}`)
      }
    })

    test('supplySchedule: projected from the typed schedule, observed from Unlock rows, stopping at the indexed head', async () => {
      const c = ctx()
      const d = await c.data(
        `{ supplySchedule(from: "2026-04-20", to: "2026-08-15", interval: DAY) { observedUntil nextCliff { date allocations } totalSupply allocations { id total points { t projected observed } } circulating { t projected observed observedPercent } } }`,
      )
      const s = d.supplySchedule
      assert.equal(s.nextCliff.date, '2027-04-21T00:00:00.000Z')
      assert.equal(s.totalSupply, OPG_TOTAL_SUPPLY.toString())
      const unlocks = await c.sql(`select allocation, timestamp, amount::text amount from unlock`)
      const until = Date.parse(s.observedUntil)
      for (const a of s.allocations) {
        const schedule = ALLOCATIONS.find((x) => x.id === a.id)!
        for (const p of a.points) {
          const t = Date.parse(p.t)
          assert.equal(p.projected, projectedUnlocked(schedule, t / 1000).toString(), `${a.id} ${p.t}`)
          const raw = unlocks.filter((u) => u.allocation === a.id && u.timestamp.getTime() < t).reduce((s, u) => s + BigInt(u.amount), 0n)
          assert.equal(p.observed, t <= until ? raw.toString() : null, `${a.id} observed ${p.t}`)
        }
      }
      assert.ok(s.allocations.some((a: any) => a.points.some((p: any) => p.observed !== null && p.observed !== '0')))
      const last = s.circulating.filter((p: any) => p.observed !== null).at(-1)
      const [{ locked }] = await c.sql(
        `select sum(balance)::text locked from account where not circulating and id <> '0x0000000000000000000000000000000000000000'`,
      )
      assert.equal(last.observed, (OPG_TOTAL_SUPPLY - BigInt(locked)).toString())
      near(last.observedPercent, Number(((OPG_TOTAL_SUPPLY - BigInt(locked)) * 1_000_000n) / OPG_TOTAL_SUPPLY) / 10_000, 'percent')
    })

    test('unlockPressure: trailing revenue from payments, unlocks from the schedule, price from the last swap', async () => {
      const c = ctx()
      const d = await c.data(
        `{ unlockPressure(windowDays: 14) { at windowDays revenueUsd priceUsd unlockingOpg unlockingUsd coverageRatio nextCliff { date } cliffWindowOpg daysOfUsageToAbsorbCliff dailyRevenueUsd cliffWindowUsd } }`,
      )
      const u = d.unlockPressure
      const at = Date.parse(u.at)
      const [{ last }] = await c.sql(`select max(date) as last from base_daily_stat`)
      assert.equal(at, last.getTime() + DAY)
      const [{ usd }] = await c.sql(`select coalesce(sum(amount_usd), 0)::text usd from payment where timestamp >= $1 and timestamp < $2`, [
        iso(at - 14 * DAY),
        iso(at),
      ])
      assert.ok(Math.abs(Number(u.revenueUsd) - Number(usd)) < 1e-6, `${u.revenueUsd} vs ${usd}`)
      const [price] = await c.sql(
        `select price_usd::text v from swap where timestamp <= $1 order by block_number desc, split_part(id, '-', 2)::int desc limit 1`,
        [iso(at)],
      )
      near(Number(u.priceUsd), Number(price.v), 'price')
      const unlocking = ALLOCATIONS.reduce((s, a) => s + projectedUnlocked(a, (at + 14 * DAY) / 1000) - projectedUnlocked(a, at / 1000), 0n)
      assert.equal(u.unlockingOpg, unlocking.toString())
      near(Number(u.unlockingUsd), (Number(unlocking / 10n ** 12n) / 1e6) * Number(price.v), 'unlocking usd')
      near(u.coverageRatio, Number(u.revenueUsd) / Number(u.unlockingUsd), 'ratio')
      const cliff = Date.parse(u.nextCliff.date)
      const cliffWindow = ALLOCATIONS.reduce((s, a) => s + projectedUnlocked(a, (cliff + 14 * DAY) / 1000) - projectedUnlocked(a, cliff / 1000), 0n)
      assert.equal(u.cliffWindowOpg, cliffWindow.toString())
      near(u.daysOfUsageToAbsorbCliff, Number(u.cliffWindowUsd) / Number(u.dailyRevenueUsd), 'days to absorb')
    })
  })

  describe('proof coverage and validators against the raw entities', () => {
    const STATUS = `count(*)::int settled, count(*) filter (where status = 'VERIFIED')::int verified,
      count(*) filter (where status in ('INVALID', 'PARTIAL', 'MISSING'))::int invalid, count(*) filter (where status = 'PENDING')::int pending,
      count(*) filter (where status = 'UNVERIFIABLE')::int unverifiable`

    // batches whose blob could not be read were settled with batchSize leaves but expanded into no rows
    const UNREAD = `select s.timestamp, s.batch_size from settlement s where s.kind = 'BATCH' and not exists (select 1 from inference i where i.settlement_id = s.id)`

    test('by DAY (from the daily aggregate): the inference table plus the leaves of unreadable batches', async () => {
      const c = ctx()
      const d = await c.data(`{ proofCoverage(by: DAY) { rows { key settled verified invalid pending unverifiable verifiedShare } total { settled } } }`)
      const raw =
        await c.sql(`select key, sum(settled)::int settled, sum(verified)::int verified, sum(invalid)::int invalid, sum(pending)::int pending, sum(unverifiable)::int unverifiable from (
          select to_char(date_trunc('day', timestamp, 'UTC'), 'YYYY-MM-DD') key, ${STATUS} from inference group by 1
          union all
          select to_char(date_trunc('day', timestamp, 'UTC'), 'YYYY-MM-DD'), sum(batch_size), 0, sum(batch_size), 0, 0 from (${UNREAD}) u group by 1) x group by key`)
      const got = new Map(d.proofCoverage.rows.map((r: any) => [r.key, r]))
      for (const r of raw) {
        const row: any = got.get(r.key)
        assert.ok(row, r.key)
        assert.deepEqual(
          [row.settled, row.verified, row.invalid, row.pending, row.unverifiable],
          [r.settled, r.verified, r.invalid, r.pending, r.unverifiable],
          r.key,
        )
        if (row.settled > row.unverifiable) near(row.verifiedShare, r.verified / (r.settled - r.unverifiable), `share ${r.key}`)
      }
      assert.ok(d.proofCoverage.rows.every((r: any) => r.settled === 0 || got.has(r.key)))
      const [{ n }] = await c.sql(`select (select count(*) from inference) + (select coalesce(sum(batch_size), 0) from (${UNREAD}) u) as n`)
      assert.equal(d.proofCoverage.total.settled, Number(n))
    })

    test('by MODE and TEE (from the daily groups), every count equals the inference table, over all time and over whole days', async () => {
      const c = ctx()
      const ranges: [string | null, string | null][] = [
        [null, null],
        ['2026-05-10T13:00:00Z', '2026-06-20T00:00:00Z'],
      ]
      for (const [from, to] of ranges) {
        for (const [by, key] of [
          ['MODE', 'mode'],
          ['TEE', `coalesce(tee_id, '')`],
        ]) {
          const d = await c.data(
            `query($by: CoverageGrouping!, $f: DateTime, $t: DateTime) { proofCoverage(by: $by, from: $f, to: $t) { source rows { key settled verified invalid pending unverifiable } total { settled } } }`,
            { by, f: from, t: to },
          )
          const raw = await c.sql(
            `select ${key} as key, ${STATUS} from inference
             where ($1::timestamptz is null or timestamp >= date_trunc('day', $1::timestamptz, 'UTC')) and ($2::timestamptz is null or timestamp < $2::timestamptz)
             group by 1 order by settled desc, key`,
            [from, to],
          )
          assert.equal(d.proofCoverage.source, 'inference_daily_group')
          assert.deepEqual(
            d.proofCoverage.rows.map((r: any) => [r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable]),
            raw.map((r) => [r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable]),
            `${by} ${from}..${to}`,
          )
          assert.ok(raw.length > 1, `${by}: more than one group`)
        }
      }
    })

    test('validatorRanking: stake, commission history, flows, incidents and the risk maths from raw rows', async () => {
      const c = ctx()
      const d = await c.data(
        `{ validatorRanking(orderBy: RISK_ASC) { asOf totalStake networkSlashRate slashFraction priorRisk validators { rank validator { id } stake stakeShare selfBondShare commissionChanges { id } commissionIncrease90d netFlow30d slashCount slashAndJailHistory { id kind } teeUptime ageYears recordRisk risk components { slashing jailing downtime commission selfBond concentration } expectedLossPer1000 expectedRewardPer1000 netPer1000 } } }`,
      )
      const r = d.validatorRanking
      const asOf = Date.parse(r.asOf)
      const validators = await c.sql(
        `select id, tokens::text tokens, self_bond::text self_bond, slash_count, jail_count, jailed, total_slashed::text total_slashed, created_at from validator`,
      )
      assert.equal(r.validators.length, validators.length)
      assert.equal(r.totalStake, validators.reduce((s, v) => s + BigInt(v.tokens), 0n).toString())
      assert.ok(Math.abs(r.validators.reduce((s: number, v: any) => s + v.stakeShare, 0) - 1) < 1e-6, 'shares add up to 1')
      const ages = validators.map((v) => ({
        slashCount: v.slash_count,
        ageYears: (asOf - v.created_at.getTime()) / (365.25 * DAY),
        totalSlashed: BigInt(v.total_slashed),
        stake: BigInt(v.tokens),
      }))
      const rate = networkSlashRate(ages)
      const fraction = observedSlashFraction(ages)
      near(r.networkSlashRate, rate, 'network rate')
      const events = await c.sql(`select id, kind, validator_id, dst_validator_id, amount::text amount, timestamp from staking_event`)
      const changes = await c.sql(
        `select id, validator_id, rate::float8 rate, previous_rate::float8 prev, timestamp from commission_change order by timestamp desc, id`,
      )
      const tees = await c.sql(`select validator_id, uptime::float8 uptime from tee_node where validator_id is not null`)
      for (const v of validators) {
        const got = r.validators.find((x: any) => x.validator.id === v.id)
        assert.equal(got.stake, v.tokens)
        assert.deepEqual(
          got.commissionChanges.map((x: any) => x.id),
          changes.filter((x) => x.validator_id === v.id).map((x) => x.id),
        )
        const incidents = events.filter((e) => e.validator_id === v.id && ['SLASH', 'JAIL', 'UNJAIL'].includes(e.kind))
        assert.deepEqual(got.slashAndJailHistory.map((x: any) => x.id).sort(), incidents.map((e) => e.id).sort())
        const recent = events.filter((e) => e.timestamp.getTime() >= asOf - 30 * DAY && e.timestamp.getTime() < asOf)
        const flow =
          recent
            .filter((e) => (e.kind === 'DELEGATE' && e.validator_id === v.id) || (e.kind === 'REDELEGATE' && e.dst_validator_id === v.id))
            .reduce((s, e) => s + BigInt(e.amount ?? 0), 0n) -
          recent.filter((e) => (e.kind === 'UNBOND' || e.kind === 'REDELEGATE') && e.validator_id === v.id).reduce((s, e) => s + BigInt(e.amount ?? 0), 0n)
        assert.equal(got.netFlow30d, flow.toString(), `flow ${v.id}`)
        const own = tees.filter((t) => t.validator_id === v.id)
        const uptime = own.length ? own.reduce((s, t) => s + t.uptime, 0) / own.length : null
        const ownChanges = changes.filter((x) => x.validator_id === v.id)
        const increase = ownChanges
          .filter((x) => x.timestamp.getTime() > asOf - 90 * DAY && x.timestamp.getTime() <= asOf)
          .reduce((s, x) => s + Math.max(0, x.rate - x.prev), 0)
        near(got.commissionIncrease90d, increase, `${v.id} 90-day rise`)
        const trend = commissionTrend(
          ownChanges.map((x) => ({ rate: x.rate, previousRate: x.prev, timestamp: x.timestamp.getTime() })),
          0, // only the recency-weighted rise enters the score, and it does not depend on the current rate
          asOf,
        )
        const components = riskComponents({
          slashCount: v.slash_count,
          jailCount: v.jail_count,
          jailed: v.jailed,
          teeUptime: uptime,
          commissionWeightedRise: trend.weightedRise,
          selfBondShare: Number(BigInt(v.self_bond)) / Number(BigInt(v.tokens)),
          stakeShare: Number(BigInt(v.tokens)) / Number(BigInt(r.totalStake)),
        })
        for (const k of Object.keys(components) as (keyof typeof components)[]) assert.ok(Math.abs(got.components[k] - components[k]) < 1e-6, `${v.id} ${k}`)
        assert.ok(Math.abs(got.recordRisk - riskScore(components)) <= 0.01, `${v.id} record risk`)
        assert.ok(Math.abs(got.risk - shrinkRisk(got.recordRisk, got.ageYears, r.priorRisk)) <= 0.02, `${v.id} risk`)
        assert.ok(Math.abs(got.netPer1000 - (got.expectedRewardPer1000 - got.expectedLossPer1000)) < 1e-3, `${v.id} net`)
        const loss = expectedLossPer1000({
          slashCount: v.slash_count,
          ageYears: (asOf - v.created_at.getTime()) / (365.25 * DAY),
          networkSlashRate: rate,
          slashFraction: fraction,
        })
        assert.ok(Math.abs(got.expectedLossPer1000 - loss.loss) < 1e-3, `${v.id} loss`)
      }
      assert.deepEqual(
        r.validators.map((v: any) => v.rank),
        r.validators.map((_: any, i: number) => i + 1),
      )
      assert.ok(
        r.validators.every((v: any, i: number) => i === 0 || r.validators[i - 1].risk <= v.risk),
        'ordered by risk',
      )
      // the API rounds the prior to two decimals, as it does every score
      assert.ok(Math.abs(r.priorRisk - priorRisk(r.validators.map((v: any) => v.recordRisk))) <= 0.01, 'prior risk')
      assert.ok(
        r.validators.some((v: any) => v.slashCount > 0),
        'the simulation slashed someone',
      )
    })
  })
}
