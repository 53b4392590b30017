import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  IndexingIssue,
  Inference,
  InferenceDailyGroup,
  InferenceMode,
  OgDailyStat,
  OgHourlyStat,
  Settlement,
  SettlementKind,
  VerificationStatus,
} from '../../model'
import { hubHandler } from './handler'
import { ADDR, block, eventLog, fakeReader, loadAbi, MemoryStore, profile, routed, runBatch } from '../handler-fixtures'
import { hourId } from '@og-explorer/common'

const precompile = loadAbi('InferencePrecompile')
const hub = loadAbi('InferenceHub')
const T0 = Date.UTC(2026, 4, 1) / 1000
const request = { mode: 2, modelCID: 'QmCompletionModel', prompt: 'Hello', max_tokens: 50, stop_sequence: [], temperature: 0 }
const pre = (b: ReturnType<typeof block>, tx: string, i: number) =>
  routed(
    'inference-precompile',
    ADDR.precompile,
    b,
    tx,
    i,
    eventLog(precompile, 'LLMCompletionEvent', { inferenceID: String(i), request, response: { answer: 'ok' } }),
  )
const res = (b: ReturnType<typeof block>, tx: string, i: number) =>
  routed('inference-hub', ADDR.hub, b, tx, i, eventLog(hub, 'LLMCompletionResult', { response: { answer: 'ok' } }))

test('a precompile log and the hub result of its tx make one HUB settlement and inference', async () => {
  const store = new MemoryStore()
  const b = block(5, T0)
  await runBatch(
    store,
    fakeReader(() => new Error('no reads expected')),
    [{ header: b, logs: [pre(b, '0xaa', 3), res(b, '0xaa', 4), pre(b, '0xbb', 0), res(b, '0xcc', 0)] }],
    [hubHandler(profile)],
  )

  const s = store.table('Settlement').get('0xaa-4') as Settlement
  assert.deepEqual([s.kind, s.relay, s.status, s.inferenceCount, s.blockNumber], [SettlementKind.HUB, ADDR.hub, VerificationStatus.UNVERIFIABLE, 1, 5])
  const i = store.table('Inference').get('0xaa-4-0') as Inference
  assert.deepEqual([i.mode, i.model, i.status, i.signatureValid], [InferenceMode.TEE, 'QmCompletionModel', VerificationStatus.UNVERIFIABLE, null])
  assert.match(i.inputHash!, /^0x[0-9a-f]{64}$/)
  assert.match(i.outputHash!, /^0x[0-9a-f]{64}$/)

  // unpaired on either side: still an inference with what is known, plus an issue
  const lonePre = store.table('Inference').get('0xbb-0-0') as Inference
  assert.deepEqual([lonePre.mode, lonePre.model, lonePre.outputHash], [InferenceMode.TEE, 'QmCompletionModel', i.outputHash])
  assert.equal((store.table('Settlement').get('0xbb-0') as Settlement).relay, ADDR.precompile)
  const loneHub = store.table('Inference').get('0xcc-0-0') as Inference
  assert.deepEqual([loneHub.mode, loneHub.model, loneHub.inputHash, loneHub.outputHash], [InferenceMode.UNKNOWN, null, null, i.outputHash])
  assert.deepEqual(
    store.rows<IndexingIssue>(IndexingIssue).map((x) => [x.reason, x.txHash]),
    [
      ['unpaired-inference-log', '0xbb'],
      ['unpaired-inference-log', '0xcc'],
    ],
  )
  const day = store.table('OgDailyStat').get('2026-05-01') as OgDailyStat
  assert.deepEqual([day.hubInferences, day.inferencesSettled, day.settlements], [3, 3, 3])
  const hours = store.rows<OgHourlyStat>(OgHourlyStat)
  assert.deepEqual(
    hours.map((h) => [h.id, h.hubInferences, h.inferencesSettled, h.settlements]),
    [[hourId(T0 * 1000), 3, 3, 3]],
  )
  // one group per (day, TEE, mode) the three inferences fall into, all unverifiable
  const inferences = store.rows<Inference>(Inference)
  const groups = store.rows<InferenceDailyGroup>(InferenceDailyGroup)
  assert.equal(
    groups.reduce((n, g) => n + g.inferences, 0),
    3,
  )
  assert.ok(groups.every((g) => g.unverifiable === g.inferences && g.verified + g.invalid + g.pending === 0))
  for (const inf of inferences)
    assert.ok(
      groups.some((g) => g.mode === inf.mode && g.teeId === (inf.teeId ?? '')),
      inf.id,
    )
})

test('an undecodable hub log is recorded by main.ts and does not stop the batch', async () => {
  const store = new MemoryStore()
  const b = block(6, T0)
  const broken = res(b, '0xdd', 1)
  ;(broken.log as { data: string }).data = '0x1234'
  await runBatch(
    store,
    fakeReader(() => new Error('no reads expected')),
    [{ header: b, logs: [pre(b, '0xdd', 0), broken] }],
    [hubHandler(profile)],
  )
  assert.deepEqual(
    store
      .rows<IndexingIssue>(IndexingIssue)
      .map((x) => x.reason)
      .sort(),
    ['undecodable-log', 'unpaired-inference-log'],
  )
  assert.equal(store.rows<Inference>(Inference).length, 1)
})
