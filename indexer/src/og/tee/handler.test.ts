import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getAddress, keccak256 } from 'viem'
import { Heartbeat, IndexingIssue, type OgDailyStat, type Pcr, type TeeNode, Validator } from '../../model'
import { commissionFraction } from '../staking/view'
import { teeRegistryHandler } from './handler'
import { ADDR, block, eventLog, fakeReader, functionResult, loadAbi, MemoryStore, profile, routed, runBatch } from '../handler-fixtures'

const abi = loadAbi('TEERegistry')
const T0 = Date.UTC(2026, 4, 1, 10) / 1000 // 10:00 UTC
// a TEE's id is the keccak of its public key; the indexer checks it
const KEY = `0x3082${'0a'.repeat(30)}` as const
const TEE = keccak256(KEY)
const TEE2 = '0x' + 'cd'.repeat(32)
const PCR = '0x' + '22'.repeat(32)
const OWNER = '0x00000000000000000000000000000000000000aa'
const handlers = () => [teeRegistryHandler(profile)]
const log = (b: ReturnType<typeof block>, i: number, name: string, args: Record<string, unknown>, arity?: number, address = ADDR.registry) =>
  routed('tee-registry', address, b, `0xt${b.height}`, i, eventLog(abi, name, args, arity))

function teeInfo(registeredAt: number, owner = OWNER, publicKey: string = KEY) {
  return functionResult(abi, 'getTEE', {
    owner: getAddress(owner),
    paymentAddress: getAddress('0x00000000000000000000000000000000000000bb'),
    endpoint: 'https://tee-1',
    publicKey,
    tlsCertificate: '0x',
    pcrHash: PCR,
    teeType: 0,
    enabled: true,
    registeredAt: BigInt(registeredAt),
    lastHeartbeatAt: BigInt(registeredAt),
  })
}

function validatorRow(id: string) {
  return new Validator({
    id,
    commissionRate: commissionFraction(0n),
    minSelfDelegation: 0n,
    tokens: 0n,
    delegatorShares: 0n,
    jailed: false,
    status: 'BONDED',
    delegatorCount: 0,
    selfBond: 0n,
    createdAt: new Date(0),
    createdBlock: 1,
    slashCount: 0,
    jailCount: 0,
    totalSlashed: 0n,
    stateBlock: 1,
  })
}

