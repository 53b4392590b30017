import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Inference, Settlement, SettlementKind, VerificationStatus } from '../../model'
import { verdictFor } from './apply'
import { DAY_MS, judgeGone } from './expiry'

const RETENTION = 140 * DAY_MS
const settledAt = Date.UTC(2026, 0, 1)
const gone404 = { kind: 'missing', attempts: 4, detail: '404' } as const
const at = (days: number) => settledAt + days * DAY_MS

test('a 404 is expiry only once the chain is past the storage period, counted from the settlement', () => {
  assert.equal((judgeGone(gone404, settledAt, RETENTION, { earliest: at(141), latest: at(141) }) as { kind: string }).kind, 'expired')
  assert.equal((judgeGone(gone404, settledAt, RETENTION, { earliest: at(139), latest: at(139) }) as { kind: string }).kind, 'missing')
  // exactly at the end of the period the blob is still owed
  assert.equal((judgeGone(gone404, settledAt, RETENTION, { earliest: at(140), latest: at(140) }) as { kind: string }).kind, 'missing')
})

test('while behind the head, the wall clock bounds the chain: only a settlement between the bounds needs the head time', () => {
  // backfilling day 10 on a chain whose real now is day 200: the block alone cannot say
  assert.equal(judgeGone(gone404, settledAt, RETENTION, { earliest: at(10), latest: at(200) }), 'undecided')
  // the wall clock alone proves the period is not over
  assert.equal((judgeGone(gone404, settledAt, RETENTION, { earliest: at(10), latest: at(100) }) as { kind: string }).kind, 'missing')
  // a devnet whose blocks are ahead of the wall clock: the block time is the lower bound and wins
  assert.equal((judgeGone(gone404, settledAt, RETENTION, { earliest: at(150), latest: at(1) }) as { kind: string }).kind, 'expired')
})

test('503 BLOB_UNAVAILABLE is expiry at any age; without a retention setting every 404 is a missing blob', () => {
  assert.deepEqual(judgeGone({ kind: 'unavailable', attempts: 4, detail: '503' }, settledAt, RETENTION, { earliest: at(1), latest: at(1) }), {
    kind: 'expired',
    attempts: 4,
    reason: 'blob-unavailable',
  })
  assert.deepEqual(judgeGone(gone404, settledAt, undefined, { earliest: at(1000), latest: at(1000) }), { kind: 'missing', attempts: 4, reason: 'blob-missing' })
  assert.deepEqual(judgeGone(gone404, settledAt, RETENTION, { earliest: at(141), latest: at(141) }), { kind: 'expired', attempts: 4, reason: 'blob-expired' })
})

function settlement(kind: SettlementKind, batchSize?: number): Settlement {
  return new Settlement({
    id: '0xabc-1',
    kind,
    batchSize,
    merkleRoot: '0x01',
    blobId: 'b',
    status: VerificationStatus.PENDING,
    timestamp: new Date(settledAt),
    blockNumber: 1,
    txHash: '0xabc',
    relay: '0xr',
    attempts: 0,
    blobNotFound: 0,
    inferenceCount: 0,
    validSignatures: 0,
    invalidSignatures: 0,
  })
}

test('an expired batch counts no failure, a missing one fails every inference it declares', () => {
  const keys = () => undefined
  const expired = verdictFor(settlement(SettlementKind.BATCH, 20), { kind: 'expired', attempts: 4, reason: 'blob-expired' }, keys)
  assert.equal(expired.status, VerificationStatus.EXPIRED)
  assert.equal(expired.reason, 'blob-expired')
  assert.equal(expired.failed, 0)
  const missing = verdictFor(settlement(SettlementKind.BATCH, 20), { kind: 'missing', attempts: 4, reason: 'blob-missing' }, keys)
  assert.equal(missing.status, VerificationStatus.MISSING)
  assert.equal(missing.failed, 20)
})

test("an individual settlement's inference is EXPIRED with its blob, unless the event's own signature is bad", () => {
  const individual = () =>
    new Inference({
      id: '0xabc-1-0',
      teeId: '0x' + '11'.repeat(32),
      inputHash: '0x' + '22'.repeat(32),
      outputHash: '0x' + '33'.repeat(32),
      teeTimestamp: new Date(settledAt),
      signature: '0x' + '44'.repeat(256),
      status: VerificationStatus.PENDING,
    })
  const gone = { kind: 'expired', attempts: 4, reason: 'blob-unavailable' } as const
  // a key is registered, and this signature does not verify under it
  const badKey = () => ({
    publicKey:
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh\nkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ\n0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg\ncKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc\nmwIDAQAB\n-----END PUBLIC KEY-----',
  })
  const bad = individual()
  const badVerdict = verdictFor(settlement(SettlementKind.INDIVIDUAL), gone, badKey, bad)
  assert.equal(badVerdict.status, VerificationStatus.INVALID)
  assert.equal(badVerdict.reason, 'bad-signature')
  assert.equal(badVerdict.failed, 1)
  // no key known for the TEE: the signature cannot be judged, and the expired blob is no failure
  const unknown = individual()
  const verdict = verdictFor(settlement(SettlementKind.INDIVIDUAL), gone, () => undefined, unknown)
  assert.equal(verdict.status, VerificationStatus.EXPIRED)
  assert.equal(unknown.status, VerificationStatus.EXPIRED)
  assert.equal(verdict.failed, 0)
  assert.equal(verdict.verified, 0)
})
