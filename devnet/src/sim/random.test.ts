import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Rng } from './random'

test('the same seed gives the same sequence and another seed does not', () => {
  const a = new Rng(42)
  const b = new Rng(42)
  const c = new Rng(43)
  const seqA = Array.from({ length: 100 }, () => a.next())
  assert.deepEqual(
    seqA,
    Array.from({ length: 100 }, () => b.next()),
  )
  assert.notDeepEqual(
    seqA,
    Array.from({ length: 100 }, () => c.next()),
  )
})

test('draws are uniform enough and within bounds', () => {
  const rng = new Rng(7)
  const buckets = new Array(10).fill(0)
  for (let i = 0; i < 100_000; i++) {
    const x = rng.next()
    assert.ok(x >= 0 && x < 1)
    buckets[Math.floor(x * 10)]++
  }
  for (const count of buckets) assert.ok(Math.abs(count - 10_000) < 500, `bucket ${count}`)
  for (let i = 0; i < 1000; i++) {
    const k = rng.int(3, 5)
    assert.ok(k >= 3 && k <= 5)
  }
})

test('poisson and weighted draws have the expected means', () => {
  const rng = new Rng(1)
  let sum = 0
  for (let i = 0; i < 20_000; i++) sum += rng.poisson(3.5)
  assert.ok(Math.abs(sum / 20_000 - 3.5) < 0.1)
  const hits = [0, 0]
  for (let i = 0; i < 20_000; i++) hits[rng.weighted([1, 3])]++
  assert.ok(Math.abs(hits[1] / 20_000 - 0.75) < 0.02)
})