test('registration, heartbeats, uptime decay, daily counts, PCR lifecycle and the validator link', async () => {
  const store = new MemoryStore()
  await store.upsert([validatorRow(OWNER)])
  const reader = fakeReader((c) =>
    c.data.startsWith('0x418b207d')
      ? c.data.includes('cd'.repeat(32))
        ? new Error('missing trie node')
        : teeInfo(T0)
      : functionResult(abi, 'heartbeatMaxAge', 1800n),
  )

  const b1 = block(100, T0)
  const b2 = block(101, T0 + 600)
  const b3 = block(102, T0 + 3600 + 600) // 60 min gap, capped at 30 min of coverage
  await runBatch(
    store,
    reader,
    [
      {
        header: b1,
        logs: [
          log(b1, 0, 'TEETypeAdded', { typeId: 0, name: 'LLMProxy' }),
          log(b1, 1, 'PCRApproved', { pcrHash: PCR, teeType: 0, version: 'v1' }),
          log(b1, 2, 'TEERegistered', { teeId: TEE, owner: getAddress(OWNER), teeType: 0 }),
        ],
      },
      { header: b2, logs: [log(b2, 0, 'HeartbeatReceived', { teeId: TEE, timestamp: BigInt(T0 + 590) })] },
      {
        header: b3,
        logs: [
          log(b3, 0, 'HeartbeatReceived', { teeId: TEE, timestamp: BigInt(T0 + 4190) }),
          log(b3, 1, 'TEERegistered', { teeId: TEE2, owner: getAddress(OWNER), teeType: 0 }),
        ],
      },
    ],
    handlers(),
  )
  // getTEE at the latest block (a pruned node answers it), heartbeatMaxAge once per registry at the
  // batch's last block; the failed getTEE is not asked again in the same batch
  assert.deepEqual(
    reader.calls.map((c) => [c.data.slice(0, 10), c.block]),
    [
      ['0x418b207d', 'latest'],
      ['0x418b207d', 'latest'],
      ['0x87267aca', 102],
    ],
  )
  const node = store.table('TeeNode').get(TEE) as TeeNode
  assert.equal(node.owner, OWNER)
  assert.equal(node.endpoint, 'https://tee-1')
  assert.equal(node.publicKey, KEY)
  assert.equal(node.heartbeatCount, 2)
  assert.equal(node.coveredSeconds, 600 + 1800)
  assert.equal(node.uptime, 2400 / 4200)
  assert.equal(node.lastHeartbeatAt?.getTime(), (T0 + 4200) * 1000)
  assert.equal((node.validator as Validator).id, OWNER)
  const hb = store.rows<Heartbeat>(Heartbeat)
  assert.deepEqual(
    hb.map((h) => [h.gapSeconds, h.reportedAt.getTime() / 1000]),
    [
      [null, T0 + 590],
      [3600, T0 + 4190],
    ],
  )
  // a failed getTEE still creates the node, with an issue
  const failed = store.table('TeeNode').get(TEE2) as TeeNode
  assert.equal(failed.endpoint, null)
  assert.equal(failed.registeredAt.getTime(), (T0 + 4200) * 1000)
  assert.deepEqual(
    store.rows<IndexingIssue>(IndexingIssue).map((i) => i.reason),
    ['state-read-failed'],
  )
  const day = store.table('OgDailyStat').get('2026-05-01') as OgDailyStat
  assert.equal(day.heartbeats, 2)
  assert.equal(day.activeTees, 1)
  assert.equal((store.table('Pcr').get(`${ADDR.registry}-${PCR}-0`) as Pcr).active, true)

  // next day: no heartbeat yet → uptime decays; then one heartbeat makes the node active that day
  const b4 = block(200, T0 + 86_400)
  await runBatch(store, reader, [{ header: b4, logs: [log(b4, 0, 'PCRRevoked', { pcrHash: PCR }, 1)] }], handlers())
  const decayed = store.table('TeeNode').get(TEE) as TeeNode
  assert.equal(decayed.uptime, 2400 / 86_400)
  assert.equal((decayed.validator as Validator).id, OWNER, 'the link survives rows loaded without relations')
  const pcr = store.table('Pcr').get(`${ADDR.registry}-${PCR}-0`) as Pcr
  assert.equal(pcr.active, false)
  assert.equal(pcr.revokedBlock, 200)

  const b5 = block(201, T0 + 86_400 + 60)
  const b6 = block(202, T0 + 86_400 + 120)
  await runBatch(store, reader, [{ header: b5, logs: [log(b5, 0, 'HeartbeatReceived', { teeId: TEE, timestamp: 1n })] }], handlers())
  await runBatch(
    store,
    reader,
    [{ header: b6, logs: [log(b6, 0, 'HeartbeatReceived', { teeId: TEE, timestamp: 2n }), log(b6, 1, 'TEEDisabled', { teeId: TEE })] }],
    handlers(),
  )
  const day2 = store.table('OgDailyStat').get('2026-05-02') as OgDailyStat
  assert.equal(day2.heartbeats, 2)
  assert.equal(day2.activeTees, 1, 'counted once across batches')
  const disabled = store.table('TeeNode').get(TEE) as TeeNode
  assert.equal(disabled.enabled, false)
  // uptime is measured while enabled: at the disable block, then frozen however long the node stays disabled
  const atDisable = disabled.coveredSeconds / (T0 + 86_400 + 120 - disabled.registeredAt.getTime() / 1000)
  assert.equal(disabled.uptime, atDisable)
  const b7 = block(300, T0 + 30 * 86_400)
  await runBatch(store, reader, [{ header: b7, logs: [] }], handlers())
  assert.equal((store.table('TeeNode').get(TEE) as TeeNode).uptime, atDisable, 'a disabled node does not decay')
})

