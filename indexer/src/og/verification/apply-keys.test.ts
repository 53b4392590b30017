import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  buildBatchTree,
  computeTeeId,
  deterministicRsaKey,
  hashInferenceText,
  signTeeMessage,
  teeMessageHash,
  type BatchLeaf,
  type Hex,
} from '@og-explorer/proofs'
import { Inference, InferenceMode, Settlement, SettlementKind, VerificationStatus } from '../../model'
import { KEY_UNKNOWN, verdictFor, type KeyLookup } from './apply'

// Two enclaves: A's key is known to the indexer, B's could not be read.
const A = deterministicRsaKey('apply-keys/a')
const B = deterministicRsaKey('apply-keys/b')
const idOf = (k: typeof A) => computeTeeId(k.publicKeyDer).toLowerCase()
const hexOf = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}` as Hex
const keys: KeyLookup = (teeId) => (teeId === idOf(A) ? { publicKey: hexOf(A.publicKeyDer) } : teeId === idOf(B) ? { publicKey: null } : undefined)

function leaf(key: typeof A, n: number, tamper = false): BatchLeaf {
  const inputHash = `0x${n.toString(16).padStart(64, '0')}` as Hex
  const outputHash = `0x${(n + 1000).toString(16).padStart(64, '0')}` as Hex
  const timestamp = 1_780_000_000n + BigInt(n)
  const signature = signTeeMessage(key.privateKey, teeMessageHash(inputHash, outputHash, timestamp))
  if (tamper) signature[10] ^= 1
  return { teeId: computeTeeId(key.publicKeyDer), inputHash, outputHash, timestamp, signature: hexOf(signature) }
}

function batch(leaves: BatchLeaf[]): [Settlement, { kind: 'ok'; body: string; attempts: number }] {
  const { root, dump } = buildBatchTree(leaves)
  const settlement = new Settlement({
    id: 'tx-0',
    kind: SettlementKind.BATCH,
    merkleRoot: root,
    batchSize: leaves.length,
    blockNumber: 1,
    timestamp: new Date(0),
    txHash: '0xtx',
  })
  return [settlement, { kind: 'ok', body: JSON.stringify(dump, (_, v) => (typeof v === 'bigint' ? v.toString() : v)), attempts: 1 }]
}

test('leaves of a TEE whose key is unknown are UNVERIFIABLE key-unknown, never bad signatures', () => {
  const [settlement, blob] = batch([leaf(A, 1), leaf(B, 2), leaf(B, 3)])
  const v = verdictFor(settlement, blob, keys)
  assert.equal(v.status, VerificationStatus.UNVERIFIABLE)
  assert.equal(v.reason, KEY_UNKNOWN)
  assert.deepEqual([v.valid, v.invalid, v.failed, v.verified], [1, 0, 0, 1])
  assert.deepEqual(
    v.inferences.map((i) => [i.signatureValid, i.status, i.statusReason]),
    [
      [true, VerificationStatus.VERIFIED, null],
      [null, VerificationStatus.UNVERIFIABLE, KEY_UNKNOWN],
      [null, VerificationStatus.UNVERIFIABLE, KEY_UNKNOWN],
    ],
  )
})

test('a bad signature makes the batch PARTIAL even when other leaves are key-unknown', () => {
  const [settlement, blob] = batch([leaf(A, 1, true), leaf(B, 2), leaf(A, 3)])
  const v = verdictFor(settlement, blob, keys)
  assert.equal(v.status, VerificationStatus.PARTIAL)
  assert.equal(v.reason, 'bad-signature')
  assert.deepEqual([v.valid, v.invalid, v.failed, v.verified], [1, 1, 1, 1])
  assert.deepEqual(
    v.inferences.map((i) => i.statusReason),
    ['bad-signature', KEY_UNKNOWN, null],
  )
})

test('a batch whose every key is known and good is VERIFIED', () => {
  const [settlement, blob] = batch([leaf(A, 1), leaf(A, 2)])
  const v = verdictFor(settlement, blob, keys)
  assert.equal(v.status, VerificationStatus.VERIFIED)
  assert.equal(v.reason, undefined)
})

test('an individual settlement from a TEE never seen is key-unknown, not a failure', () => {
  const stranger = deterministicRsaKey('apply-keys/stranger')
  const input = 'what is 2+2?'
  const output = '4'
  const inputHash = hashInferenceText(input)
  const outputHash = hashInferenceText(output)
  const timestamp = 1_780_000_000n
  const signature = hexOf(signTeeMessage(stranger.privateKey, teeMessageHash(inputHash, outputHash, timestamp)))
  const teeId = idOf(stranger)
  const settlement = new Settlement({ id: 'tx-1', kind: SettlementKind.INDIVIDUAL, blockNumber: 1, timestamp: new Date(0), txHash: '0xtx' })
  const individual = new Inference({
    id: 'tx-1-0',
    kind: SettlementKind.INDIVIDUAL,
    mode: InferenceMode.TEE,
    teeId,
    inputHash,
    outputHash,
    teeTimestamp: new Date(Number(timestamp) * 1000),
    signature,
    status: VerificationStatus.PENDING,
  })
  const body = JSON.stringify({ input, output, teeSignature: signature, teeId, timestamp: timestamp.toString(), ethAddress: '0x' + '11'.repeat(20) })
  const v = verdictFor(settlement, { kind: 'ok', body, attempts: 1 }, keys, individual)
  assert.equal(v.status, VerificationStatus.UNVERIFIABLE)
  assert.equal(v.reason, KEY_UNKNOWN)
  assert.deepEqual([v.valid, v.invalid, v.failed, v.verified], [0, 0, 0, 0])
  assert.equal(individual.signatureValid, null)
  assert.equal(individual.status, VerificationStatus.UNVERIFIABLE)
  assert.equal(individual.statusReason, KEY_UNKNOWN)
})
