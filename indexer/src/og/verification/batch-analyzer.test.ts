import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { analyzeBatchBlob, buildBatchTree, computeTeeId, deterministicRsaKey, signTeeMessage, teeMessageHash, type BatchLeaf } from '@og-explorer/proofs'
import { BatchAnalyzer } from './batch-analyzer'

const hex = (n: number) => `0x${randomBytes(n).toString('hex')}` as `0x${string}`
const key = deterministicRsaKey('batch-analyzer-test')
const teeId = computeTeeId(key.publicKeyDer)
const publicKey = `0x${Buffer.from(key.publicKeyDer).toString('hex')}`

function blob(goodLeaves: number, badLeaves: number): string {
  const leaf = (i: number, good: boolean): BatchLeaf => {
    const inputHash = hex(32)
    const outputHash = hex(32)
    const timestamp = 1_780_000_000n + BigInt(i)
    const signature = signTeeMessage(key.privateKey, Buffer.from(teeMessageHash(inputHash, good ? outputHash : hex(32), timestamp).slice(2), 'hex'))
    return { teeId, inputHash, outputHash, timestamp, signature: `0x${Buffer.from(signature).toString('hex')}` }
  }
  const leaves = [...Array.from({ length: goodLeaves }, (_, i) => leaf(i, true)), ...Array.from({ length: badLeaves }, (_, i) => leaf(100 + i, false))]
  return JSON.stringify(buildBatchTree(leaves).dump)
}

test('the worker analyses exactly as this thread does, once it knows the keys', async () => {
  const analyzer = new BatchAnalyzer()
  try {
    const body = blob(3, 2)
    const before = await analyzer.analyze(body)
    assert.ok(before.ok)
    // the TEE's key was not known yet: nothing checked, nothing guessed
    assert.deepEqual(before.signatures, [null, null, null, null, null])
    analyzer.addKeys([
      { id: teeId, publicKey },
      { id: hex(32), publicKey: null },
    ])
    const after = await analyzer.analyze(body)
    assert.deepEqual(
      after,
      analyzeBatchBlob(body, (id) => (id === teeId ? publicKey : undefined)),
    )
    assert.deepEqual(after.ok && after.signatures, [true, true, true, false, false])
    assert.equal((await analyzer.analyze('not json')).ok, false)
    assert.equal(analyzer.inline, 0)
  } finally {
    await analyzer.stop()
  }
})

test('without its worker the analyser still answers, on this thread', async () => {
  const analyzer = new BatchAnalyzer(false)
  analyzer.addKeys([{ id: teeId, publicKey }])
  const analysis = await analyzer.analyze(blob(1, 1))
  assert.deepEqual(analysis.ok && analysis.signatures, [true, false])
  assert.equal(analyzer.inline, 1)
})
