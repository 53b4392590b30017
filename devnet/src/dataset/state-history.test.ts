import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { StateHistory, StateHistoryWriter } from './state-history'

test('a read at a block is the newest change at or before it, and nothing before the first', () => {
  const history = new StateHistory()
  history.add(5, 'k', 'a')
  history.add(9, 'k', 'b')
  history.add(20, 'k', 'c')
  const at = (block: number) => history.at('k', block)
  assert.deepEqual([4, 5, 8, 9, 19, 20, 1000].map(at), [undefined, 'a', 'a', 'b', 'b', 'c', 'c'])
  assert.equal(history.at('other', 100), undefined)
})

test('several changes in one block leave the last; a change out of block order is refused', () => {
  const history = new StateHistory()
  history.add(3, 'k', 1)
  history.add(3, 'k', 2)
  assert.equal(history.at('k', 3), 2)
  assert.throws(() => history.add(2, 'k', 0), /after one at 3/)
})

test('the written file reads back with its keys in the order of their first change', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'state-history-'))
  try {
    const writer = new StateHistoryWriter()
    writer.record(1, 'validator/b', { tokens: '1' })
    writer.record(2, 'validator/a', { tokens: '2' })
    writer.record(7, 'validator/b', { tokens: '3' })
    writer.save(dir)
    const history = StateHistory.load(dir)!
    assert.deepEqual(history.keys, ['validator/b', 'validator/a'])
    assert.deepEqual(history.at('validator/b', 6), { tokens: '1' })
    assert.deepEqual(history.at('validator/b', 7), { tokens: '3' })
    assert.equal(StateHistory.load(os.tmpdir()), undefined)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
