/**
 * Batch settlement payloads: an OpenZeppelin StandardMerkleTree ("standard-v1") dump whose leaves
 * are [teeId, inputHash, outputHash, signature, timestamp] with leaf encoding
 * ["bytes32","bytes32","bytes32","bytes","uint256"]. Only the root goes on chain
 * (BatchSettlement(merkleRoot, batchSize, walrusBlobId)); the dump is the Walrus blob.
 *
 * Timestamps are written into the dump as base-10 strings (JSON has no bigint); the parser also
 * accepts non-negative safe-integer JSON numbers, which hash identically.
 */
import { computeBatchRoot, computeBatchTree } from './batch-root'
import { teeMessageHash } from './message'
import { verifyTeeSignature } from './pss-verify'
import type { Hex } from './hex'

export const BATCH_LEAF_ENCODING = ['bytes32', 'bytes32', 'bytes32', 'bytes', 'uint256'] as const

export type BatchLeaf = {
  teeId: Hex
  inputHash: Hex
  outputHash: Hex
  /** RSA-PSS signature bytes as 0x-hex. */
  signature: Hex
  timestamp: bigint
}

/** How a leaf appears in `dump.values[i].value`. */
export type BatchLeafTuple = [Hex, Hex, Hex, Hex, string]

export type BatchDump = {
  format: 'standard-v1'
  leafEncoding: string[]
  tree: Hex[]
  values: { value: BatchLeafTuple; treeIndex: number; hash?: Hex }[]
}

export type BatchVerifyReason = 'malformed' | 'root-mismatch' | 'size-mismatch'
export type BatchVerifyResult = { ok: true; root: Hex; leaves: BatchLeaf[] } | { ok: false; reason: BatchVerifyReason; detail?: string }

const UINT256_MAX = (1n << 256n) - 1n
const BYTES32_RE = /^0x[0-9a-fA-F]{64}$/
const BYTES_RE = /^0x(?:[0-9a-fA-F]{2})*$/
const UINT256_DECIMAL_RE = /^[0-9]{1,78}$/

export class BatchFormatError extends Error {
  override name = 'BatchFormatError'
}

function leafToTuple(leaf: BatchLeaf): BatchLeafTuple {
  return [
    leaf.teeId.toLowerCase() as Hex,
    leaf.inputHash.toLowerCase() as Hex,
    leaf.outputHash.toLowerCase() as Hex,
    leaf.signature.toLowerCase() as Hex,
    leaf.timestamp.toString(10),
  ]
}

const LEAF_HEX_FIELDS = [
  ['teeId', /^0x[0-9a-fA-F]{64}$/],
  ['inputHash', /^0x[0-9a-fA-F]{64}$/],
  ['outputHash', /^0x[0-9a-fA-F]{64}$/],
  ['signature', /^0x(?:[0-9a-fA-F]{2})*$/],
] as const

/**
 * Build the tree the facilitator builds with `StandardMerkleTree.of(values, BATCH_LEAF_ENCODING)`
 * (OZ 1.0.8) and return its root and dump; `JSON.stringify(dump)` is the Walrus blob.
 * The layout is computed by batch-root.ts (cheaper than OZ's generic ABI encoder); batch.test.ts
 * asserts the dump is deep-equal to OZ's `StandardMerkleTree.of(...).dump()` and loads with
 * `StandardMerkleTree.load`. Timestamps are written as base-10 strings.
 */
export function buildBatchTree(leaves: BatchLeaf[]): { root: Hex; dump: BatchDump } {
  if (!Array.isArray(leaves) || leaves.length === 0) throw new RangeError('a batch needs at least one leaf')
  const tuples = leaves.map((l) => {
    for (const [k, re] of LEAF_HEX_FIELDS) {
      if (typeof l[k] !== 'string' || !re.test(l[k])) throw new TypeError(`leaf.${k} is not valid hex`)
    }
    if (typeof l.timestamp !== 'bigint' || l.timestamp < 0n || l.timestamp > UINT256_MAX) {
      throw new RangeError('leaf.timestamp must be a uint256 bigint')
    }
    return leafToTuple(l)
  })
  const { tree, treeIndices } = computeBatchTree(leaves)
  const dump: BatchDump = {
    format: 'standard-v1',
    leafEncoding: [...BATCH_LEAF_ENCODING],
    tree,
    values: tuples.map((value, i) => ({ value, treeIndex: treeIndices[i] })),
  }
  return { root: tree[0], dump }
}

