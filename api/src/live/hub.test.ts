import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { LiveConfig } from './config'
import type { LiveEvent, LivePayment, LiveSettlement, LiveSource } from './events'
import { LiveHub } from './hub'

/** A chain whose head the test moves, with one settlement per OG block and one payment per Base block. */
function fakeChain() {
  const state = { og: 10, base: 20, reads: { heads: 0, settlements: 0, payments: 0 } }
  const settlement = (n: number): LiveSettlement => ({
    id: `s${n}`,
    kind: 'LEGACY_SINGLE',
    txHash: `0x${n}`,
    blockNumber: n,
    timestamp: new Date(n * 1000).toISOString(),
    status: 'VERIFIED',
    inferenceCount: 1,
    teeId: null,
  })
  const payment = (n: number): LivePayment => ({
    id: `p${n}`,
    txHash: `0x${n}`,
    blockNumber: n,
    timestamp: new Date(n * 1000).toISOString(),
    scheme: 'EXACT',
    payer: '0xa',
    payee: '0xb',
    amount: '1',
    amountUsd: '0.1',
    teeId: null,
  })
  const range = (after: number, upTo: number, limit: number) => {
    const out: number[] = []
    for (let n = upTo; n > after && out.length < limit; n--) out.push(n)
    return out
  }
  const source: LiveSource = {
    async heads() {
      state.reads.heads++
      return { og: { height: state.og, hash: `0xog${state.og}` }, base: { height: state.base, hash: `0xbase${state.base}` } }
    },
    async settlements(after, upTo, limit) {
      state.reads.settlements++
      return range(after, upTo, limit).map(settlement)
    },
    async payments(after, upTo, limit) {
      state.reads.payments++
      return range(after, upTo, limit).map(payment)
    },
  }
  return { state, source }
}

const CONFIG: LiveConfig = { maxSubscribers: 3, maxPerClient: 3, pollMs: 5, maxRows: 4, queue: 2 }