test('a node first seen through a heartbeat is built from getTEE at that block', async () => {
  const store = new MemoryStore()
  const reader = fakeReader((c) => (c.data.startsWith('0x418b207d') ? teeInfo(T0 - 1000) : new Error('reverted')))
  const b = block(50, T0)
  await runBatch(
    store,
    reader,
    [{ header: b, logs: [log(b, 0, 'HeartbeatReceived', { teeId: TEE, timestamp: BigInt(T0) }, undefined, ADDR.registry2)] }],
    handlers(),
  )
  const node = store.table('TeeNode').get(TEE) as TeeNode
  assert.equal(node.registry, ADDR.registry2)
  assert.equal(node.registeredAt.getTime(), (T0 - 1000) * 1000)
  assert.equal(node.heartbeatMaxAge, 1800, 'default when heartbeatMaxAge cannot be read')
  assert.equal(node.coveredSeconds, 1000)
  assert.equal(node.validator, null)
})

test('a key that does not hash to the TEE id is refused, and a missing key is asked for again later', async () => {
  const store = new MemoryStore()
  let answer: 'wrong-key' | 'error' | 'right' = 'wrong-key'
  const reader = fakeReader((c) => {
    if (!c.data.startsWith('0x418b207d')) return functionResult(abi, 'heartbeatMaxAge', 1800n)
    if (answer === 'error') return new Error('429 after every retry')
    return teeInfo(T0, OWNER, answer === 'right' ? KEY : '0x3082' + 'ff'.repeat(30))
  })
  const getTeeCalls = () => reader.calls.filter((c) => c.data.startsWith('0x418b207d')).length
  const b1 = block(100, T0)
  // one handler for the whole run, as in the processor: the retry schedule lives in it
  const running = handlers()
  await runBatch(store, reader, [{ header: b1, logs: [log(b1, 0, 'TEERegistered', { teeId: TEE, owner: getAddress(OWNER), teeType: 0 })] }], running)
  const node = () => store.table('TeeNode').get(TEE) as TeeNode
  assert.equal(node().publicKey, null, 'a key hashing to something else is not stored')
  assert.deepEqual(
    store.rows<IndexingIssue>(IndexingIssue).map((i) => i.reason),
    ['tee-key-mismatch'],
  )

  // nine blocks later: not yet due; ten: asked again (fails); then twenty more blocks before the next try
  answer = 'error'
  const calls = getTeeCalls()
  await runBatch(store, reader, [{ header: block(109, T0 + 90), logs: [] }], running)
  assert.equal(getTeeCalls(), calls)
  await runBatch(store, reader, [{ header: block(110, T0 + 100), logs: [] }], running)
  assert.equal(getTeeCalls(), calls + 1)
  answer = 'right'
  await runBatch(store, reader, [{ header: block(129, T0 + 290), logs: [] }], running)
  assert.equal(node().publicKey, null, 'still waiting its turn')
  await runBatch(store, reader, [{ header: block(130, T0 + 300), logs: [] }], running)
  assert.equal(node().publicKey, KEY)
  assert.equal(node().endpoint, 'https://tee-1', 'missing registration details filled in too')
  assert.equal(node().registeredAt.getTime(), T0 * 1000, 'registration time from the event block')
  const after = getTeeCalls()
  await runBatch(store, reader, [{ header: block(2000, T0 + 20_000), logs: [] }], running)
  assert.equal(getTeeCalls(), after, 'a node with its key is not read again')
})

/** Seconds of [registeredAt, t] outside the disabled spans [from, to): the clock uptime runs on. */
function enabledUpTo(t: number, registeredAt: number, disabled: Array<[number, number]>): number {
  let enabled = t - registeredAt
  for (const [from, to] of disabled) enabled -= Math.max(0, Math.min(t, to) - Math.max(registeredAt, from))
  return enabled
}

/** Uptime straight from its definition, over the raw timeline rather than the node's running fields. */
function expectedUptime(registeredAt: number, beats: number[], disabled: Array<[number, number]>, now: number, maxAge: number): number {
  let covered = 0
  let previous = registeredAt
  for (const beat of beats) {
    covered += Math.min(enabledUpTo(beat, registeredAt, disabled) - enabledUpTo(previous, registeredAt, disabled), maxAge)
    previous = beat
  }
  return covered / enabledUpTo(now, registeredAt, disabled)
}

/**
 * Runs one node through a scripted timeline (times in seconds after T0), one batch per entry, and
 * returns its row after each batch.
 */
