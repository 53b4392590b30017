import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { encodeAbiParameters, keccak256 } from 'viem'
import { analyzeBatchBlob, BATCH_LEAF_ENCODING, buildBatchTree, judgeBatchAnalysis, parseBatchDump, verifyBatchBlob, type BatchLeaf } from './batch'
import { teeMessageHash } from './message'
import { deterministicRsaKey } from './rsa-keygen'
import { signTeeMessage } from './pss-sign'
import { verifyTeeSignature } from './pss-verify'
import { computeTeeId } from './message'

const hex = (n: number) => `0x${randomBytes(n).toString('hex')}` as `0x${string}`
const mkLeaf = (i: number): BatchLeaf => ({
  teeId: hex(32),
  inputHash: hex(32),
  outputHash: hex(32),
  signature: hex(256),
  timestamp: 1_760_000_000n + BigInt(i),
})
const mkBatch = (n = 20) => Array.from({ length: n }, (_, i) => mkLeaf(i))
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))

test('buildBatchTree: dump is standard-v1, JSON-serialisable, loadable by OZ, root checked independently', () => {
  const leaves = mkBatch(5)
  const { root, dump } = buildBatchTree(leaves)
  assert.equal(dump.format, 'standard-v1')
  assert.deepEqual(dump.leafEncoding, [...BATCH_LEAF_ENCODING])
  const text = JSON.stringify(dump) // must not throw on bigint
  const loaded = StandardMerkleTree.load(JSON.parse(text))
  assert.equal(loaded.root, root)

  // Independent recomputation of leaf 0's hash and its proof up to the root.
  const l = leaves[0]
  const enc = encodeAbiParameters(
    BATCH_LEAF_ENCODING.map((type) => ({ type })),
    [l.teeId, l.inputHash, l.outputHash, l.signature, l.timestamp] as never,
  )
  const leafHash = keccak256(keccak256(enc))
  assert.equal(dump.tree[dump.values[0].treeIndex], leafHash)
  let node = leafHash as string
  for (const sib of loaded.getProof(0)) {
    const [a, b] = [node, sib].sort()
    node = keccak256(`0x${a.slice(2)}${b.slice(2)}` as `0x${string}`)
  }
  assert.equal(node, root)
})

test('buildBatchTree dump is deep-equal to OZ StandardMerkleTree.of(...).dump() (sizes 1..25, duplicates)', () => {
  for (let n = 1; n <= 25; n++) {
    const leaves = mkBatch(n)
    if (n >= 4) leaves[3] = { ...leaves[0] }
    const tuples = leaves.map((l) => [l.teeId, l.inputHash, l.outputHash, l.signature, l.timestamp.toString()])
    const oz = StandardMerkleTree.of(tuples, [...BATCH_LEAF_ENCODING])
    const ours = buildBatchTree(leaves)
    assert.equal(ours.root, oz.root)
    assert.equal(JSON.stringify(ours.dump), JSON.stringify(oz.dump()), `n=${n}`)
  }
})

test('buildBatchTree rejects bad leaves', () => {
  assert.throws(() => buildBatchTree([]))
  assert.throws(() => buildBatchTree([{ ...mkLeaf(0), teeId: '0x12' }]))
  assert.throws(() => buildBatchTree([{ ...mkLeaf(0), signature: '0xabc' }]))
  assert.throws(() => buildBatchTree([{ ...mkLeaf(0), timestamp: -1n }]))
})

test('parseBatchDump returns the leaves in order (values normalised)', () => {
  const leaves = mkBatch(4)
  const { dump } = buildBatchTree(leaves)
  assert.deepEqual(parseBatchDump(JSON.stringify(dump)), leaves)
  assert.deepEqual(parseBatchDump(Buffer.from(JSON.stringify(dump))), leaves)
  // numeric timestamps and upper-case hex are accepted
  const d = clone(dump) as any
  d.values[0].value[4] = Number(leaves[0].timestamp)
  d.values[1].value[0] = d.values[1].value[0].toUpperCase().replace('0X', '0x')
  assert.deepEqual(parseBatchDump(d), leaves)
})

