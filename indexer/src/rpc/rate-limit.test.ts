import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitRateLimit, TokenBucket } from './rate-limit'

/** A clock that only moves when the bucket sleeps, so waits are exact and the test is instant. */
function fakeClock() {
  let now = 0
  const slept: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms)
      now += ms
    },
    slept,
    advance: (ms: number) => (now += ms),
  }
}

test('a bucket lets a burst through, then paces calls at its rate', async () => {
  const clock = fakeClock()
  const bucket = new TokenBucket(10, 10, clock.now, clock.sleep)
  await bucket.take(10)
  assert.equal(clock.now(), 0, 'the first burst is free')
  await bucket.take(5)
  assert.equal(clock.now(), 500, 'five calls at ten a second wait half a second')
  clock.advance(10_000)
  await bucket.take(10)
  assert.equal(clock.now(), 10_500, 'saved tokens never exceed the burst, and a full bucket pays at once')
})

test('a batch larger than the burst waits for a full bucket and leaves a debt the next caller pays', async () => {
  const clock = fakeClock()
  const bucket = new TokenBucket(10, 10, clock.now, clock.sleep)
  await bucket.take(10)
  await bucket.take(30)
  assert.equal(clock.now(), 1_000)
  await bucket.take(1)
  // 20 tokens of debt and one more: 2.1 s at ten a second
  assert.equal(clock.now(), 3_100)
})

test('callers are served in arrival order', async () => {
  const clock = fakeClock()
  const bucket = new TokenBucket(1, 1, clock.now, clock.sleep)
  const order: number[] = []
  await Promise.all([1, 2, 3].map((n) => bucket.take().then(() => order.push(n))))
  assert.deepEqual(order, [1, 2, 3])
  assert.equal(clock.now(), 2_000)
})

test('the endpoint budget is split so that processor and state reads together stay within it', () => {
  const split = splitRateLimit(20)
  assert.equal(split.processor + split.stateReads, 20)
  assert.ok(split.stateReads > 0 && split.processor > split.stateReads)
  assert.throws(() => splitRateLimit(0), RangeError)
})
