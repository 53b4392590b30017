import assert from 'node:assert/strict'
import { test } from 'node:test'
import { testChain } from '../dataset/test-blocks'
import { blockJson, planAnswer } from './answer-json'
import type { RpcReceipt } from './chain-data'
import { HEADER_FIELDS, LOG_FIELDS, projectHeader, projectLog, projectTransaction, RECEIPT_FIELDS, TRANSACTION_FIELDS } from './project'
import type { FieldSelection } from './query'

/** the obvious version: project.ts's objects through JSON.stringify */
function obvious(fields: FieldSelection | undefined, block: ReturnType<typeof testChain>[number], receipts: Map<string, RpcReceipt>): string {
  return JSON.stringify({
    header: projectHeader(block.header, fields),
    transactions: block.transactions.map((t) => projectTransaction(t, receipts.get(t.hash), fields)),
    logs: block.logs.map((l) => projectLog(l, fields)),
  })
}

/** a deterministic shuffle, so each selection lists its keys in another order */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const selection = (names: string[], seed: number) => Object.fromEntries(shuffled(names, seed).map((k, i) => [k, i % 5 !== 4 || seed === 0]))

test('the answer written by concatenation is JSON.stringify of project.ts’s blocks, for every kind of selection', () => {
  const blocks = testChain(60)
  // odd values project.ts passes through: a null `to`, a missing field, a string JSON must escape, a null counter
  blocks[5].transactions[0].to = null
  delete blocks[6].transactions[0].value
  blocks[7].transactions[0].input = '0x"quoted"\\\n'
  blocks[7].transactions[1].nonce = null
  blocks[9].header.extraData = 'ünïcode \ud800'
  const receipts = new Map(blocks.flatMap((b) => b.receipts ?? []).map((r) => [r.transactionHash, r]))
  const all = {
    block: [...Object.keys(HEADER_FIELDS), 'number', 'unknownField'],
    transaction: [...Object.keys(TRANSACTION_FIELDS), ...Object.keys(RECEIPT_FIELDS), 'sighash', 'transactionIndex'],
    log: [...Object.keys(LOG_FIELDS), 'logIndex', 'blockNumber'],
  }
  const selections: (FieldSelection | undefined)[] = [
    undefined,
    {},
    {
      block: { timestamp: true },
      log: { address: true, topics: true, data: true, transactionHash: true },
      transaction: { from: true, to: true, hash: true, input: true },
    },
  ]
  for (let seed = 0; seed < 12; seed++)
    selections.push({ block: selection(all.block, seed), transaction: selection(all.transaction, seed + 100), log: selection(all.log, seed + 200) })
  let compared = 0
  for (const fields of selections) {
    const plan = planAnswer(fields)
    for (const block of blocks) {
      assert.equal(
        blockJson(plan, block.header, block.transactions, block.logs, receipts),
        obvious(fields, block, receipts),
        `${JSON.stringify(fields)} block ${block.header.number}`,
      )
      compared++
    }
  }
  assert.equal(compared, selections.length * blocks.length)
})

test('a receipt field of a transaction whose receipt was not loaded is an error, as in project.ts', () => {
  const [block] = testChain(1, { from: 3 })
  const plan = planAnswer({ transaction: { status: true } })
  assert.throws(() => blockJson(plan, block.header, block.transactions, block.logs, new Map()), /receipt of 0x[0-9a-f]+ was not loaded/)
})
