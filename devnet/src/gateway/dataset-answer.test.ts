import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeBlock, encodeBlock } from '../dataset/format'
import { TEST_ADDRESSES, TEST_TOPICS, testChain } from '../dataset/test-blocks'
import { answerFromLines } from './dataset-answer'
import { projectHeader, projectLog, projectTransaction } from './project'
import { parseArchiveQuery, QueryError, type ArchiveQuery } from './query'
import { logAddressHint, needsLogs, selectBlocks, transactionsForLogs } from './select'

/** the obvious version: decoded blocks through select.ts and project.ts, as the gateway answers from anvil */
function obvious(query: ArchiveQuery, range: { from: number; to: number }, lines: string[], maxItems: number, hasReceipts: boolean): string {
  const blocks = lines.map((l) => decodeBlock(l, hasReceipts))
  const hint = logAddressHint(query)
  const logs = needsLogs(query) ? blocks.flatMap((b) => b.logs).filter((l) => !hint || hint.includes(l.address.toLowerCase())) : []
  const allTx = blocks.flatMap((b) => b.transactions)
  const wanted = new Set(transactionsForLogs(query, logs))
  const transactions = query.transactions?.length ? allTx : allTx.filter((t) => wanted.has(t.hash))
  const selection = selectBlocks(query, range, logs, transactions, maxItems)
  const receipts = new Map(blocks.flatMap((b) => b.receipts ?? []).map((r) => [r.transactionHash, r]))
  const selectsReceipt = Object.keys(query.fields?.transaction ?? {}).some((f) => ['status', 'gasUsed', 'cumulativeGasUsed', 'effectiveGasPrice'].includes(f))
  if (selectsReceipt && !hasReceipts && selection.blocks.some((b) => b.transactions.length > 0)) throw new QueryError('no receipts')
  return JSON.stringify(
    selection.blocks.map((b) => ({
      header: projectHeader(blocks[b.number - range.from].header, query.fields),
      transactions: b.transactions.map((t) => projectTransaction(t, receipts.get(t.hash), query.fields)),
      logs: b.logs.map((l) => projectLog(l, query.fields)),
    })),
  )
}

const [A, B, C] = TEST_ADDRESSES
const BASE_FIELDS = {
  block: { timestamp: true },
  transaction: { from: true, to: true, hash: true, input: true },
  log: { address: true, topics: true, data: true, transactionHash: true },
}
const QUERIES: object[] = [
  // the Base pipeline's request
  {
    logs: [
      { address: [A], transaction: false },
      { address: [B, C], transaction: true },
    ],
    fields: BASE_FIELDS,
  },
  // topic filters, as the OG pipeline's requests, upper-case filters and a sibling relation
  { logs: [{ topic0: [TEST_TOPICS[1].toUpperCase().replace('0X', '0x')], transactionLogs: true }], fields: { log: { topics: true, data: true } } },
  {
    logs: [{ address: [B], topic0: [TEST_TOPICS[0]], transaction: true }],
    fields: { transaction: { status: true, gasUsed: true, sighash: true, nonce: true, type: true, value: true } },
  },
  // transaction filters with their logs, sighash and type
  {
    transactions: [{ to: [A], sighash: ['0xa9059cbb'], logs: true }],
    fields: { transaction: { hash: true, cumulativeGasUsed: true, effectiveGasPrice: true }, log: { address: true } },
  },
  {
    transactions: [
      { from: [C], type: [2] },
      { to: [B], type: [0] },
    ],
    fields: { block: { gasUsed: true, miner: true, timestamp: true } },
  },
  // empty lists match nothing; every block; nothing asked
  { logs: [{ address: [] }], transactions: [{ from: [] }] },
  { includeAllBlocks: true, fields: { block: { timestamp: true, gasUsed: true } } },
  {},
]

function linesOf(count: number, receipts: boolean) {
  const chain = testChain(count, { receipts })
  // odd values a chain may hold: a contract creation, a missing field, a checksummed address
  chain[7].transactions[2].to = null
  chain[11].logs[0].address = chain[11].logs[0].address.toUpperCase().replace('0X', '0x')
  chain[11].transactions[0].from = chain[11].transactions[0].from.toUpperCase().replace('0X', '0x')
  delete chain[9].transactions[0].value
  return chain.map(encodeBlock)
}

test('the answer from stored lines is the decoded blocks’ answer through select.ts and project.ts, for every query, range and answer size', () => {
  const lines = linesOf(48, true)
  let compared = 0
  for (const q of QUERIES)
    for (const [from, to] of [
      [0, 47],
      [3, 3],
      [5, 20],
      [46, 47],
    ])
      for (const maxItems of [1, 7, 10_000]) {
        const query = parseArchiveQuery({ fromBlock: from, toBlock: to, ...q })
        const range = { from, to }
        const fast = answerFromLines(query, range, lines.slice(from, to + 1), maxItems, true)
        const expected = obvious(query, range, lines.slice(from, to + 1), maxItems, true)
        assert.equal(fast.json, expected, `${JSON.stringify(q)} ${from}..${to} maxItems ${maxItems}`)
        const blocks = JSON.parse(expected) as { header: { number: number }; logs: unknown[]; transactions: unknown[] }[]
        assert.equal(fast.lastBlock, blocks[blocks.length - 1].header.number)
        assert.equal(
          fast.items,
          blocks.reduce((s, b) => s + b.logs.length + b.transactions.length, 0),
        )
        compared++
      }
  assert.equal(compared, QUERIES.length * 12)
})

test('receipt fields from a dataset without receipts are refused when the answer holds a transaction, as from the decoded blocks', () => {
  const lines = linesOf(12, false)
  const query = parseArchiveQuery({ fromBlock: 0, toBlock: 11, transactions: [{}], fields: { transaction: { status: true } } })
  assert.throws(() => answerFromLines(query, { from: 0, to: 11 }, lines, 10_000, false), QueryError)
  assert.throws(() => obvious(query, { from: 0, to: 11 }, lines, 10_000, false), QueryError)
  const none = parseArchiveQuery({ fromBlock: 0, toBlock: 11, transactions: [{ from: [] }], fields: { transaction: { status: true } } })
  assert.equal(answerFromLines(none, { from: 0, to: 11 }, lines, 10_000, false).json, obvious(none, { from: 0, to: 11 }, lines, 10_000, false))
})
