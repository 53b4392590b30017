import { test } from 'node:test'
import assert from 'node:assert/strict'
import { constants, generateKeyPairSync, sign } from 'node:crypto'
import { deterministicRsaKey } from './rsa-keygen'
import { signTeeMessage } from './pss-sign'
import { verifyTeeSignature } from './pss-verify'

const key = deterministicRsaKey('pss-verify-test')
const msg = new Uint8Array(32).fill(0x5a)

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`

test('signatures from pss-sign verify', () => {
  const sig = signTeeMessage(key.privateKey, msg)
  assert.equal(verifyTeeSignature(key.publicKeyDer, msg, sig), true)
  assert.equal(verifyTeeSignature(hex(key.publicKeyDer), hex(msg), hex(sig)), true)
})

test('a flipped bit anywhere fails', () => {
  const sig = signTeeMessage(key.privateKey, msg)
  for (const i of [0, 100, 255]) {
    const bad = Uint8Array.from(sig)
    bad[i] ^= 0x01
    assert.equal(verifyTeeSignature(key.publicKeyDer, msg, bad), false)
  }
  const badMsg = Uint8Array.from(msg)
  badMsg[31] ^= 0x80
  assert.equal(verifyTeeSignature(key.publicKeyDer, badMsg, sig), false)
  const other = deterministicRsaKey('pss-verify-other')
  assert.equal(verifyTeeSignature(other.publicKeyDer, msg, sig), false)
})

test("Node's own random-salt PSS signature also verifies (our encoder is standard PSS)", () => {
  for (let i = 0; i < 3; i++) {
    const sig = sign('sha256', msg, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
    assert.equal(verifyTeeSignature(key.publicKeyDer, msg, sig), true)
  }
  // PKCS#1 v1.5 and a different salt length must NOT pass
  assert.equal(verifyTeeSignature(key.publicKeyDer, msg, sign('sha256', msg, key.privateKey)), false)
  const s20 = sign('sha256', msg, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 })
  assert.equal(verifyTeeSignature(key.publicKeyDer, msg, s20), false)
})

test('never throws on garbage', () => {
  const sig = signTeeMessage(key.privateKey, msg)
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' })
  const cases: unknown[][] = [
    [new Uint8Array(10), msg, sig],
    [key.publicKeyDer, msg, new Uint8Array()],
    [key.publicKeyDer, msg, new Uint8Array(1000)],
    [key.publicKeyDer, new Uint8Array(31), sig],
    [ec, msg, sig],
    ['0xzz', msg, sig],
    [null, undefined, 42],
    [key.publicKeyDer, msg, '0x123'],
    // the right length, but not all hex digits
    [key.publicKeyDer, msg, `${hex(sig).slice(0, -2)}zz`],
    [`${hex(key.publicKeyDer).slice(0, -2)}g0`, msg, sig],
    [`0X${hex(key.publicKeyDer).slice(2)}`, msg, sig],
  ]
  for (const c of cases) {
    assert.equal((verifyTeeSignature as (...a: unknown[]) => boolean)(...c), false)
  }
})

test('timing: verification', () => {
  const sigs = Array.from({ length: 500 }, (_, i) => {
    const m = new Uint8Array(32)
    m[0] = i & 0xff
    m[1] = i >> 8
    return [m, signTeeMessage(key.privateKey, m)] as const
  })
  const t0 = performance.now()
  for (const [m, s] of sigs) assert.ok(verifyTeeSignature(key.publicKeyDer, m, s))
  console.log(`# verifyTeeSignature: ${((performance.now() - t0) / sigs.length).toFixed(3)} ms/op`)
})
