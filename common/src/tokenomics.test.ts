import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ALLOCATIONS, OPG_TOTAL_SUPPLY, TGE_TIMESTAMP, allocationAmount, nextCliff, projectedUnlocked, scheduleTimes } from './tokenomics.js'

const byId = (id: string) => ALLOCATIONS.find((a) => a.id === id)!

test('allocation shares add up to the whole supply', () => {
  assert.equal(
    ALLOCATIONS.reduce((s, a) => s + a.shareBps, 0),
    10_000,
  )
  assert.equal(
    ALLOCATIONS.reduce((s, a) => s + allocationAmount(a), 0n),
    OPG_TOTAL_SUPPLY,
  )
})

test('TGE is 2026-04-21 UTC and the team and investor cliff ends on 2027-04-21', () => {
  assert.equal(new Date(TGE_TIMESTAMP * 1000).toISOString(), '2026-04-21T00:00:00.000Z')
  const cliff = nextCliff(TGE_TIMESTAMP)!
  assert.equal(new Date(cliff.at * 1000).toISOString(), '2027-04-21T00:00:00.000Z')
  assert.deepEqual(cliff.allocations.sort(), ['coreContributors', 'investorsAdvisors'])
  assert.equal(nextCliff(cliff.at), undefined)
})

test('about 19% of supply is unlocked in May-June 2026, as publicly reported', () => {
  const june1 = Date.UTC(2026, 5, 1) / 1000
  const unlocked = ALLOCATIONS.filter((a) => a.id !== 'staking').reduce((s, a) => s + projectedUnlocked(a, june1), 0n)
  const pct = Number((unlocked * 10_000n) / OPG_TOTAL_SUPPLY) / 100
  assert.ok(pct > 19 && pct < 20.5, `unlocked ${pct}%`)
})

test('cliff allocations unlock nothing before the cliff and everything at the end', () => {
  const core = byId('coreContributors')
  const { cliffEnd, duration } = scheduleTimes(core)
  assert.equal(projectedUnlocked(core, cliffEnd - 1), 0n)
  assert.equal(projectedUnlocked(core, cliffEnd), 0n)
  const half = projectedUnlocked(core, cliffEnd + Math.floor(duration / 2))
  const total = allocationAmount(core)
  assert.ok(half > total / 2n - 10n ** 18n && half < total / 2n + 10n ** 18n)
  assert.equal(projectedUnlocked(core, cliffEnd + duration + 86_400), total)
})

test('ecosystem releases 10% at TGE and the rest linearly over 60 months', () => {
  const eco = byId('ecosystem')
  const total = allocationAmount(eco)
  assert.equal(projectedUnlocked(eco, TGE_TIMESTAMP - 1), 0n)
  assert.equal(projectedUnlocked(eco, TGE_TIMESTAMP), total / 10n)
  const { duration } = scheduleTimes(eco)
  assert.equal(projectedUnlocked(eco, TGE_TIMESTAMP + duration), total)
})