/** Accepts a parsed object, a JSON string, or the raw blob bytes. Throws BatchFormatError. */
function toJson(input: unknown): unknown {
  if (typeof input === 'string') return JSON.parse(input)
  if (input instanceof Uint8Array) return JSON.parse(Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8'))
  return input
}

function tupleToLeaf(v: readonly [string, string, string, string, string | number]): BatchLeaf {
  const timestamp = BigInt(v[4])
  if (timestamp > UINT256_MAX) throw new BatchFormatError('timestamp out of uint256 range')
  return {
    teeId: v[0].toLowerCase() as Hex,
    inputHash: v[1].toLowerCase() as Hex,
    outputHash: v[2].toLowerCase() as Hex,
    signature: v[3].toLowerCase() as Hex,
    timestamp,
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The leaf tuple at values[i].value, or why it is not one (bytes32 ×3, bytes, uint256). */
function leafTupleError(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length !== 5) return 'is not a 5-element leaf tuple'
  for (let k = 0; k < 3; k++) if (typeof v[k] !== 'string' || !BYTES32_RE.test(v[k])) return `[${k}] is not bytes32 hex`
  if (typeof v[3] !== 'string' || !BYTES_RE.test(v[3])) return '[3] is not 0x-hex bytes'
  const ts = v[4]
  const uint = typeof ts === 'string' ? UINT256_DECIMAL_RE.test(ts) : Number.isSafeInteger(ts) && (ts as number) >= 0
  if (!uint) return '[4] is not a uint256 (decimal string or safe non-negative integer)'
  return undefined
}

/**
 * Validate a standard-v1 batch dump and return its leaves in dump order. Throws BatchFormatError.
 * Checked by hand rather than with a schema library: this runs for every leaf of every batch, and
 * a generic validator cost more than rebuilding the Merkle root.
 */
export function parseBatchDump(json: unknown): BatchLeaf[] {
  let data: unknown
  try {
    data = toJson(json)
  } catch {
    throw new BatchFormatError('not JSON')
  }
  if (!isObject(data)) throw new BatchFormatError('the dump is not a JSON object')
  if (data.format !== 'standard-v1') throw new BatchFormatError('format is not "standard-v1"')
  const encoding = data.leafEncoding
  if (!Array.isArray(encoding) || encoding.length !== BATCH_LEAF_ENCODING.length || encoding.some((t, i) => t !== BATCH_LEAF_ENCODING[i])) {
    throw new BatchFormatError(`leafEncoding is not ${JSON.stringify(BATCH_LEAF_ENCODING)}`)
  }
  // `tree` and per-value `treeIndex`/`hash` are never trusted; only the tree's presence is checked.
  if (!Array.isArray(data.tree)) throw new BatchFormatError('tree is not an array')
  const values = data.values
  if (!Array.isArray(values) || values.length === 0) throw new BatchFormatError('values is not a non-empty array')
  const leaves: BatchLeaf[] = new Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const entry = values[i]
    if (!isObject(entry)) throw new BatchFormatError(`values[${i}] is not an object`)
    const problem = leafTupleError(entry.value)
    if (problem) throw new BatchFormatError(`values[${i}].value${problem.startsWith('[') ? '' : ' '}${problem}`)
    leaves[i] = tupleToLeaf(entry.value as BatchLeafTuple)
  }
  return leaves
}

/**
 * Check a batch blob against its on-chain BatchSettlement. The tree is REBUILT from the dump's
 * leaf values (computeBatchRoot, same algorithm as StandardMerkleTree.of); the dump's own
 * `tree`/`treeIndex`/`hash` fields are ignored. Accepts an object, JSON text, or raw bytes.
 * Checks run in order malformed → root-mismatch → size-mismatch.
 */
export function verifyBatchBlob(json: unknown, expectedRoot: string, expectedSize?: number | bigint): BatchVerifyResult {
  // with no keys the analysis checks no signature: only the parse and the rebuilt root
  return judgeBatchAnalysis(
    analyzeBatchBlob(json, () => undefined),
    expectedRoot,
    expectedSize,
  )
}

/**
 * The expensive half of verifying a batch blob, independent of any settlement: parse the dump,
 * rebuild its root, and check each leaf's signature with the keys known so far (`null` where the
 * leaf's TEE has no known key yet, so the caller can check it later). Safe to run on a worker thread.
 */
export type BatchAnalysis = { ok: false; reason: 'malformed'; detail?: string } | { ok: true; root: Hex; leaves: BatchLeaf[]; signatures: (boolean | null)[] }

export function analyzeBatchBlob(json: unknown, keyOf: (teeId: string) => string | undefined): BatchAnalysis {
  let leaves: BatchLeaf[]
  let root: Hex
  try {
    leaves = parseBatchDump(json)
    root = computeBatchRoot(leaves)
  } catch (e) {
    return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) }
  }
  const signatures = leaves.map((leaf) => {
    const key = keyOf(leaf.teeId)
    return key ? verifyTeeSignature(key, teeMessageHash(leaf.inputHash, leaf.outputHash, leaf.timestamp), leaf.signature) : null
  })
  return { ok: true, root, leaves, signatures }
}

/** The settlement-specific half: the same verdict `verifyBatchBlob` gives, from an analysis. */
export function judgeBatchAnalysis(analysis: BatchAnalysis, expectedRoot: string, expectedSize?: number | bigint): BatchVerifyResult {
  if (!analysis.ok) return analysis
  if (typeof expectedRoot !== 'string' || analysis.root !== expectedRoot.toLowerCase()) return { ok: false, reason: 'root-mismatch' }
  if (expectedSize !== undefined && BigInt(analysis.leaves.length) !== BigInt(expectedSize)) {
    return { ok: false, reason: 'size-mismatch', detail: `blob has ${analysis.leaves.length} leaves` }
  }
  return { ok: true, root: analysis.root, leaves: analysis.leaves }
}
