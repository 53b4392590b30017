import { test } from 'node:test'
import assert from 'node:assert/strict'
import { constants, createPublicKey, sign, verify } from 'node:crypto'
import { deterministicRsaKey, generatePrime, SeedStream } from './rsa-keygen'

const b64uToBig = (s: string) => BigInt('0x' + Buffer.from(s, 'base64url').toString('hex'))

test('same seed → identical key; different seed → different key', () => {
  const a = deterministicRsaKey('tee-0')
  const b = deterministicRsaKey('tee-0')
  const c = deterministicRsaKey('tee-1')
  assert.deepEqual(Buffer.from(a.publicKeyDer), Buffer.from(b.publicKeyDer))
  assert.deepEqual(a.privateKey.export({ format: 'der', type: 'pkcs8' }), b.privateKey.export({ format: 'der', type: 'pkcs8' }))
  assert.notDeepEqual(Buffer.from(a.publicKeyDer), Buffer.from(c.publicKeyDer))
})

test('key is a consistent 2048-bit RSA key (n = p*q, e*d ≡ 1, CRT params)', () => {
  const { privateKey, publicKeyDer } = deterministicRsaKey('consistency')
  assert.equal(privateKey.asymmetricKeyDetails?.modulusLength, 2048)
  assert.equal(privateKey.asymmetricKeyDetails?.publicExponent, 65537n)
  const j = privateKey.export({ format: 'jwk' })
  const [n, e, d, p, q, dp, dq, qi] = [j.n, j.e, j.d, j.p, j.q, j.dp, j.dq, j.qi].map((x) => b64uToBig(x!))
  assert.equal(n, p * q)
  assert.equal(n.toString(2).length, 2048)
  assert.equal(p.toString(2).length, 1024)
  assert.equal(q.toString(2).length, 1024)
  assert.equal(e, 65537n)
  // e*d ≡ 1 mod lcm(p-1, q-1)  ⇔  e*d ≡ 1 mod (p-1) and mod (q-1)
  assert.equal((e * d - 1n) % (p - 1n), 0n)
  assert.equal((e * d - 1n) % (q - 1n), 0n)
  assert.equal(dp, d % (p - 1n))
  assert.equal(dq, d % (q - 1n))
  assert.equal((qi * q) % p, 1n)
  // SPKI export matches the private key's public half
  const pub = createPublicKey({ key: Buffer.from(publicKeyDer), format: 'der', type: 'spki' })
  assert.equal(pub.export({ format: 'jwk' }).n, j.n)
})

test('Node can sign and verify with the generated key (PKCS#1 v1.5 and PSS)', () => {
  const { privateKey, publicKey } = deterministicRsaKey('node-sign')
  const msg = Buffer.from('hello')
  assert.ok(verify('sha256', msg, publicKey, sign('sha256', msg, privateKey)))
  const pss = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
  const sig = sign('sha256', msg, { key: privateKey, ...pss })
  assert.ok(verify('sha256', msg, { key: publicKey, ...pss }, sig))
  assert.ok(!verify('sha256', Buffer.from('hellO'), { key: publicKey, ...pss }, sig))
})

test('generatePrime yields primes (Fermat check on bases 3, 5, 7, 11)', () => {
  const rnd = new SeedStream('small')
  for (let i = 0; i < 3; i++) {
    const p = generatePrime(rnd, 256)
    assert.equal(p.toString(2).slice(0, 2), '11')
    for (const a of [3n, 5n, 7n, 11n]) {
      let r = 1n,
        b = a,
        x = p - 1n
      while (x > 0n) {
        if (x & 1n) r = (r * b) % p
        b = (b * b) % p
        x >>= 1n
      }
      assert.equal(r, 1n)
    }
  }
})

test('timing: one key well under a second', () => {
  const n = 5
  const t0 = performance.now()
  for (let i = 0; i < n; i++) deterministicRsaKey(`timing-${i}`)
  const ms = (performance.now() - t0) / n
  console.log(`# deterministicRsaKey: ${ms.toFixed(1)} ms/key (mean of ${n})`)
  assert.ok(ms < 1000, `took ${ms} ms`)
})