test('verifyBatchBlob: ok, root-mismatch, size-mismatch, malformed', () => {
  const leaves = mkBatch(20)
  const { root, dump } = buildBatchTree(leaves)
  const text = JSON.stringify(dump)
  const ok = verifyBatchBlob(text, root, 20)
  assert.equal(ok.ok, true)
  assert.ok(ok.ok && ok.leaves.length === 20)
  assert.equal(verifyBatchBlob(text, root.toUpperCase().replace('0X', '0x'), 20n).ok, true)
  assert.equal(verifyBatchBlob(dump, root).ok, true)

  assert.deepEqual(verifyBatchBlob(text, hex(32), 20), { ok: false, reason: 'root-mismatch' })
  assert.equal((verifyBatchBlob(text, root, 19) as any).reason, 'size-mismatch')

  // a tampered leaf value → root mismatch, even though the dump's own tree/hash fields are untouched
  const t1 = clone(dump)
  t1.values[3].value[4] = '1'
  assert.equal((verifyBatchBlob(t1, root, 20) as any).reason, 'root-mismatch')
  // a tampered stored tree is IGNORED (we rebuild from values)
  const t2 = clone(dump)
  t2.tree[0] = hex(32)
  t2.tree[5] = hex(32)
  assert.equal(verifyBatchBlob(t2, root, 20).ok, true)
  // dropping a leaf → root mismatch
  const t3 = clone(dump)
  t3.values.pop()
  assert.equal((verifyBatchBlob(t3, root, 20) as any).reason, 'root-mismatch')

  const malformed: unknown[] = [
    'not json{',
    null,
    42,
    [],
    {},
    { ...clone(dump), format: 'simple-v1' },
    { ...clone(dump), leafEncoding: ['bytes32', 'bytes32', 'bytes32', 'bytes'] },
    { ...clone(dump), leafEncoding: ['bytes32', 'bytes32', 'bytes32', 'bytes', 'uint128'] },
    { ...clone(dump), values: [] },
    { ...clone(dump), tree: undefined },
    (() => {
      const d = clone(dump) as any
      d.values[0].value[0] = '0x1234'
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value[3] = '0xabc'
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value[4] = '-1'
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value[4] = '1'.repeat(79)
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value[4] = (1n << 256n).toString()
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value.push('x')
      return d
    })(),
    (() => {
      const d = clone(dump) as any
      d.values[0].value[4] = 1.5
      return d
    })(),
  ]
  for (const m of malformed) {
    const r = verifyBatchBlob(m, root, 20)
    assert.equal(r.ok, false)
    assert.equal((r as any).reason, 'malformed', JSON.stringify(m)?.slice(0, 80))
  }
  // the detail names the offending place
  const badLeaf = clone(dump) as any
  badLeaf.values[2].value[1] = '0x12'
  assert.equal((analyzeBatchBlob(badLeaf, () => undefined) as any).detail, 'values[2].value[1] is not bytes32 hex')
})

test('end to end: signed leaves survive the dump and their signatures verify', () => {
  const key = deterministicRsaKey('batch-e2e')
  const teeId = computeTeeId(key.publicKeyDer)
  const leaves: BatchLeaf[] = Array.from({ length: 3 }, (_, i) => {
    const inputHash = hex(32),
      outputHash = hex(32),
      timestamp = 1_760_000_000n + BigInt(i)
    const sig = signTeeMessage(key.privateKey, Buffer.from(teeMessageHash(inputHash, outputHash, timestamp).slice(2), 'hex'))
    return { teeId, inputHash, outputHash, timestamp, signature: `0x${Buffer.from(sig).toString('hex')}` }
  })
  const { root, dump } = buildBatchTree(leaves)
  const r = verifyBatchBlob(JSON.stringify(dump), root, 3)
  assert.ok(r.ok)
  for (const l of r.leaves) {
    const m = teeMessageHash(l.inputHash, l.outputHash, l.timestamp)
    assert.ok(verifyTeeSignature(key.publicKeyDer, m, l.signature))
  }
})

test("analyze then judge gives verifyBatchBlob's verdict, with each leaf's signature checked where a key is known", () => {
  const key = deterministicRsaKey('batch-analyze')
  const teeId = computeTeeId(key.publicKeyDer)
  const keyHex = `0x${Buffer.from(key.publicKeyDer).toString('hex')}`
  const signed = (i: number, good: boolean): BatchLeaf => {
    const inputHash = hex(32),
      outputHash = hex(32),
      timestamp = 1_760_000_000n + BigInt(i)
    const sig = signTeeMessage(key.privateKey, Buffer.from(teeMessageHash(inputHash, good ? outputHash : hex(32), timestamp).slice(2), 'hex'))
    return { teeId, inputHash, outputHash, timestamp, signature: `0x${Buffer.from(sig).toString('hex')}` }
  }
  const stranger = mkLeaf(9) // a TEE whose key nobody knows yet
  const leaves = [signed(0, true), signed(1, false), stranger, signed(3, true)]
  const { root, dump } = buildBatchTree(leaves)
  const text = JSON.stringify(dump)
  const analysis = analyzeBatchBlob(text, (id) => (id === teeId ? keyHex : undefined))
  assert.ok(analysis.ok)
  assert.deepEqual(analysis.signatures, [true, false, null, true])
  for (const [expectedRoot, size] of [
    [root, 4],
    [root, 5],
    [hex(32), 4],
    [root, undefined],
  ] as const) {
    assert.deepEqual(judgeBatchAnalysis(analysis, expectedRoot, size), verifyBatchBlob(text, expectedRoot, size))
  }
  const garbage = analyzeBatchBlob('{"format":"standard-v1"', () => keyHex)
  assert.equal(garbage.ok, false)
  assert.deepEqual(judgeBatchAnalysis(garbage, root, 4), verifyBatchBlob('{"format":"standard-v1"', root, 4))
})

test('timing: build and verify per 20-leaf batch', () => {
  const n = 300
  const batches = Array.from({ length: n }, () => mkBatch(20))
  let t0 = performance.now()
  const built = batches.map((b) => buildBatchTree(b))
  const buildMs = (performance.now() - t0) / n
  const texts = built.map((b) => JSON.stringify(b.dump))
  t0 = performance.now()
  for (let i = 0; i < n; i++) assert.ok(verifyBatchBlob(texts[i], built[i].root, 20).ok)
  const verifyMs = (performance.now() - t0) / n
  console.log(
    `# buildBatchTree: ${buildMs.toFixed(2)} ms/20 leaves; verifyBatchBlob (JSON text in): ${verifyMs.toFixed(2)} ms/20 leaves → ${((verifyMs * 100_000) / 1000).toFixed(0)} s per 2M leaves`,
  )
})
