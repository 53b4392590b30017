import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MAD_SCALE, MIN_SPREAD, SPIKE_K, detectSpikes, driverShares, median } from './spikes'

const D = 86_400_000
const series = (values: number[]) => values.map((value, i) => ({ t: i * D, value }))

/** the rule written out longhand: sort, take middles, compare */
function naiveIsSpike(history: number[], x: number): boolean {
  const s = [...history].sort((a, b) => a - b)
  const mid = (a: number[]) => (a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2)
  const m = mid(s)
  const dev = mid(history.map((v) => Math.abs(v - m)).sort((a, b) => a - b))
  return x > m + SPIKE_K * Math.max(dev * MAD_SCALE, MIN_SPREAD)
}

test('median of odd and even lists', () => {
  assert.equal(median([3, 1, 2]), 2)
  assert.equal(median([4, 1, 3, 2]), 2.5)
})

test('a burst on a noisy baseline is a spike; ordinary noise is not', () => {
  const values = [20, 22, 19, 25, 21, 18, 23, 20, 24, 22, 19, 21, 80, 22, 20, 26, 21]
  const got = detectSpikes(series(values), 7, 7)
  for (const p of got) {
    const i = p.t / D
    assert.equal(p.spike, naiveIsSpike(values.slice(i - 7, i), values[i]), `day ${i}`)
  }
  assert.deepEqual(
    got.filter((p) => p.spike).map((p) => p.t / D),
    [12],
  )
})

test('the spike itself does not raise the baseline much (median, not mean)', () => {
  const values = [10, 10, 11, 9, 10, 200, 10, 250, 10]
  const got = detectSpikes(series(values), 4, 4)
  assert.deepEqual(
    got.filter((p) => p.spike).map((p) => p.t / D),
    [5, 7],
  )
})

test('a flat window judges against one unit; too little history is not judged', () => {
  const got = detectSpikes(series([5, 5, 5, 5, 8, 9]), 0, 4)
  assert.deepEqual(
    got.map((p) => p.baseline),
    [null, null, 5, 5, 5, 5],
  )
  assert.equal(got[4].threshold, 5 + SPIKE_K * MIN_SPREAD)
  assert.deepEqual(
    got.map((p) => p.spike),
    [false, false, false, false, false, true],
  )
})

test('driver shares', () => {
  assert.deepEqual(driverShares({ payments: 50, newWalletPayments: 40, newWallets: 8, newWalletsNotReturned: 6 }), {
    payments: 50,
    newWalletPayments: 40,
    newWallets: 8,
    newWalletsNotReturned: 6,
    newWalletPaymentShare: 0.8,
    notReturnedShare: 0.75,
  })
  assert.equal(driverShares({ payments: 0, newWalletPayments: 0, newWallets: 0, newWalletsNotReturned: 0 }).newWalletPaymentShare, null)
})
