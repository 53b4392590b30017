import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { buildBatchTree, computeTeeId, deterministicRsaKey, signTeeMessage, teeMessageHash, type BatchLeaf, type Hex } from '@og-explorer/proofs'
import { dayId } from '@og-explorer/common'
import type { NetworkProfile } from '../../config/profile'
import { Inference, type OgDailyStat, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../../model'
import { block, fakeReader, MemoryStore, profile, runBatch } from '../handler-fixtures'
import { verificationHandler } from './handler'

const KEY = deterministicRsaKey('drain/tee')
const hexOf = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}` as Hex
const TEE_ID = computeTeeId(KEY.publicKeyDer).toLowerCase()
const T0 = Date.UTC(2026, 5, 1) / 1000

function leaf(n: number): BatchLeaf {
  const inputHash = `0x${n.toString(16).padStart(64, '0')}` as Hex
  const outputHash = `0x${(n + 1_000).toString(16).padStart(64, '0')}` as Hex
  const timestamp = BigInt(T0 + n)
  return {
    teeId: TEE_ID as Hex,
    inputHash,
    outputHash,
    timestamp,
    signature: hexOf(signTeeMessage(KEY.privateKey, teeMessageHash(inputHash, outputHash, timestamp))),
  }
}

/** A pending batch settlement from an earlier batch, and its dump (undefined: the aggregator answers 404). */
function settlement(n: number, leaves: number, stored: boolean): { row: Settlement; blobId: string; body?: string } {
  const blobId = `blob-${n}`
  const batch = Array.from({ length: leaves }, (_, i) => leaf(n * 100 + i))
  const { root, dump } = buildBatchTree(batch)
  const row = new Settlement({
    id: `0x${n.toString(16).padStart(64, '0')}-0`,
    kind: SettlementKind.BATCH,
    relay: '0x00000000000000000000000000000000000000b1',
    txHash: `0x${n.toString(16).padStart(64, '0')}`,
    blockNumber: n,
    timestamp: new Date(T0 * 1000),
    merkleRoot: root,
    batchSize: leaves,
    blobId,
    status: VerificationStatus.PENDING,
    attempts: 0,
    blobNotFound: 0,
    inferenceCount: 0,
    validSignatures: 0,
    invalidSignatures: 0,
  })
  return { row, blobId, body: stored ? JSON.stringify(dump) : undefined }
}

test("a bounded run's last batch verifies every pending settlement a slice at a time, writing each slice's verdicts before the next", async () => {
  const settlements = [...Array.from({ length: 7 }, (_, n) => settlement(n + 1, 3, true)), settlement(8, 2, false), settlement(9, 2, false)]
  const bodies = new Map(settlements.map((s) => [s.blobId, s.body]))
  const server = http.createServer((req, res) => {
    const body = bodies.get(decodeURIComponent(req.url!.replace('/v1/blobs/', '')))
    res.writeHead(body ? 200 : 404)
    res.end(body ?? '')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const store = new MemoryStore()
  store.table('TeeNode').set(TEE_ID, new TeeNode({ id: TEE_ID, publicKey: hexOf(KEY.publicKeyDer), inferenceCount: 0, enabled: true }))
  for (const s of settlements) store.table('Settlement').set(s.row.id, s.row)
  // settlement rows per write: each slice is written on its own
  const settlementWrites: number[] = []
  const upsert = store.upsert.bind(store)
  store.upsert = async (entities: any[]) => {
    if (entities[0] instanceof Settlement) settlementWrites.push(entities.length)
    return upsert(entities)
  }

  const maxHeld = 2
  const ogProfile = { ...profile, blobStoreUrl: url, og: { ...profile.og, rpcUrl: url } } as NetworkProfile
  const lines: string[] = []
  const handler = verificationHandler(ogProfile, { drainAtBlock: 10, maxHeld, notFoundAttempts: 1, log: (line) => lines.push(line) })
  try {
    await runBatch(
      store,
      fakeReader(() => new Error('no reads expected')),
      [{ header: block(10, T0 + 3_600), logs: [] }],
      [handler],
    )
  } finally {
    handler.fetcher.stop()
    await new Promise<void>((r) => server.close(() => r()))
  }

  const rows = store.rows<Settlement>(Settlement)
  assert.deepEqual(
    rows.map((s) => [s.blobId, s.status]).sort(),
    settlements.map((s) => [s.blobId, s.body ? VerificationStatus.VERIFIED : VerificationStatus.MISSING]).sort(),
  )
  assert.equal(settlementWrites.length, Math.ceil(settlements.length / maxHeld))
  assert.match(lines.at(-1) ?? '', new RegExp(`^backlog verified: ${settlements.length} settlements in `))
  assert.ok(
    settlementWrites.every((n) => n <= maxHeld),
    `settlement rows per write: ${settlementWrites}`,
  )
  // every leaf of a served dump is an inference, counted once on its node and its day across the slices
  const leaves = settlements.filter((s) => s.body).reduce((n, s) => n + s.row.batchSize!, 0)
  const inferences = store.rows<Inference>(Inference)
  assert.equal(inferences.length, leaves)
  assert.ok(inferences.every((i) => i.status === VerificationStatus.VERIFIED))
  assert.equal(store.table('TeeNode').get(TEE_ID).inferenceCount, leaves)
  const day = store.table('OgDailyStat').get(dayId(T0 * 1000)) as OgDailyStat
  assert.equal(day.inferencesVerified, leaves)
  assert.equal(
    day.inferencesFailed,
    settlements.filter((s) => !s.body).reduce((n, s) => n + s.row.batchSize!, 0),
  )
})
