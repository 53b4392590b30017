import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ClientQueryGate } from './client-queries'

const tick = () => new Promise((r) => setImmediate(r))

test('a client runs at most `max` queries at once; the next waits and starts when one ends, in order', async () => {
  const gate = new ClientQueryGate(2)
  const a = await gate.acquire('attacker')
  const b = await gate.acquire('attacker')
  const started: string[] = []
  const c = gate.acquire('attacker').then((release) => (started.push('c'), release))
  const d = gate.acquire('attacker').then((release) => (started.push('d'), release))
  await tick()
  assert.deepEqual(started, [])
  assert.equal(gate.waitingFor('attacker'), 2)
  a()
  await tick()
  assert.deepEqual(started, ['c'])
  assert.equal(gate.runningFor('attacker'), 2)
  b()
  await tick()
  assert.deepEqual(started, ['c', 'd'])
  ;(await c)()
  ;(await d)()
  assert.equal(gate.runningFor('attacker'), 0)
  assert.equal(gate.clients(), 0, 'no entry is left for a client with nothing running')
})

test("another client is never held up by one client's queue", async () => {
  const gate = new ClientQueryGate(1)
  await gate.acquire('attacker')
  let waiting = true
  void gate.acquire('attacker').then(() => (waiting = false))
  const analyst = await Promise.race([gate.acquire('analyst').then(() => 'ran'), tick().then(() => 'blocked')])
  assert.equal(analyst, 'ran')
  assert.equal(waiting, true)
})

test('releasing twice gives back one place only', async () => {
  const gate = new ClientQueryGate(2)
  const first = await gate.acquire('x')
  await gate.acquire('x')
  first()
  first()
  assert.equal(gate.runningFor('x'), 1)
  await gate.acquire('x')
  let third = false
  void gate.acquire('x').then(() => (third = true))
  await tick()
  assert.equal(third, false, 'the limit still holds after a double release')
})
