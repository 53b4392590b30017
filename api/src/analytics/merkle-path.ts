/**
 * A leaf's Merkle proof in a batch settlement's tree, rebuilt from the batch's leaves as the indexer
 * stored them (Inference rows in leafIndex order). The tree is OpenZeppelin's StandardMerkleTree, as
 * the facilitator builds it (docs/sources.md#44-payloads-on-walrus): proofs/src/batch-root.ts lays it
 * out, and the proof is OZ's getProof: the sibling of each node from the leaf up to the root.
 */
import { batchLeafHash, computeBatchTree, encodeBatchLeaf, type BatchLeafFields } from '@og-explorer/proofs'

export interface MerklePath {
  /** abi.encode(bytes32 teeId, bytes32 inputHash, bytes32 outputHash, bytes signature, uint256 timestamp) */
  leafEncoded: string
  /** keccak256(keccak256(leafEncoded)) */
  leafHash: string
  /** sibling hashes from the leaf up to the root */
  proof: string[]
  /** the root these leaves build */
  root: string
}

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`

/** The proof of `leaves[index]`; leaves in the dump's value order (leafIndex). */
export function merklePath(leaves: readonly BatchLeafFields[], index: number): MerklePath {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not among ${leaves.length} leaves`)
  const { tree, treeIndices } = computeBatchTree(leaves)
  const proof: string[] = []
  // OZ's layout: node i has children 2i+1 and 2i+2, so a sibling is the odd/even neighbour
  for (let i = treeIndices[index]; i > 0; i = Math.floor((i - 1) / 2)) proof.push(tree[i % 2 === 1 ? i + 1 : i - 1])
  return { leafEncoded: hex(encodeBatchLeaf(leaves[index])), leafHash: hex(batchLeafHash(leaves[index])), proof, root: tree[0] }
}
