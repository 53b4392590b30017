/**
 * Fast, dependency-light recomputation of a StandardMerkleTree root for batch leaves.
 * Same algorithm as @openzeppelin/merkle-tree 1.0.8 `StandardMerkleTree.of(values, encoding)`:
 *   leaf  = keccak256(keccak256(abi.encode(bytes32 teeId, bytes32 inputHash, bytes32 outputHash,
 *                                          bytes signature, uint256 timestamp)))
 *   leaves sorted ascending by hash; tree[2n-1] with leaf i (sorted) at tree[len-1-i];
 *   node   = keccak256(sort(a, b))
 * The OZ implementation spends most of its time per leaf in its generic ABI encoder and JS keccak; this one
 * encodes by hand and hashes with the WASM keccak (keccak.ts).
 * batch-root.test.ts checks it against StandardMerkleTree.of on many random batches.
 */
import { keccak256Bytes } from './keccak'
import type { Hex } from './hex'

export type BatchLeafFields = {
  teeId: string
  inputHash: string
  outputHash: string
  signature: string
  timestamp: bigint
}

/** abi.encode(bytes32, bytes32, bytes32, bytes, uint256). Inputs must already be validated hex. */
export function encodeBatchLeaf(leaf: BatchLeafFields): Buffer {
  // hex is written straight into the encoding: no intermediate buffer per field
  const sigLength = (leaf.signature.length - 2) >> 1
  const padded = Math.ceil(sigLength / 32) * 32
  const out = Buffer.alloc(32 * 6 + padded)
  out.write(leaf.teeId.slice(2), 0, 'hex')
  out.write(leaf.inputHash.slice(2), 32, 'hex')
  out.write(leaf.outputHash.slice(2), 64, 'hex')
  out[127] = 0xa0 // offset of the dynamic `bytes` = 5 head words
  const ts = leaf.timestamp.toString(16).padStart(64, '0')
  if (ts.length > 64 || leaf.timestamp < 0n) throw new RangeError('timestamp out of uint256 range')
  out.write(ts, 128, 'hex')
  out.writeUInt32BE(sigLength, 188) // length word (bytes 160..191), low 4 bytes
  out.write(leaf.signature.slice(2), 192, 'hex')
  return out
}

export function batchLeafHash(leaf: BatchLeafFields): Uint8Array {
  return keccak256Bytes(keccak256Bytes(encodeBatchLeaf(leaf)))
}

/** The tree's nodes as bytes (root first) and each input leaf's index in it. */
function buildNodes(leaves: readonly BatchLeafFields[]): { nodes: Uint8Array[]; treeIndices: number[] } {
  if (leaves.length === 0) throw new RangeError('a batch needs at least one leaf')
  const hashed = leaves.map((l, valueIndex) => ({ hash: batchLeafHash(l), valueIndex }))
  hashed.sort((a, b) => Buffer.compare(a.hash, b.hash)) // stable, like OZ
  const len = 2 * hashed.length - 1
  const nodes: Uint8Array[] = new Array(len)
  const treeIndices: number[] = new Array(leaves.length)
  for (let i = 0; i < hashed.length; i++) {
    nodes[len - 1 - i] = hashed[i].hash
    treeIndices[hashed[i].valueIndex] = len - 1 - i
  }
  const pair = new Uint8Array(64)
  for (let i = len - 1 - hashed.length; i >= 0; i--) {
    const l = nodes[2 * i + 1]
    const r = nodes[2 * i + 2]
    const [a, b] = Buffer.compare(l, r) <= 0 ? [l, r] : [r, l]
    pair.set(a, 0)
    pair.set(b, 32)
    nodes[i] = keccak256Bytes(pair)
  }
  return { nodes, treeIndices }
}

const toHex = (n: Uint8Array): Hex => `0x${Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString('hex')}`

/**
 * The full StandardMerkleTree layout: `tree` (root first, 2n-1 nodes) and, for each input leaf
 * in input order, its index in `tree` — exactly what OZ puts in dump().tree / values[i].treeIndex.
 */
export function computeBatchTree(leaves: readonly BatchLeafFields[]): { tree: Hex[]; treeIndices: number[] } {
  const { nodes, treeIndices } = buildNodes(leaves)
  return { tree: nodes.map(toHex), treeIndices }
}

/** Root of the StandardMerkleTree the facilitator would build over these leaves (verification only needs this). */
export function computeBatchRoot(leaves: readonly BatchLeafFields[]): Hex {
  return toHex(buildNodes(leaves).nodes[0])
}
