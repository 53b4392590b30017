import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { encodeAbiParameters, keccak256 } from 'viem'
import { batchLeafHash, computeBatchRoot, encodeBatchLeaf, type BatchLeafFields } from './batch-root'

const hex = (n: number) => `0x${randomBytes(n).toString('hex')}` as `0x${string}`
const ENC = ['bytes32', 'bytes32', 'bytes32', 'bytes', 'uint256']
const leaf = (sigLen = 256, ts = BigInt(1_700_000_000 + Math.floor(Math.random() * 1e8))): BatchLeafFields => ({
  teeId: hex(32),
  inputHash: hex(32),
  outputHash: hex(32),
  signature: hex(sigLen),
  timestamp: ts,
})
const tuple = (l: BatchLeafFields) => [l.teeId, l.inputHash, l.outputHash, l.signature, l.timestamp.toString()]

test('encodeBatchLeaf equals viem abi.encode for various signature lengths and timestamps', () => {
  for (const [len, ts] of [
    [256, 1n],
    [0, 0n],
    [1, 255n],
    [31, 1n << 200n],
    [32, 12345n],
    [33, (1n << 256n) - 1n],
  ] as const) {
    const l = leaf(len, ts)
    const viemEnc = encodeAbiParameters(
      ENC.map((type) => ({ type })),
      [l.teeId, l.inputHash, l.outputHash, l.signature, l.timestamp] as never,
    )
    assert.equal(`0x${encodeBatchLeaf(l).toString('hex')}`, viemEnc)
    assert.equal(`0x${Buffer.from(batchLeafHash(l)).toString('hex')}`, keccak256(keccak256(viemEnc)))
  }
})

test('computeBatchRoot equals StandardMerkleTree.of root for sizes 1..33 and duplicates', () => {
  for (let n = 1; n <= 33; n++) {
    const leaves = Array.from({ length: n }, () => leaf())
    if (n > 3) leaves[2] = { ...leaves[1] } // duplicate leaf
    const oz = StandardMerkleTree.of(leaves.map(tuple), ENC)
    assert.equal(computeBatchRoot(leaves), oz.root, `n=${n}`)
  }
})

test('root is order-independent (sorted leaves), empty batch rejected', () => {
  const leaves = Array.from({ length: 7 }, () => leaf())
  assert.equal(computeBatchRoot(leaves), computeBatchRoot([...leaves].reverse()))
  assert.throws(() => computeBatchRoot([]))
})
