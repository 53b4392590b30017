import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { keccak256 } from 'viem'
import { keccak256Bytes, keccak256Hex, keccakReady } from './keccak'

test('the fast keccak loads and agrees with viem on every length around the 136-byte rate', async () => {
  assert.equal(await keccakReady, true)
  for (let length = 0; length <= 600; length++) {
    const data = randomBytes(length)
    assert.equal(keccak256Hex(data), keccak256(data), `length ${length}`)
  }
  // a digest is the caller's own bytes: the next one neither changes it nor inherits state from it
  const a = randomBytes(448)
  const first = keccak256Bytes(a)
  const second = keccak256Bytes(randomBytes(64))
  assert.equal(Buffer.from(first).toString('hex'), keccak256(a).slice(2))
  assert.notEqual(Buffer.from(second).toString('hex'), Buffer.from(first).toString('hex'))
  assert.deepEqual(keccak256Bytes(a), first)
})
