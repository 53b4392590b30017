import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { hexToString, stringToHex } from 'viem'
import { blobIdFor, blobIdFromBytes, blobIdToBytes, isValidBlobId } from './blob-id'

test('blobIdFor: 43-char unpadded base64url of sha256, deterministic, content-addressed', () => {
  const id = blobIdFor('hello')
  assert.equal(id.length, 43)
  assert.match(id, /^[A-Za-z0-9_-]{43}$/)
  // independent: standard base64 of sha256("hello") with url alphabet and no padding
  const std = createHash('sha256').update('hello').digest('base64')
  assert.equal(id, std.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))
  assert.equal(blobIdFor(Buffer.from('hello')), id)
  assert.notEqual(blobIdFor('hello!'), id)
  assert.ok(isValidBlobId(id))
})

test('on-chain bytes round trip matches viem toHex/hexToString (facilitator encoding)', () => {
  const id = blobIdFor('x')
  const b = blobIdToBytes(id)
  assert.equal(b, stringToHex(id))
  assert.equal(hexToString(b), id)
  assert.equal(blobIdFromBytes(b), id)
  assert.equal(blobIdFromBytes(Buffer.from(id)), id)
  // a real-looking Walrus id
  const real = 'M4hsZGQ1oCktdzegB6HnI6Mi28S2nqOPHxK-W7_4BUk'
  assert.equal(blobIdFromBytes(blobIdToBytes(real)), real)
})

test('invalid inputs', () => {
  assert.throws(() => blobIdFromBytes('0xff')) // invalid UTF-8
  assert.throws(() => blobIdFromBytes('abc'))
  assert.throws(() => blobIdToBytes(''))
  assert.equal(isValidBlobId(''), false)
  assert.equal(isValidBlobId('a/b'), false)
  assert.equal(isValidBlobId('a'.repeat(129)), false)
  assert.equal(isValidBlobId('..'), false)
})
