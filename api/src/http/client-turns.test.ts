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

test('client turns: a slowed-down client is worked on one at a time until the slow-down ends, then as many as max again, in order', () => {
  let now = 1_000
  const wakes: string[] = []
  const turns = new ClientTurns(
    3,
    (wake) => wake(),
    () => now,
  )
  const take = (client: string, name: string) => {
    const t = turns.take(client)
    if (t.ready === null) wakes.push(name)
    else t.ready.then(() => wakes.push(name))
    return t
  }
  take('a', 'a1')
  take('a', 'a2')
  turns.slowDown('a', 500)
  assert.equal(turns.limitFor('a'), 1)
  assert.equal(turns.limitFor('b'), 3, 'only that client')
  take('a', 'a3')
  take('a', 'a4')
  assert.deepEqual(wakes, ['a1', 'a2'], 'the two already running keep going; the next waits')
  turns.release('a')
  assert.equal(turns.runningFor('a'), 1, 'a release while over the limit passes no turn on')
  assert.equal(turns.waitingFor('a'), 2)
  turns.release('a')
  assert.equal(turns.runningFor('a'), 1, 'under it, one goes on')
  now += 500
  assert.equal(turns.limitFor('a'), 3, 'the slow-down ends')
  take('a', 'a5')
  assert.equal(turns.waitingFor('a'), 2, 'a new request waits behind those already in line')
  turns.release('a')
  assert.equal(turns.runningFor('a'), 2, 'the release wakes as many as the turns allow again (a4, a5)')
  assert.equal(turns.waitingFor('a'), 0)
  turns.release('a')
  turns.release('a')
  assert.equal(turns.clients(), 0)
  return Promise.resolve().then(() => assert.deepEqual(wakes, ['a1', 'a2', 'a3', 'a4', 'a5'], 'in the order they came'))
})

test('client turns: ended slow-downs are forgotten, so a scan from many addresses leaves nothing behind', () => {
  let now = 0
  const turns = new ClientTurns(
    4,
    (wake) => wake(),
    () => now,
  )
  for (let i = 0; i < 1000; i++) turns.slowDown(`10.0.${i >> 8}.${i & 255}`, 100)
  now = 101
  assert.equal(turns.limitFor('10.0.0.1'), 4)
  assert.equal((turns as unknown as { slowed: Map<string, number> }).slowed.size, 0)
})
