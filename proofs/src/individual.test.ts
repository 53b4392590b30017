import { test } from 'node:test'
import assert from 'node:assert/strict'
import { keccak256, toBytes } from 'viem'
import { buildIndividualPayload, hashInferenceText, parseIndividualPayload, verifyIndividualBlob } from './individual'
import { computeTeeId, teeMessageHash } from './message'
import { deterministicRsaKey } from './rsa-keygen'
import { signTeeMessage } from './pss-sign'
import { verifyTeeSignature } from './pss-verify'

const key = deterministicRsaKey('individual-test')
const teeId = computeTeeId(key.publicKeyDer)
const input = JSON.stringify({ model: 'gpt', messages: [{ role: 'user', content: 'héllo ✓' }] })
const output = 'Hi there — ✓'
const timestamp = 1_760_000_123n
const inputHash = hashInferenceText(input)
const outputHash = hashInferenceText(output)
const sig = signTeeMessage(key.privateKey, toBytes(teeMessageHash(inputHash, outputHash, timestamp)))
const sigHex = `0x${Buffer.from(sig).toString('hex')}`
const ethAddress = '0x00000000000000000000000000000000DeaDBeef'
const event = { teeId, inputHash, outputHash, timestamp, signature: sigHex, ethAddress }

test('hashInferenceText = keccak256(utf8 bytes)', () => {
  assert.equal(inputHash, keccak256(Buffer.from(input, 'utf8')))
  assert.equal(hashInferenceText(''), '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470')
})

test('build → JSON → verify round trip; payload has the facilitator key order and encodings', () => {
  const payload = buildIndividualPayload({ input, output, teeId, timestamp, signature: sig, ethAddress })
  assert.deepEqual(Object.keys(payload), ['input', 'output', 'teeSignature', 'teeId', 'timestamp', 'ethAddress'])
  assert.equal(payload.timestamp, 1_760_000_123)
  assert.equal(payload.teeSignature, sigHex)
  assert.equal(payload.ethAddress, ethAddress.toLowerCase())
  const r = verifyIndividualBlob(JSON.stringify(payload), event)
  assert.ok(r.ok)
  assert.equal(r.payload.inputHash, inputHash)
  assert.ok(verifyTeeSignature(key.publicKeyDer, teeMessageHash(r.payload.inputHash, r.payload.outputHash, r.payload.timestamp), r.payload.signature))
  assert.ok(verifyIndividualBlob(Buffer.from(JSON.stringify(payload)), { ...event, ethAddress: undefined }).ok)
  // `teeSignature` alias, hex string signature
  assert.deepEqual(buildIndividualPayload({ input, output, teeId, timestamp, teeSignature: sigHex, ethAddress }), payload)
})

test('lenient parse: base64 signature, string timestamp, checksummed address', () => {
  const p = parseIndividualPayload({
    input,
    output,
    teeId: teeId.toUpperCase().replace('0X', '0x'),
    teeSignature: Buffer.from(sig).toString('base64'),
    timestamp: timestamp.toString(),
    ethAddress,
  })
  assert.equal(p.signature, sigHex)
  assert.equal(p.timestamp, timestamp)
  assert.equal(p.teeId, teeId)
  assert.equal(
    parseIndividualPayload({ input, output, teeId, teeSignature: Buffer.from(sig).toString('base64url'), timestamp: 1, ethAddress }).signature,
    sigHex,
  )
})

test('mismatch reasons', () => {
  const payload = buildIndividualPayload({ input, output, teeId, timestamp, signature: sig, ethAddress })
  const reason = (p: unknown, e = event) => {
    const r = verifyIndividualBlob(p, e)
    return r.ok ? 'ok' : r.reason
  }
  assert.equal(reason({ ...payload, input: input + ' ' }), 'input-hash-mismatch')
  assert.equal(reason({ ...payload, output: 'x' }), 'output-hash-mismatch')
  assert.equal(reason({ ...payload, timestamp: 1 }), 'timestamp-mismatch')
  assert.equal(reason({ ...payload, teeId: `0x${'00'.repeat(32)}` }), 'tee-id-mismatch')
  assert.equal(reason({ ...payload, teeSignature: `0x${'00'.repeat(256)}` }), 'signature-mismatch')
  assert.equal(reason({ ...payload, ethAddress: `0x${'11'.repeat(20)}` }), 'eth-address-mismatch')
  for (const bad of [
    'nope',
    null,
    {},
    { ...payload, input: 5 },
    { ...payload, timestamp: -1 },
    { ...payload, timestamp: 1.5 },
    { ...payload, timestamp: '0x10' },
    { ...payload, teeSignature: '0xabc' },
    { ...payload, teeSignature: '!!' },
    { ...payload, teeId: '0x12' },
    { ...payload, ethAddress: '0x12' },
    { ...payload, output: undefined },
  ]) {
    assert.equal(reason(bad), 'malformed', JSON.stringify(bad)?.slice(0, 60))
  }
})

test('buildIndividualPayload refuses invalid fields', () => {
  assert.throws(() => buildIndividualPayload({ input, output, teeId: '0x12', timestamp, signature: sig, ethAddress }))
  assert.throws(() => buildIndividualPayload({ input, output, teeId, timestamp: -1n, signature: sig, ethAddress }))
})
