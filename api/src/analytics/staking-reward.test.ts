import assert from 'node:assert/strict'
import { test } from 'node:test'
import { commissionAt, expectedRewardPer1000, grossRewardYield } from './staking-reward'

test('the commission in effect at a time follows the changes', () => {
  const changes = [
    { previousRate: 0.18, rate: 0.25, timestamp: 200 },
    { previousRate: 0.1, rate: 0.18, timestamp: 100 },
  ]
  assert.deepEqual(
    [50, 100, 150, 200, 250].map((t) => commissionAt(changes, 0.25, t)),
    [0.1, 0.18, 0.18, 0.25, 0.25],
  )
  assert.equal(commissionAt([], 0.07, 0), 0.07)
})

test('gross yield: withdrawals grossed up by their commission over a year of stake', () => {
  // 1,000 staked all year; 72 withdrawn after 10 % and 10 after 50 %: 80 + 20 gross, 10 % a year
  const y = grossRewardYield(
    [
      { amount: 72n, commission: 0.1 },
      { amount: 10n, commission: 0.5 },
    ],
    1000 * 365.25,
  )
  assert.ok(Math.abs(y - 0.1) < 1e-12)
  // the same rewards over half the stake-time is twice the yield
  assert.ok(Math.abs(grossRewardYield([{ amount: 90n, commission: 0.1 }], 1000 * 365.25 * 0.5) - 0.2) < 1e-12)
  assert.equal(grossRewardYield([{ amount: 90n, commission: 0.1 }], 0), 0)
})

test('expected reward per 1,000 OPG: the gross yield less the commission, nothing while not earning', () => {
  assert.ok(Math.abs(expectedRewardPer1000({ grossYield: 0.1, expectedCommission: 0.25, earning: true }) - 75) < 1e-9)
  assert.equal(expectedRewardPer1000({ grossYield: 0.1, expectedCommission: 0.25, earning: false }), 0)
  assert.equal(expectedRewardPer1000({ grossYield: 0.1, expectedCommission: 1.2, earning: true }), 0)
})
