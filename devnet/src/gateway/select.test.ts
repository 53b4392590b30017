import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { RpcLog, RpcTransaction } from './chain-data'
import { projectHeader, projectLog, projectTransaction, needsReceipts } from './project'
import { parseArchiveQuery, QueryError } from './query'
import { logAddressHint, needsAllLogs, selectBlocks, transactionsForLogs } from './select'

const hex = (n: number) => `0x${n.toString(16)}`
const A = '0x' + 'aa'.repeat(20)
const B = '0x' + 'bb'.repeat(20)
const T1 = '0x' + '11'.repeat(32)
const T2 = '0x' + '22'.repeat(32)

function log(block: number, index: number, txIndex: number, address: string, topics: string[]): RpcLog {
  return {
    blockNumber: hex(block),
    blockHash: `0xh${block}`,
    logIndex: hex(index),
    transactionIndex: hex(txIndex),
    transactionHash: `0xtx${block}_${txIndex}`,
    address,
    data: '0x',
    topics,
  }
}

function tx(block: number, index: number, to: string | null, input = '0xa9059cbb0000'): RpcTransaction {
  return {
    blockNumber: hex(block),
    blockHash: `0xh${block}`,
    transactionIndex: hex(index),
    hash: `0xtx${block}_${index}`,
    from: B,
    to,
    input,
    type: '0x2',
    gas: '0x5208',
    nonce: '0x7',
  }
}

// block 3: tx 0 (to A) emits A/T1 and B/T2; block 5: tx 1 emits B/T1; block 7: tx 0 emits A/T2
const LOGS = [log(3, 0, 0, A, [T1]), log(3, 1, 0, B, [T2]), log(5, 0, 1, B, [T1]), log(7, 0, 0, A, [T2, T1])]
const TXS = [tx(3, 0, A), tx(4, 0, B, '0x'), tx(5, 1, B), tx(7, 0, A, '0x12345678')]
const range = { from: 0, to: 9 }

const numbers = (s: ReturnType<typeof selectBlocks>) => s.blocks.map((b) => b.number)
const q = (body: object) => parseArchiveQuery({ fromBlock: 0, ...body })

