import assert from 'node:assert/strict'
import { test } from 'node:test'
import { logId } from './ids.js'

test('a log row id is the transaction hash and the log index joined by a dash, which the API splits on', () => {
  const id = logId({ transactionHash: '0xab12', logIndex: 7 })
  assert.equal(id, '0xab12-7')
  assert.equal(Number(id.split('-')[1]), 7)
})
