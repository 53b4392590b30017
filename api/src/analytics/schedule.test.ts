import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ALLOCATIONS, OPG_TOTAL_SUPPLY, TGE_TIMESTAMP, allocationAmount, projectedUnlocked, scheduleTimes } from '@og-explorer/common'
import { DAY_MS } from './buckets'
import { nextCliffAfter, percentOfSupply, projectedAt, projectedCirculatingAt, sumAmounts, unlockingBetween } from './schedule'

const TGE = TGE_TIMESTAMP * 1000

test('at TGE about 19% circulates: ecosystem 4% + foundation 5% + liquidity 6% + airdrop 4%', () => {
  assert.ok(Math.abs(percentOfSupply(projectedCirculatingAt(TGE)) - 19) < 0.01)
  assert.equal(projectedCirculatingAt(TGE - 1000), 0n)
})

test('the next cliff after TGE is 2027-04-21 for core contributors and investors', () => {
  const cliff = nextCliffAfter(TGE + DAY_MS)
  assert.equal(new Date(cliff!.at).toISOString(), '2027-04-21T00:00:00.000Z')
  assert.deepEqual(cliff!.allocations.sort(), ['coreContributors', 'investorsAdvisors'])
  assert.equal(nextCliffAfter(cliff!.at), null)
})

test('a window unlocks exactly the difference of the schedule at its ends, nothing from cliff allocations before the cliff', () => {
  const from = Date.parse('2026-07-01T00:00:00Z')
  const to = from + 30 * DAY_MS
  const window = unlockingBetween(from, to)
  assert.equal(sumAmounts(window), projectedCirculatingAt(to) - projectedCirculatingAt(from))
  assert.equal(window.find((w) => w.id === 'coreContributors')!.amount, 0n)
  assert.ok(window.find((w) => w.id === 'ecosystem')!.amount > 0n)
})

test('every allocation is fully unlocked at the end of its schedule (except the unscheduled staking pool)', () => {
  const farFuture = Date.parse('2040-01-01T00:00:00Z')
  for (const a of ALLOCATIONS) {
    assert.equal(projectedAt(a, farFuture), a.id === 'staking' ? 0n : allocationAmount(a), a.id)
  }
  assert.equal(sumAmounts(ALLOCATIONS.map((a) => ({ amount: allocationAmount(a) }))), OPG_TOTAL_SUPPLY)
})

test("projectedAt gives what common's projectedUnlocked gives, every day for six years and a second either side of every cliff and end", () => {
  const seconds: number[] = []
  for (let day = -10; day < 6 * 366; day++) seconds.push(TGE_TIMESTAMP + day * 86_400, TGE_TIMESTAMP + day * 86_400 + 43_201)
  for (const a of ALLOCATIONS) {
    const t = scheduleTimes(a)
    for (const edge of [t.start, t.cliffEnd, t.cliffEnd + t.duration]) seconds.push(edge - 1, edge, edge + 1)
  }
  for (const a of ALLOCATIONS) {
    for (const s of seconds) {
      // milliseconds inside the second are dropped, as before
      assert.equal(projectedAt(a, s * 1000 + 999), projectedUnlocked(a, s), `${a.id} at ${s}`)
    }
  }
})
