import { test } from 'node:test'
import assert from 'node:assert/strict'
import { maskPassword } from './embedded'

test('URLs are printed with the password masked and everything else kept', () => {
  assert.equal(maskPassword('postgres://postgres:postgres@127.0.0.1:23798/explorer'), 'postgres://postgres:***@127.0.0.1:23798/explorer')
  assert.equal(maskPassword('postgres://reader@db:5432/x'), 'postgres://reader@db:5432/x')
  assert.equal(maskPassword('not a url //user:secret@host'), 'not a url //user:***@host')
})
