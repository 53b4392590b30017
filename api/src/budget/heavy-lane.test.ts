import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { GraphQLError } from 'graphql'
import { HeavyLane, isHeavy } from './heavy-lane'

const lane = (over: Partial<HeavyLane['limits']> = {}) => new HeavyLane({ concurrency: 1, queue: 2, perClient: 2, queueMs: 1000, ...over })

async function refusalOf(p: Promise<unknown>): Promise<{ code: unknown; status: unknown; retryAfter: unknown }> {
  try {
    await p
  } catch (error) {
    const ext = (error as GraphQLError).extensions as { code?: string; http?: { status?: number; headers?: Record<string, string> } }
    return { code: ext.code, status: ext.http?.status, retryAfter: ext.http?.headers?.['Retry-After'] }
  }
  assert.fail('admitted, expected a refusal')
}

test('heavy means at or above either threshold: fifteen aliased pages of 1000 are, an analyst page of 20 is not', () => {
  const thresholds = { rows: 1000, work: 50_000 }
  assert.equal(isHeavy({ rows: 15_000, work: 165_015 }, thresholds), true)
  assert.equal(isHeavy({ rows: 1000, work: 8001 }, thresholds), true)
  assert.equal(isHeavy({ rows: 0, work: 60_000 }, thresholds), true, 'a long analytics range reads few rows but is heavy work')
  assert.equal(isHeavy({ rows: 40, work: 301 }, thresholds), false)
})

test('one place: the second request waits and gets the place when the first gives it back, in order', async () => {
  const l = lane()
  const first = await l.admit('a')
  const order: string[] = []
  const second = l.admit('b').then((release) => (order.push('b'), release))
  const third = l.admit('c').then((release) => (order.push('c'), release))
  assert.equal(l.runningCount(), 1)
  assert.equal(l.waitingCount(), 2)
  first()
  first() // a second release of the same place changes nothing
  ;(await second)()
  ;(await third)()
  assert.deepEqual(order, ['b', 'c'])
  assert.equal(l.runningCount(), 0)
  assert.equal(l.waitingCount(), 0)
  assert.equal(l.heldBy('a') + l.heldBy('b') + l.heldBy('c'), 0, 'no client keeps an entry once its requests are done')
})

test("one client's excess is refused at once with 429 RATE_LIMITED and a Retry-After, while another client still queues", async () => {
  const l = lane({ queue: 8 })
  const running = await l.admit('attacker')
  const queued = l.admit('attacker')
  const started = performance.now()
  const refused = await refusalOf(l.admit('attacker'))
  assert.ok(performance.now() - started < 50, 'refused without waiting')
  assert.deepEqual(refused, { code: 'RATE_LIMITED', status: 429, retryAfter: '1' })
  const analyst = l.admit('analyst')
  assert.equal(l.waitingCount(), 2)
  running()
  ;(await queued)()
  ;(await analyst)()
})

test('a full queue refuses with 503 OVERLOADED, and a wait past queueMs is refused and gives its place up', async () => {
  const l = lane({ queue: 1, queueMs: 30 })
  const running = await l.admit('a')
  const waiting = l.admit('b')
  assert.deepEqual(await refusalOf(l.admit('c')), { code: 'OVERLOADED', status: 503, retryAfter: '2' })
  const timedOut = await refusalOf(waiting)
  assert.equal(timedOut.code, 'OVERLOADED')
  assert.equal(l.waitingCount(), 0)
  assert.equal(l.heldBy('b'), 0)
  running()
  assert.equal(l.runningCount(), 0)
  // the lane is whole again
  ;(await l.admit('b'))()
})
