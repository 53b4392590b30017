import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ANNOUNCEMENT_DAY, distribute, farmingWeight, organicWeight, targetPrice } from './timeline'

test('distribute splits a total exactly and in proportion', () => {
  const counts = distribute(1000, 10, (d) => d + 1)
  assert.equal(
    counts.reduce((s, c) => s + c, 0),
    1000,
  )
  assert.ok(counts[9] > counts[0] * 8)
  assert.deepEqual(
    distribute(5, 3, () => 0),
    [0, 0, 0],
  )
})

test('organic usage grows and the farming spike decays fast', () => {
  assert.ok(organicWeight(200, 216) > 4 * organicWeight(0, 216))
  assert.ok(farmingWeight(ANNOUNCEMENT_DAY) > 3 * organicWeight(ANNOUNCEMENT_DAY, 216))
  assert.ok(farmingWeight(ANNOUNCEMENT_DAY + 10) < farmingWeight(ANNOUNCEMENT_DAY) / 40)
  assert.equal(farmingWeight(ANNOUNCEMENT_DAY - 5), 0)
})

test('price starts at $0.48 and falls more than 60% to its low', () => {
  assert.equal(targetPrice(0), 0.48)
  const low = Math.min(...Array.from({ length: 216 }, (_, d) => targetPrice(d)))
  assert.ok(low < 0.48 * 0.4, `low ${low}`)
  assert.ok(targetPrice(215) > low)
})
