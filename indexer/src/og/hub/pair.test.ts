import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pairHubLogs, type PairableLog } from './pair'

const log = (txHash: string, logIndex: number, side: 'request' | 'result', family = 'chat'): PairableLog => ({ txHash, logIndex, side, family })
const shape = (pairs: ReturnType<typeof pairHubLogs<PairableLog>>) => pairs.map((p) => [p.request?.logIndex ?? null, p.result?.logIndex ?? null])

test('precompile log then hub log in one tx: one pair anchored on the hub log', () => {
  const pairs = pairHubLogs([log('0xa', 0, 'request'), log('0xa', 1, 'result')])
  assert.deepEqual(shape(pairs), [[0, 1]])
  assert.equal(pairs[0].anchor.logIndex, 1)
})

test('two hub calls in one tx pair in order', () => {
  const logs = [log('0xa', 0, 'request'), log('0xa', 1, 'result'), log('0xa', 2, 'request', 'model'), log('0xa', 3, 'result', 'model')]
  assert.deepEqual(shape(pairHubLogs(logs)), [
    [0, 1],
    [2, 3],
  ])
})

test('a direct precompile call before a hub call stays unpaired', () => {
  const logs = [log('0xa', 0, 'request'), log('0xa', 1, 'request'), log('0xa', 2, 'result')]
  assert.deepEqual(shape(pairHubLogs(logs)), [
    [0, null],
    [1, 2],
  ])
})

test('families must match: a completion result does not take a chat request', () => {
  const logs = [log('0xa', 0, 'request', 'completion'), log('0xa', 1, 'request', 'chat'), log('0xa', 2, 'result', 'completion')]
  // entries come in the order of their anchors: the lone chat request (1), then the pair (2)
  assert.deepEqual(shape(pairHubLogs(logs)), [
    [1, null],
    [0, 2],
  ])
})

test('never across transactions; a lone hub result stays unpaired', () => {
  const logs = [log('0xa', 0, 'request'), log('0xb', 0, 'result')]
  assert.deepEqual(shape(pairHubLogs(logs)), [
    [0, null],
    [null, 0],
  ])
})

test('a result before any request in its tx does not pair with a later request', () => {
  assert.deepEqual(shape(pairHubLogs([log('0xa', 0, 'result'), log('0xa', 1, 'request')])), [
    [null, 0],
    [1, null],
  ])
})