async function timeline(steps: Array<[number, Array<'register' | 'beat' | 'disable' | 'enable'>]>): Promise<TeeNode[]> {
  const store = new MemoryStore()
  const reader = fakeReader((c) => (c.data.startsWith('0x418b207d') ? teeInfo(T0) : functionResult(abi, 'heartbeatMaxAge', 1800n)))
  const running = handlers()
  const rows: TeeNode[] = []
  let height = 100
  for (const [offset, events] of steps) {
    const b = block(height++, T0 + offset)
    const logs = events.map((e, i) =>
      e === 'register'
        ? log(b, i, 'TEERegistered', { teeId: TEE, owner: getAddress(OWNER), teeType: 0 })
        : e === 'beat'
          ? log(b, i, 'HeartbeatReceived', { teeId: TEE, timestamp: BigInt(T0 + offset) })
          : log(b, i, e === 'disable' ? 'TEEDisabled' : 'TEEEnabled', { teeId: TEE }),
    )
    await runBatch(store, reader, [{ header: b, logs }], running)
    rows.push({ ...(store.table('TeeNode').get(TEE) as TeeNode) })
  }
  return rows
}

test('a node disabled for hours and enabled again: its uptime counts enabled time only', async () => {
  const H = 3600
  const down = 1500
  const up = down + 6 * H
  const beats = [600, 1200, up + 300, up + 900, up + 900 + 3600] // the last gap is capped at 30 min
  const now = up + 900 + 3600 + 1200
  const rows = await timeline([
    [0, ['register']],
    [600, ['beat']],
    [1200, ['beat']],
    [down, ['disable']],
    [down + 2 * H, []],
    [up, ['enable']],
    [up + 300, ['beat']],
    [up + 900, ['beat']],
    [up + 900 + 3600, ['beat']],
    [now, []],
  ])
  const disabledRow = rows[3]
  assert.equal(disabledRow.enabled, false)
  assert.equal(disabledRow.disabledAt?.getTime(), (T0 + down) * 1000)
  assert.equal(disabledRow.uptime, 1200 / 1500)
  assert.equal(rows[4].uptime, 1200 / 1500, 'frozen while disabled')
  const back = rows[5]
  assert.equal(back.enabled, true)
  assert.equal(back.disabledAt, null)
  assert.equal(back.disabledSeconds, 6 * H)
  assert.equal(back.uptime, 1200 / 1500, 'the disabled hours are not counted against it')

  const last = rows.at(-1) as TeeNode
  assert.equal(last.disabledSeconds, 6 * H)
  assert.equal(last.disabledSinceHeartbeat, 0)
  const expected = expectedUptime(
    T0,
    beats.map((b) => T0 + b),
    [[T0 + down, T0 + up]],
    T0 + now,
    1800,
  )
  assert.ok(Math.abs(last.uptime - expected) < 1e-12, `${last.uptime} vs ${expected}`)
  assert.ok(expected < 1 && expected > 0.5, 'the timeline has some uncovered time, so the check means something')

  // the same node with the disabled span cut out of its history reads the same uptime
  const shift = up - down
  const twin = await timeline([
    [0, ['register']],
    [600, ['beat']],
    [1200, ['beat']],
    ...beats.slice(2).map((b) => [b - shift, ['beat']] as [number, Array<'beat'>]),
    [now - shift, []],
  ])
  const same = twin.at(-1) as TeeNode
  assert.equal(same.disabledSeconds, 0)
  assert.equal(same.coveredSeconds, last.coveredSeconds)
  assert.ok(Math.abs(same.uptime - last.uptime) < 1e-12, `${same.uptime} vs ${last.uptime}`)
})

test('a re-registration starts the disabled total over with the uptime window', async () => {
  const rows = await timeline([
    [0, ['register']],
    [600, ['disable']],
    [4200, ['enable']],
    [5000, ['register']],
    [5600, ['disable']],
  ])
  assert.equal(rows[2].disabledSeconds, 3600)
  const again = rows[3]
  assert.equal(again.disabledSeconds, 0)
  assert.equal(again.disabledAt, null)
  assert.equal(again.enabled, true)
  assert.equal(rows[4].disabledAt?.getTime(), (T0 + 5600) * 1000)
})