async function nextOf(it: AsyncIterator<LiveEvent>, ms = 2000): Promise<LiveEvent> {
  const r = await Promise.race([it.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no push in time')), ms))])
  assert.equal(r.done, false)
  return r.value
}

test('every subscriber shares one poller: the heads are read once per tick, however many listen', async () => {
  const { state, source } = fakeChain()
  const hub = new LiveHub(source, CONFIG)
  const a = hub.subscribe()
  const b = hub.subscribe()
  const c = hub.subscribe()
  const [ea, eb, ec] = await Promise.all([nextOf(a), nextOf(b), nextOf(c)])
  // the first push is the baseline: heads only, nothing indexed before anyone subscribed
  for (const e of [ea, eb, ec]) {
    assert.equal(e.heads.og?.height, 10)
    assert.equal(e.heads.base?.height, 20)
    assert.deepEqual(e.newSettlements, [])
  }
  await new Promise((r) => setTimeout(r, 60))
  // ticks went by with nothing new: no push, and no row read
  assert.equal(state.reads.settlements, 0)
  assert.equal(state.reads.heads, hub.ticks)
  state.og = 12
  const pushes = await Promise.all([nextOf(a), nextOf(b), nextOf(c)])
  for (const e of pushes)
    assert.deepEqual(
      e.newSettlements.map((s) => s.blockNumber),
      [12, 11],
    )
  assert.equal(state.reads.settlements, 1, 'the rows were read once for three subscribers')
  assert.equal(state.reads.payments, 0, 'Base did not move, so its rows were not read')
  hub.close()
})

test('a push carries at most maxRows rows, newest first, and says when more arrived', async () => {
  const { state, source } = fakeChain()
  const hub = new LiveHub(source, CONFIG)
  const it = hub.subscribe()
  await nextOf(it)
  state.og = 20
  state.base = 22
  const e = await nextOf(it)
  assert.deepEqual(
    e.newSettlements.map((s) => s.blockNumber),
    [20, 19, 18, 17],
  )
  assert.equal(e.settlementsTruncated, true)
  assert.deepEqual(
    e.newPayments.map((p) => p.blockNumber),
    [22, 21],
  )
  assert.equal(e.paymentsTruncated, false)
  hub.close()
})

test('the subscriber limit refuses the next with OVERLOADED, and a freed place is taken again', async () => {
  const { source } = fakeChain()
  const hub = new LiveHub(source, CONFIG)
  const subs = [hub.subscribe(), hub.subscribe(), hub.subscribe()]
  assert.throws(
    () => hub.subscribe(),
    (e: Error & { extensions?: { code?: string; max?: number } }) =>
      e.extensions?.code === 'OVERLOADED' && e.extensions.max === 3 && /limit of 3/.test(e.message),
  )
  await subs[0].return?.()
  assert.equal(hub.size, 2)
  assert.doesNotThrow(() => hub.subscribe())
  hub.close()
  assert.equal(hub.size, 0)
})

test('one client holds at most maxPerClient subscriptions; others are not affected', async () => {
  const { source } = fakeChain()
  const hub = new LiveHub(source, { ...CONFIG, maxSubscribers: 10, maxPerClient: 2 })
  const mine = [hub.subscribe('10.0.0.1'), hub.subscribe('10.0.0.1')]
  assert.throws(
    () => hub.subscribe('10.0.0.1'),
    (e: Error & { extensions?: { code?: string } }) => e.extensions?.code === 'OVERLOADED' && /this client already holds 2/.test(e.message),
  )
  assert.doesNotThrow(() => hub.subscribe('10.0.0.2'))
  await mine[0].return?.()
  assert.doesNotThrow(() => hub.subscribe('10.0.0.1'))
  hub.close()
})

test('the poller stops when the last subscriber leaves and starts from a fresh baseline', async () => {
  const { state, source } = fakeChain()
  const hub = new LiveHub(source, CONFIG)
  const it = hub.subscribe()
  await nextOf(it)
  await it.return?.()
  await new Promise((r) => setTimeout(r, 30))
  const ticks = hub.ticks
  await new Promise((r) => setTimeout(r, 60))
  assert.equal(hub.ticks, ticks, 'no tick without subscribers')
  state.og = 30
  const again = hub.subscribe()
  const first = await nextOf(again)
  assert.equal(first.heads.og?.height, 30)
  assert.deepEqual(first.newSettlements, [], 'blocks indexed while nobody listened are not replayed')
  hub.close()
})

test('a slow subscriber keeps at most `queue` pushes and is told it missed some', async () => {
  const { state, source } = fakeChain()
  const hub = new LiveHub(source, { ...CONFIG, pollMs: 2 })
  const slow = hub.subscribe()
  await nextOf(slow)
  for (let i = 1; i <= 5; i++) {
    const before = hub.ticks
    state.og = 10 + i
    while (hub.ticks < before + 2) await new Promise((r) => setTimeout(r, 2))
  }
  const e = await nextOf(slow)
  assert.equal(e.missed, true)
  // the two newest pushes were kept (blocks 14 and 15), the older three dropped
  assert.deepEqual(
    e.newSettlements.map((s) => s.blockNumber),
    [14],
  )
  const last = await nextOf(slow)
  assert.equal(last.missed, false)
  assert.deepEqual(
    last.newSettlements.map((s) => s.blockNumber),
    [15],
  )
  hub.close()
})

test('a head that went back brings its new heads and no rows; a failed read is retried on the next tick', async () => {
  const { state, source } = fakeChain()
  let fail = false
  const logged: string[] = []
  const hub = new LiveHub(
    {
      ...source,
      heads: () => (fail ? Promise.reject(new Error('connection refused')) : source.heads()),
    },
    CONFIG,
    (m) => logged.push(m),
  )
  const it = hub.subscribe()
  await nextOf(it)
  state.og = 8
  const back = await nextOf(it)
  assert.equal(back.heads.og?.height, 8)
  assert.deepEqual(back.newSettlements, [])
  fail = true
  await new Promise((r) => setTimeout(r, 40))
  assert.equal(logged.length, 1, 'the same failure is logged once')
  fail = false
  state.og = 9
  const after = await nextOf(it)
  assert.deepEqual(
    after.newSettlements.map((s) => s.blockNumber),
    [9],
  )
  hub.close()
})
