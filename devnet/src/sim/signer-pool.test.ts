import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { deterministicRsaKey, signTeeMessage, verifyTeeSignature } from '@og-explorer/proofs'
import { SignerPool } from './signer-pool'

const digest = (i: number) => createHash('sha256').update(`message ${i}`).digest()

test('the worker signs exactly as signing inline does, for several keys, in the order asked', async () => {
  const keys = [deterministicRsaKey('pool-test/a'), deterministicRsaKey('pool-test/b')]
  const pool = new SignerPool()
  try {
    // two ticks, so two messages reach the worker; the second one adds a key it has not seen
    const first = Array.from({ length: 5 }, (_, i) => pool.sign(keys[0].privateKey, digest(i)))
    await new Promise((resolve) => setImmediate(resolve))
    const second = Array.from({ length: 5 }, (_, i) => pool.sign(keys[i % 2].privateKey, digest(100 + i)))
    const signed = await Promise.all([...first, ...second])
    const expected = [
      ...Array.from({ length: 5 }, (_, i) => signTeeMessage(keys[0].privateKey, digest(i))),
      ...Array.from({ length: 5 }, (_, i) => signTeeMessage(keys[i % 2].privateKey, digest(100 + i))),
    ]
    assert.deepEqual(
      signed.map((s) => Buffer.from(s).toString('hex')),
      expected.map((s) => Buffer.from(s).toString('hex')),
    )
    assert.ok(verifyTeeSignature(keys[1].publicKeyDer, digest(101), signed[6]))
  } finally {
    await pool.stop()
  }
})

test('a job the worker cannot do fails its promise with the reason', async () => {
  const pool = new SignerPool()
  try {
    const key = deterministicRsaKey('pool-test/a').privateKey
    await assert.rejects(pool.sign(key, new Uint8Array(31)), /32 bytes/)
    // the worker still serves the next job
    assert.equal((await pool.sign(key, digest(1))).length, 256)
  } finally {
    await pool.stop()
  }
})
