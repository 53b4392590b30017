import { test } from 'node:test'
import assert from 'node:assert/strict'
import { keccak256, toEventSelector } from 'viem'
import { IndexingIssue, TeeNode } from '../model'
import { teeRegistryHandler } from './tee/handler'
import { ADDR, block, eventLog, fakeReader, loadAbi, MemoryStore, profile, routed, runBatch } from './handler-fixtures'
import { isUnknownTopic } from './known-topics'

test('the events each decoder reads, and access-control housekeeping, are known; other variants are not', () => {
  assert.equal(isUnknownTopic('tee-registry', toEventSelector('TEERegistered(bytes32,address,uint8)')), false)
  assert.equal(isUnknownTopic('tee-registry', toEventSelector('PCRRevoked(bytes32)')), false)
  assert.equal(isUnknownTopic('tee-registry', toEventSelector('RoleGranted(bytes32,address,address)')), false)
  assert.equal(isUnknownTopic('settlement-relay', toEventSelector('BatchSettlement(bytes32,uint256,bytes)')), false)
  assert.equal(isUnknownTopic('legacy-relay', toEventSelector('SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)')), false)
  assert.equal(isUnknownTopic('staking', toEventSelector('Delegate(address,address,uint256,uint256)')), false)
  assert.equal(isUnknownTopic('inference-hub', toEventSelector('LLMChatResult((string,(string,string,string,string,(string,string,string)[])))')), false)
  // variants other registry versions emit, and events that belong to another kind
  assert.equal(isUnknownTopic('tee-registry', toEventSelector('TEERemoved(bytes32)')), true)
  assert.equal(isUnknownTopic('tee-registry', toEventSelector('PCRRevoked(bytes32,uint256)')), true)
  assert.equal(isUnknownTopic('staking', toEventSelector('RoleGranted(bytes32,address,address)')), true)
  assert.equal(isUnknownTopic('distribution', toEventSelector('Delegate(address,address,uint256,uint256)')), true)
  assert.equal(isUnknownTopic('slashing', undefined), true, 'an anonymous log')
})

test('a registry log with an unknown topic becomes an unknown-topic issue and indexing goes on', async () => {
  const store = new MemoryStore()
  const abi = loadAbi('TEERegistry')
  const key = `0x3082${'01'.repeat(30)}` as const
  const reader = fakeReader(() => new Error('no state in this test'))
  const b = block(10, 1_780_000_000)
  const removed = { topics: [toEventSelector('TEERemoved(bytes32)'), keccak256(key)], data: '0x' }
  await runBatch(
    store,
    reader,
    [
      {
        header: b,
        logs: [
          routed('tee-registry', ADDR.registry, b, '0xt1', 0, removed),
          routed(
            'tee-registry',
            ADDR.registry,
            b,
            '0xt1',
            1,
            eventLog(abi, 'TEERegistered', { teeId: keccak256(key), owner: '0x00000000000000000000000000000000000000aa', teeType: 0 }),
          ),
        ],
      },
    ],
    [teeRegistryHandler(profile)],
  )
  const issues = store.rows<IndexingIssue>(IndexingIssue)
  const unknown = issues.filter((i) => i.reason === 'unknown-topic')
  assert.equal(unknown.length, 1)
  assert.deepEqual(
    [unknown[0].txHash, unknown[0].logIndex, unknown[0].topic0, unknown[0].detail],
    ['0xt1', 0, toEventSelector('TEERemoved(bytes32)'), 'tee-registry'],
  )
  assert.equal(store.rows<TeeNode>(TeeNode).length, 1, 'the next log of the batch is still applied')
})
