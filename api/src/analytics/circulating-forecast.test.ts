import assert from 'node:assert/strict'
import { test } from 'node:test'
import { forecastCirculating } from './circulating-forecast'

const M = 10n ** 24n // a million OPG in wei

// a constructed history: five weekly points, three indexed; a 40 M airdrop of which 12 M were claimed
const observed = [100n * M, 140n * M, 194n * M, null, null]
const scheduleWithoutAirdrop = [100n * M, 150n * M, 200n * M, 210n * M, 230n * M]
const airdropClaimed = [0n, 5n * M, 12n * M, null, null]

test('the first forecast point is the last observed point, so the lines meet', () => {
  const f = forecastCirculating({ observed, scheduleWithoutAirdrop, airdropClaimed, airdropTotal: 40n * M })
  const anchor = observed.length - 1 - [...observed].reverse().findIndex((v) => v !== null)
  const first = f.findIndex((p) => p.forecast !== null)
  assert.equal(first, anchor)
  assert.equal(f[first].forecast, observed[anchor])
})

test('after the last observed point the forecast grows by what the schedule unlocks outside the airdrop', () => {
  const f = forecastCirculating({ observed, scheduleWithoutAirdrop, airdropClaimed, airdropTotal: 40n * M })
  for (let i = 3; i < observed.length; i++) {
    assert.equal(f[i].forecast! - f[i - 1].forecast!, scheduleWithoutAirdrop[i] - scheduleWithoutAirdrop[i - 1])
  }
})

test('unclaimed airdrop is its own band, carried forward from the last claim and never added to the forecast', () => {
  const f = forecastCirculating({ observed, scheduleWithoutAirdrop, airdropClaimed, airdropTotal: 40n * M })
  assert.deepEqual(
    f.map((p) => p.unclaimedAirdrop),
    airdropClaimed.map(
      (_, i) =>
        40n * M -
        (airdropClaimed
          .slice(0, i + 1)
          .filter((c) => c !== null)
          .at(-1) ?? 0n),
    ),
  )
  // the schedule counting the whole airdrop would jump by the unclaimed part right after the last observed point
  const jumpWithAirdrop = scheduleWithoutAirdrop[3] + 40n * M - observed[2]!
  assert.ok(f[3].forecast! - observed[2]! < jumpWithAirdrop)
})

test('with nothing indexed the forecast is the schedule without the airdrop, and the whole airdrop is unclaimed', () => {
  const none = observed.map(() => null)
  const f = forecastCirculating({ observed: none, scheduleWithoutAirdrop, airdropClaimed: none, airdropTotal: 40n * M })
  assert.deepEqual(
    f.map((p) => p.forecast),
    scheduleWithoutAirdrop,
  )
  assert.ok(f.every((p) => p.unclaimedAirdrop === 40n * M))
})