test('a log filter matches on address and topics; a missing filter matches all, an empty list none', () => {
  const byAddress = selectBlocks(q({ logs: [{ address: [A.toUpperCase().replace('0X', '0x')] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    byAddress.blocks.flatMap((b) => b.logs),
    [LOGS[0], LOGS[3]],
  )
  const byTopic = selectBlocks(q({ logs: [{ topic0: [T1] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    byTopic.blocks.flatMap((b) => b.logs),
    [LOGS[0], LOGS[2]],
  )
  const both = selectBlocks(q({ logs: [{ address: [A], topic1: [T1] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    both.blocks.flatMap((b) => b.logs),
    [LOGS[3]],
  )
  const none = selectBlocks(q({ logs: [{ address: [] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    none.blocks.flatMap((b) => b.logs),
    [],
  )
  // two requests are a union, each log once
  const union = selectBlocks(q({ logs: [{ address: [A] }, { topic0: [T1] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    union.blocks.flatMap((b) => b.logs),
    [LOGS[0], LOGS[2], LOGS[3]],
  )
})

test('relations: transaction: true brings the log’s transaction, transactionLogs its siblings', () => {
  const withTx = selectBlocks(q({ logs: [{ address: [B], topic0: [T2], transaction: true }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    withTx.blocks.flatMap((b) => b.transactions),
    [TXS[0]],
  )
  assert.deepEqual(
    withTx.blocks.flatMap((b) => b.logs),
    [LOGS[1]],
  )
  const siblings = selectBlocks(q({ logs: [{ address: [B], topic0: [T2], transactionLogs: true }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    siblings.blocks.flatMap((b) => b.logs),
    [LOGS[0], LOGS[1]],
  )
  assert.deepEqual(
    siblings.blocks.flatMap((b) => b.transactions),
    [],
  )
})

test('transaction filters: to, sighash, type, and logs: true', () => {
  const toA = selectBlocks(q({ transactions: [{ to: [A], logs: true }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    toA.blocks.flatMap((b) => b.transactions),
    [TXS[0], TXS[3]],
  )
  assert.deepEqual(
    toA.blocks.flatMap((b) => b.logs),
    [LOGS[0], LOGS[1], LOGS[3]],
  )
  const bySighash = selectBlocks(q({ transactions: [{ sighash: ['0x12345678'] }] }), range, LOGS, TXS, 1000)
  assert.deepEqual(
    bySighash.blocks.flatMap((b) => b.transactions),
    [TXS[3]],
  )
  assert.deepEqual(
    selectBlocks(q({ transactions: [{ type: [0] }] }), range, LOGS, TXS, 1000).blocks.flatMap((b) => b.transactions),
    [],
  )
})

test('blocks: those with items, every block with includeAllBlocks, and always the last block of the range', () => {
  assert.deepEqual(numbers(selectBlocks(q({ logs: [{ address: [A] }] }), range, LOGS, TXS, 1000)), [3, 7, 9])
  assert.deepEqual(numbers(selectBlocks(q({ logs: [{ address: [A] }] }), { from: 0, to: 7 }, LOGS, TXS, 1000)), [3, 7])
  assert.deepEqual(numbers(selectBlocks(q({ includeAllBlocks: true }), { from: 2, to: 5 }, [], [], 1000)), [2, 3, 4, 5])
  // items outside the range never leak in
  assert.deepEqual(numbers(selectBlocks(q({ logs: [{}] }), { from: 4, to: 6 }, LOGS, TXS, 1000)), [5, 6])
})

test('a full answer stops at a block boundary and says where: the client asks again from the next block', () => {
  const first = selectBlocks(q({ logs: [{}] }), range, LOGS, TXS, 2)
  assert.equal(first.lastBlock, 3)
  assert.deepEqual(numbers(first), [3])
  assert.equal(first.blocks[0].logs.length, 2, 'a block is never split')
  const second = selectBlocks(q({ logs: [{}] }), { from: first.lastBlock + 1, to: 9 }, LOGS, TXS, 2)
  assert.equal(second.lastBlock, 7)
  assert.deepEqual(numbers(second), [5, 7])
})

test('what the source must load: address hint, all logs for sibling relations, transactions of matched logs', () => {
  assert.deepEqual(logAddressHint(q({ logs: [{ address: [A] }, { address: [B, A] }] })), [A, B])
  assert.equal(logAddressHint(q({ logs: [{ address: [A] }, { topic0: [T1] }] })), undefined)
  assert.equal(logAddressHint(q({ logs: [{ address: [A], transactionLogs: true }] })), undefined)
  assert.equal(needsAllLogs(q({ transactions: [{ to: [A], logs: true }] })), true)
  assert.deepEqual(transactionsForLogs(q({ logs: [{ address: [A], transaction: true }, { address: [B] }] }), LOGS), ['0xtx3_0', '0xtx7_0'])
})

test('queries the devnet cannot answer are refused, not answered empty', () => {
  assert.throws(() => parseArchiveQuery({ fromBlock: 0, traces: [{ callTo: [A] }] }), QueryError)
  assert.throws(() => parseArchiveQuery({ fromBlock: 0, logs: [{ address: [A], transactionTraces: true }] }), QueryError)
  assert.throws(() => parseArchiveQuery({ fromBlock: 5, toBlock: 4 }), /toBlock is below fromBlock/)
  assert.throws(() => parseArchiveQuery({ fromBlock: 0, logs: [{ addresses: [A] }] }), QueryError)
})

test('fields: only the selected ones, counters as numbers and amounts as hex', () => {
  const fields = {
    block: { timestamp: true, gasUsed: true },
    transaction: { hash: true, input: true, nonce: true, gas: true, sighash: true, status: true },
    log: { topics: true, data: true },
  }
  assert.deepEqual(projectHeader({ number: '0x9', hash: '0xh9', parentHash: '0xh8', timestamp: '0x64', gasUsed: '0x10', miner: A }, fields), {
    number: 9,
    hash: '0xh9',
    parentHash: '0xh8',
    timestamp: 100,
    gasUsed: '0x10',
  })
  assert.equal(needsReceipts(fields), true)
  assert.equal(needsReceipts({ transaction: { hash: true } }), false)
  assert.deepEqual(projectTransaction(TXS[3], { transactionHash: TXS[3].hash, status: '0x1' }, fields), {
    transactionIndex: 0,
    hash: '0xtx7_0',
    input: '0x12345678',
    nonce: 7,
    gas: '0x5208',
    sighash: '0x12345678',
    status: 1,
  })
  assert.throws(() => projectTransaction(TXS[3], undefined, fields), /receipt/)
  assert.deepEqual(projectLog(LOGS[3], fields), { logIndex: 0, transactionIndex: 0, topics: [T2, T1], data: '0x' })
})
