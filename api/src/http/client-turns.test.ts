import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ClientTurns } from './client-turns'

test('client turns: at most max of a client go on at once, the rest wait in order, another client never waits behind them', async () => {
  const wakes: (() => void)[] = []
  const turns = new ClientTurns(2, (wake) => wakes.push(wake))
  const a = [turns.take('a'), turns.take('a'), turns.take('a'), turns.take('a')]
  assert.deepEqual(
    a.map((t) => t.ready === null),
    [true, true, false, false],
  )
  assert.equal(turns.take('b').ready, null, 'another client goes on at once')
  const order: number[] = []
  a[2].ready!.then(() => order.push(2))
  a[3].ready!.then(() => order.push(3))
  turns.release('a')
  // the turn is handed over on a later turn of the event loop, not inside the release
  assert.equal(wakes.length, 1)
  await Promise.resolve()
  assert.deepEqual(order, [])
  wakes.shift()!()
  turns.release('a')
  wakes.shift()!()
  await new Promise((r) => setImmediate(r))
  assert.deepEqual(order, [2, 3], 'waiters go on in the order they came')
  assert.equal(turns.runningFor('a'), 2, 'a handed-over turn keeps the count')
  turns.release('a')
  turns.release('a')
  turns.release('b')
  assert.equal(turns.clients(), 0, 'no entry stays for a client with nothing open')
})

test('client turns: a request that goes away while waiting leaves the line without taking or passing on a turn', () => {
  const wakes: (() => void)[] = []
  const turns = new ClientTurns(1, (wake) => wakes.push(wake))
  const first = turns.take('a')
  const gone = turns.take('a')
  const next = turns.take('a')
  assert.equal(first.abandon(), false, 'a running request has no place in the line')
  assert.equal(gone.abandon(), true)
  assert.equal(turns.waitingFor('a'), 1)
  turns.release('a')
  assert.equal(wakes.length, 1, 'the turn goes to the one still waiting')
  wakes.shift()!()
  assert.equal(next.abandon(), false, 'once woken it holds a turn and is released as usual')
  turns.release('a')
  assert.equal(turns.clients(), 0)
  assert.equal(turns.waitingFor('a'), 0)
})
