import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ExportSlots, SlotsBusyError } from './export-slots'

test('at most `slots` run at once; waiters get a slot in arrival order as slots are released', async () => {
  const slots = new ExportSlots(2, 5, 10_000)
  const a = await slots.acquire()
  const b = await slots.acquire()
  const order: string[] = []
  const c = slots.acquire().then((r) => (order.push('c'), r))
  const d = slots.acquire().then((r) => (order.push('d'), r))
  assert.deepEqual(slots.stats, { active: 2, queued: 2 })
  a()
  a() // releasing twice frees one slot only
  const releaseC = await c
  assert.deepEqual(order, ['c'])
  assert.deepEqual(slots.stats, { active: 2, queued: 1 })
  b()
  const releaseD = await d
  assert.deepEqual(order, ['c', 'd'])
  releaseC()
  releaseD()
  assert.deepEqual(slots.stats, { active: 0, queued: 0 })
})

test('a full queue is refused at once with a retry hint', async () => {
  const slots = new ExportSlots(1, 1, 10_000)
  const a = await slots.acquire()
  const queued = slots.acquire()
  await assert.rejects(slots.acquire(), (e: unknown) => e instanceof SlotsBusyError && e.retryAfterSeconds === 10)
  a()
  ;(await queued)()
  assert.deepEqual(slots.stats, { active: 0, queued: 0 })
})

test('a waiter whose turn does not come in time is refused and leaves the queue', async () => {
  const slots = new ExportSlots(1, 3, 30)
  const a = await slots.acquire()
  await assert.rejects(slots.acquire(), SlotsBusyError)
  assert.deepEqual(slots.stats, { active: 1, queued: 0 })
  a()
  assert.deepEqual(slots.stats, { active: 0, queued: 0 })
})
