import { test } from 'node:test'
import assert from 'node:assert/strict'
import { constants, createHash, createHmac, createPublicKey, publicEncrypt, verify } from 'node:crypto'
import { deterministicRsaKey } from './rsa-keygen'
import { emsaPssEncode, signTeeMessage } from './pss-sign'
import { teeMessageHash } from './message'

const key = deterministicRsaKey('pss-sign-test')
const msg = Buffer.from(teeMessageHash(`0x${'ab'.repeat(32)}`, `0x${'cd'.repeat(32)}`, 1_760_000_000n).slice(2), 'hex')

test('deterministic: same key+message → same signature; saltSeed changes it', () => {
  const a = signTeeMessage(key.privateKey, msg)
  const b = signTeeMessage(key.privateKey, msg)
  assert.equal(a.length, 256)
  assert.deepEqual(a, b)
  const c = signTeeMessage(key.privateKey, msg, 'other-salt')
  assert.notDeepEqual(a, c)
  assert.deepEqual(signTeeMessage(key.privateKey, `0x${msg.toString('hex')}`), a) // hex input accepted
})

test('signature verifies with Node/OpenSSL PSS (sha256, salt 32) and with RSA_PSS_SALTLEN_AUTO', () => {
  const sig = signTeeMessage(key.privateKey, msg)
  const pub = createPublicKey(key.privateKey)
  assert.ok(verify('sha256', msg, { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig))
  assert.ok(verify('sha256', msg, { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, sig))
  // salt length other than 32 must fail → proves sLen = 32
  assert.ok(!verify('sha256', msg, { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, sig))
})

test('sig^e mod n is exactly EMSA-PSS-ENCODE(SHA256(msg), HMAC-SHA256(spki, msg)) — documented salt', () => {
  const sig = signTeeMessage(key.privateKey, msg)
  // publicEncrypt with RSA_NO_PADDING computes sig^e mod n, i.e. recovers the encoded message EM.
  const em = publicEncrypt({ key: key.publicKey, padding: constants.RSA_NO_PADDING }, Buffer.from(sig))
  assert.equal(em.length, 256)
  assert.equal(em[255], 0xbc)
  assert.equal(em[0] & 0x80, 0) // emBits = 2047 → top bit cleared
  const salt = createHmac('sha256', Buffer.from(key.publicKeyDer)).update(msg).digest()
  const expected = emsaPssEncode(createHash('sha256').update(msg).digest(), salt, 2047)
  assert.deepEqual(em, expected)
})

test('rejects wrong inputs', () => {
  assert.throws(() => signTeeMessage(key.privateKey, new Uint8Array(31)))
  assert.throws(() => signTeeMessage(key.publicKey, msg))
})

test('timing: signing', () => {
  const n = 200
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const m = Buffer.alloc(32)
    m.writeUInt32BE(i)
    signTeeMessage(key.privateKey, m)
  }
  console.log(`# signTeeMessage: ${((performance.now() - t0) / n).toFixed(3)} ms/op`)
})
