import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ALLOCATIONS, OPG_TOTAL_SUPPLY, TGE_TIMESTAMP, allocationAmount, projectedUnlocked } from '@og-explorer/common'
import { DATA_LIST_GUESS } from '../budget/analytics-sizes'
import { DAY_MS } from './buckets'
import { allocationKind, allocationRows, nextUnlock, percentOf, scheduleEvents, unlockCalendar } from './allocation-table'

const TGE = TGE_TIMESTAMP * 1000
const byId = (id: string) => ALLOCATIONS.find((a) => a.id === id)!
const iso = (ms: number) => new Date(ms).toISOString()

test('kinds follow the schedule: TGE-only, linear, cliff then linear, and the unscheduled staking pool', () => {
  const kinds = Object.fromEntries(ALLOCATIONS.map((a) => [a.id, allocationKind(a)]))
  assert.deepEqual(kinds, {
    ecosystem: 'LINEAR',
    foundation: 'LINEAR',
    coreContributors: 'CLIFF_THEN_LINEAR',
    investorsAdvisors: 'CLIFF_THEN_LINEAR',
    staking: 'UNSCHEDULED',
    liquidity: 'TGE',
    airdrop: 'TGE',
  })
  assert.equal(allocationKind({ ...byId('coreContributors'), vestingMonths: 0 }), 'CLIFF')
})

test("an allocation's events add up to what its schedule ever unlocks, each equal to the contract rule over its period", () => {
  for (const a of ALLOCATIONS) {
    const events = scheduleEvents(a)
    const sum = events.reduce((s, e) => s + e.amount, 0n)
    assert.equal(sum, a.id === 'staking' ? 0n : allocationAmount(a), a.id)
    for (const e of events) {
      // recomputed with common's per-second rule, not the API's cached curve
      const expected = e.kind === 'TGE' ? projectedUnlocked(a, e.date / 1000) : projectedUnlocked(a, e.until / 1000) - projectedUnlocked(a, e.date / 1000)
      assert.equal(e.amount, expected, `${a.id} ${iso(e.date)}`)
    }
  }
})

test('the calendar is in date order, and April 2027 holds the team and investor cliff', () => {
  const from = Date.parse('2026-12-01T00:00:00Z')
  const events = unlockCalendar(from, Date.parse('2027-12-31T00:00:00Z'))
  for (let i = 1; i < events.length; i++) assert.ok(events[i - 1].date <= events[i].date, `${i}`)
  assert.ok(events.every((e) => e.date >= from))
  const april = events.filter((e) => iso(e.date).startsWith('2027-04-21'))
  assert.deepEqual(april.map((e) => `${e.allocation}:${e.kind}`).sort(), [
    'coreContributors:CLIFF',
    'ecosystem:LINEAR',
    'foundation:LINEAR',
    'investorsAdvisors:CLIFF',
  ])
  // the first cliff month: 1/36 of 15 % and of 10 % of the supply
  const core = april.find((e) => e.allocation === 'coreContributors')!
  assert.equal(core.amount, projectedUnlocked(byId('coreContributors'), Date.parse('2027-05-21T00:00:00Z') / 1000))
  assert.ok(Math.abs(core.supplyPercent - 15 / 36) < 0.01)
  assert.equal(iso(core.until).slice(0, 10), '2027-05-21')
  // before that, nothing of the cliff allocations
  assert.ok(!events.some((e) => e.allocation === 'coreContributors' && e.date < Date.parse('2027-04-21T00:00:00Z')))
})

test('TGE: instant releases of the TGE shares, beside the first linear month', () => {
  const tge = unlockCalendar(TGE, TGE)
  const instants = tge.filter((e) => e.kind === 'TGE')
  assert.ok(instants.every((e) => e.until === e.date))
  assert.equal(
    instants.reduce((s, e) => s + e.amount, 0n),
    ALLOCATIONS.reduce((s, a) => s + projectedUnlocked(a, TGE_TIMESTAMP), 0n),
  )
})

test('the next unlock is the earliest event after the reference time, summed over the allocations that start then', () => {
  const at = Date.parse('2026-12-02T00:00:00Z')
  const next = nextUnlock(at)!
  assert.equal(iso(next.date), '2026-12-21T00:00:00.000Z')
  assert.deepEqual(next.allocations, ['ecosystem', 'foundation'])
  const expected = unlockCalendar(next.date, next.date).reduce((s, e) => s + e.amount, 0n)
  assert.equal(next.amount, expected)
  // on the very date, the event has started: the next one is a month later
  assert.equal(iso(nextUnlock(next.date)!.date), '2027-01-21T00:00:00.000Z')
  // the cliff month is a next unlock of its own
  const beforeCliff = nextUnlock(Date.parse('2027-04-20T00:00:00Z'))!
  assert.deepEqual(beforeCliff.allocations, ['ecosystem', 'foundation', 'coreContributors', 'investorsAdvisors'])
  assert.equal(nextUnlock(Date.parse('2040-01-01T00:00:00Z')), null)
  assert.equal(iso(nextUnlock(TGE - DAY_MS)!.date), iso(TGE))
})

test('rows: locked + unlocked = total, observed where on-chain sources exist, projected otherwise', () => {
  const at = Date.parse('2026-10-01T00:00:00Z')
  const observedEcosystem = 70_000_000n * 10n ** 18n
  const circulating = 250_000_000n * 10n ** 18n
  const rows = allocationRows(at, new Map([['ecosystem', observedEcosystem]]), circulating)
  for (const r of rows) assert.equal(r.locked + r.unlocked, r.total, r.id)
  assert.equal(
    rows.reduce((s, r) => s + r.total, 0n),
    OPG_TOTAL_SUPPLY,
  )
  const eco = rows.find((r) => r.id === 'ecosystem')!
  assert.equal(eco.unlockedBasis, 'OBSERVED')
  assert.equal(eco.unlocked, observedEcosystem)
  assert.equal(eco.projectedUnlocked, projectedUnlocked(byId('ecosystem'), at / 1000))
  assert.equal(eco.circulatingPercent, 28)
  const core = rows.find((r) => r.id === 'coreContributors')!
  assert.equal(core.unlockedBasis, 'PROJECTED')
  assert.equal(core.unlocked, 0n)
  assert.equal(iso(core.cliffDate!), '2027-04-21T00:00:00.000Z')
  assert.equal(iso(core.vestingEnd!), '2030-04-21T00:00:00.000Z')
  assert.equal(iso(core.nextUnlock!.date), '2027-04-21T00:00:00.000Z')
  const staking = rows.find((r) => r.id === 'staking')!
  assert.equal(staking.vestingEnd, null)
  assert.equal(staking.nextUnlock, null)
  assert.equal(staking.locked, staking.total)
  // more released than the share: locked stops at 0
  const over = allocationRows(at, new Map([['airdrop', allocationAmount(byId('airdrop')) + 1n]]), circulating).find((r) => r.id === 'airdrop')!
  assert.equal(over.locked, 0n)
  assert.equal(percentOf(1n, 0n), null)
})

test("the whole schedule's calendar fits the cost model's list guess, so unlockCalendar needs no size limit", () => {
  const all = unlockCalendar(0, Date.parse('2100-01-01T00:00:00Z'))
  assert.ok(all.length <= DATA_LIST_GUESS, `${all.length} events`)
  assert.equal(
    all.reduce((s, e) => s + e.amount, 0n),
    OPG_TOTAL_SUPPLY - allocationAmount(byId('staking')),
  )
})
