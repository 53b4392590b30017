import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { BATCH_LEAF_ENCODING, type BatchLeafFields } from '@og-explorer/proofs'
import { merklePath } from './merkle-path'

const hex32 = (n: number) => `0x${n.toString(16).padStart(64, '0')}`

function leaves(count: number): BatchLeafFields[] {
  return Array.from({ length: count }, (_, i) => ({
    teeId: hex32(1000 + (i % 3)),
    inputHash: hex32(7 * i + 1),
    outputHash: hex32(13 * i + 5),
    signature: `0x${'ab'.repeat(1 + (i % 40))}`,
    timestamp: BigInt(1_780_000_000 + i),
  }))
}

test('the path equals OpenZeppelin StandardMerkleTree.getProof for every leaf of batches of many sizes', () => {
  for (const size of [1, 2, 3, 5, 8, 13, 33]) {
    const batch = leaves(size)
    const values = batch.map((l) => [l.teeId, l.inputHash, l.outputHash, l.signature, l.timestamp.toString()])
    const oz = StandardMerkleTree.of(values, [...BATCH_LEAF_ENCODING])
    for (let i = 0; i < size; i++) {
      const path = merklePath(batch, i)
      assert.equal(path.root, oz.root, `root of ${size}`)
      assert.deepEqual(path.proof, oz.getProof(i), `proof of leaf ${i} of ${size}`)
      assert.equal(path.leafHash, oz.leafHash(values[i]))
      assert.ok(StandardMerkleTree.verify(oz.root, [...BATCH_LEAF_ENCODING], values[i], path.proof))
    }
  }
})

test('a leaf outside the batch is refused', () => {
  assert.throws(() => merklePath(leaves(3), 3), RangeError)
  assert.throws(() => merklePath(leaves(3), -1), RangeError)
})
