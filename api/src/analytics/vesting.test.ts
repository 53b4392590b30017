import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ALLOCATIONS, allocationAmount, projectedUnlocked } from '@og-explorer/common'
import { allocationOfSource, vestingSchedule, type VestingFacts } from './vesting'

const byId = (id: string) => ALLOCATIONS.find((a) => a.id === id)!
const OPG = 10n ** 18n

function facts(over: Partial<VestingFacts>): VestingFacts {
  return {
    address: '0xaa00000000000000000000000000000000000001',
    sourceKind: 'vesting',
    label: 'Foundation vesting',
    allocation: byId('foundation'),
    allocationFrom: 'UNLOCKS',
    released: 0n,
    releases: 0,
    remaining: 0n,
    beneficiaries: [],
    beneficiaryCount: 0,
    firstRelease: null,
    lastRelease: null,
    ...over,
  }
}

test('a source is matched to its allocation by its unlocks, or before any by its label', () => {
  assert.equal(allocationOfSource('airdrop', 'anything')!.allocation.id, 'airdrop')
  assert.deepEqual(allocationOfSource(null, 'Core Contributors vesting')!.from, 'LABEL')
  assert.equal(allocationOfSource(null, 'Core Contributors vesting')!.allocation.id, 'coreContributors')
  assert.equal(allocationOfSource(null, 'Treasury'), null)
  assert.equal(allocationOfSource('nope', null), null)
})

test('a contract holding its whole allocation: the schedule unscaled, released + remaining = holdings, releasable = due − released', () => {
  const a = byId('foundation')
  const at = Date.parse('2026-09-01T00:00:00Z')
  const due = projectedUnlocked(a, at / 1000)
  const released = due - 1_000n * OPG
  const v = vestingSchedule(facts({ released, remaining: allocationAmount(a) - released, releases: 3, beneficiaries: ['0xb'], beneficiaryCount: 1 }), at)
  assert.equal(v.holdings, allocationAmount(a))
  assert.equal(v.released + v.remaining, v.holdings)
  assert.equal(v.scheduledReleased, due)
  assert.equal(v.releasableNow, 1_000n * OPG)
  assert.equal(v.beneficiary, '0xb')
  assert.equal(new Date(v.nextRelease!.date).toISOString(), '2026-09-21T00:00:00.000Z')
  assert.equal(
    v.nextRelease!.amount,
    projectedUnlocked(a, Date.parse('2026-10-21T00:00:00Z') / 1000) - projectedUnlocked(a, Date.parse('2026-09-21T00:00:00Z') / 1000),
  )
  assert.equal(v.holdingsPercentOfAllocation, 100)
})

test('before its cliff a team contract has released nothing and its next release is the cliff month', () => {
  const a = byId('coreContributors')
  const v = vestingSchedule(facts({ allocation: a, remaining: allocationAmount(a), allocationFrom: 'LABEL' }), Date.parse('2026-12-01T00:00:00Z'))
  assert.equal(v.released, 0n)
  assert.equal(v.releasableNow, 0n)
  assert.equal(new Date(v.cliffDate!).toISOString(), '2027-04-21T00:00:00.000Z')
  assert.equal(new Date(v.nextRelease!.date).toISOString(), '2027-04-21T00:00:00.000Z')
  assert.equal(v.nextRelease!.kind, 'CLIFF')
  assert.equal(v.durationDays, (Date.parse('2030-04-21T00:00:00Z') - Date.parse('2027-04-21T00:00:00Z')) / 86_400_000)
  assert.equal(v.beneficiary, null)
})

test('a distributor holding a quarter of its allocation: scheduled amounts are scaled to what it holds', () => {
  const a = byId('ecosystem')
  const holdings = allocationAmount(a) / 4n
  const at = Date.parse('2026-09-01T00:00:00Z')
  const v = vestingSchedule(facts({ allocation: a, sourceKind: 'distributor', released: 0n, remaining: holdings }), at)
  assert.equal(v.holdingsPercentOfAllocation, 25)
  assert.equal(v.scheduledReleased, (projectedUnlocked(a, at / 1000) * holdings) / allocationAmount(a))
})
