import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { keccak256 } from 'viem'
import { computeTeeId, teeMessageHash } from './message'

const h = (byte: number) => `0x${byte.toString(16).padStart(2, '0').repeat(32)}` as const

test('teeMessageHash = keccak256 over the 96 packed bytes', () => {
  const ts = 1_760_000_000n
  const packed = Buffer.concat([Buffer.alloc(32, 0x11), Buffer.alloc(32, 0x22), Buffer.from(ts.toString(16).padStart(64, '0'), 'hex')])
  assert.equal(packed.length, 96)
  assert.equal(teeMessageHash(h(0x11), h(0x22), ts), keccak256(packed))
})

test('keccak sanity: keccak256("") is the well-known constant (not SHA3-256)', () => {
  assert.equal(keccak256(new Uint8Array()), '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470')
})

test('teeMessageHash depends on every field and rejects bad input', () => {
  const base = teeMessageHash(h(1), h(2), 3n)
  assert.notEqual(base, teeMessageHash(h(2), h(1), 3n))
  assert.notEqual(base, teeMessageHash(h(1), h(2), 4n))
  assert.throws(() => teeMessageHash('0x1234' as `0x${string}`, h(2), 3n))
  assert.throws(() => teeMessageHash(h(1), h(2), -1n))
  assert.throws(() => teeMessageHash(h(1), h(2), 1n << 256n))
})

test('computeTeeId = keccak256(SPKI DER), differs from sha256', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const der = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))
  const id = computeTeeId(der)
  assert.match(id, /^0x[0-9a-f]{64}$/)
  assert.equal(id, keccak256(der))
  assert.notEqual(id.slice(2), createHash('sha256').update(der).digest('hex'))
  assert.throws(() => computeTeeId(new Uint8Array()))
})
