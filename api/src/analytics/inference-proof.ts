/**
 * Everything a visitor needs to re-check one inference without trusting the explorer: the blob's
 * address, the leaf and its Merkle path to the on-chain root, the message the enclave signed and its
 * hash, the enclave's key and PCR, and a script that checks them with public tools. The path is
 * rebuilt from the batch's leaves as the indexer stored them (its Inference rows), not read from the
 * blob: the API never calls Walrus. rootMatches says whether those rows rebuild the on-chain root.
 */
import { keccak256Hex, teeMessageHash, type BatchLeafFields, type Hex } from '@og-explorer/proofs'
import type { SettlementKind } from '@og-explorer/common'
import type { Db } from '../db/db'
import type { RowBudget } from '../resolvers/row-budget'
import { merklePath } from './merkle-path'
import { verifyScript } from './verify-script'

/** the largest batch whose tree is rebuilt for one request; larger ones get no path (a note says so) */
export const MAX_PROOF_LEAVES = 10_000

interface LeafRow {
  leafIndex: number
  teeId: string | null
  inputHash: string | null
  outputHash: string | null
  /** unix seconds as text (exact) */
  ts: string | null
  signature: string | null
}

interface Target extends LeafRow {
  id: string
  settlementId: string
  settlementKind: SettlementKind
  merkleRoot: string | null
  blobId: string | null
  inferenceCount: number
  publicKey: string | null
  pcrHash: string | null
}

const LEAF_COLUMNS = `i.leaf_index AS "leafIndex", i.tee_id AS "teeId", i.input_hash AS "inputHash", i.output_hash AS "outputHash",
  extract(epoch FROM i.tee_timestamp)::bigint::text AS ts, i.signature`

const isLeaf = (r: LeafRow): r is LeafRow & { teeId: string; inputHash: string; outputHash: string; ts: string; signature: string } =>
  r.teeId !== null && r.inputHash !== null && r.outputHash !== null && r.ts !== null && r.signature !== null

const fields = (r: LeafRow & { teeId: string; inputHash: string; outputHash: string; ts: string; signature: string }): BatchLeafFields => ({
  teeId: r.teeId,
  inputHash: r.inputHash,
  outputHash: r.outputHash,
  signature: r.signature,
  timestamp: BigInt(r.ts),
})

/** `${aggregator}/v1/blobs/<id>`, the address the indexer fetched it from */
export function blobUrl(aggregator: string | undefined, blobId: string | null): string | null {
  if (!aggregator || !blobId) return null
  return `${aggregator.replace(/\/+$/, '')}/v1/blobs/${encodeURIComponent(blobId)}`
}

export async function loadInferenceProof(db: Db, rows: RowBudget, id: string, aggregator: string | undefined) {
  const [t] = await db.query<Target>(
    `SELECT i.id, ${LEAF_COLUMNS}, s.id AS "settlementId", s.kind AS "settlementKind", s.merkle_root AS "merkleRoot", s.blob_id AS "blobId",
       s.inference_count AS "inferenceCount", n.public_key AS "publicKey", n.pcr_hash AS "pcrHash"
     FROM inference i JOIN settlement s ON s.id = i.settlement_id LEFT JOIN tee_node n ON n.id = i.tee_id WHERE i.id = $1`,
    [id],
  )
  if (!t) return null
  const notes: string[] = []
  const isBatch = t.settlementKind === 'BATCH'
  const signed = isLeaf(t)
  const signedMessage =
    t.inputHash && t.outputHash && t.ts !== null ? `0x${t.inputHash.slice(2)}${t.outputHash.slice(2)}${BigInt(t.ts).toString(16).padStart(64, '0')}` : null
  const messageHash = signedMessage ? teeMessageHash(t.inputHash as Hex, t.outputHash as Hex, BigInt(t.ts as string)) : null
  const keyMatchesTeeId = t.publicKey && t.teeId ? keccak256Hex(Buffer.from(t.publicKey.slice(2), 'hex')) === t.teeId.toLowerCase() : null
  if (!signed) notes.push('This inference carries no TEE signature to check (a legacy or hub settlement).')
  else if (!t.publicKey) notes.push('The TEE registry has not given this enclave’s key to the indexer, so its signature cannot be checked.')

  let path: ReturnType<typeof merklePath> | null = null
  let pathSource = 'NONE'
  let leafCount = t.inferenceCount
  if (isBatch && signed) {
    if (t.inferenceCount > MAX_PROOF_LEAVES) notes.push(`The batch has more than ${MAX_PROOF_LEAVES} leaves; its path is not rebuilt per request.`)
    else {
      rows.take(t.inferenceCount)
      const leaves = await db.query<LeafRow>(`SELECT ${LEAF_COLUMNS} FROM inference i WHERE i.settlement_id = $1 ORDER BY i.leaf_index`, [t.settlementId])
      leafCount = leaves.length
      const complete = leaves.every((l, i) => l.leafIndex === i && isLeaf(l))
      if (!complete) notes.push('Some of the batch’s stored leaves are incomplete, so its path cannot be rebuilt from them.')
      else {
        path = merklePath(
          leaves.map((l) => fields(l as Parameters<typeof fields>[0])),
          t.leafIndex,
        )
        pathSource = 'INDEXED_LEAVES'
        if (path.root !== t.merkleRoot?.toLowerCase()) notes.push('The stored leaves do not rebuild the on-chain root.')
      }
    }
  }
  const script =
    signed && t.publicKey && (!isBatch || (path && t.merkleRoot))
      ? verifyScript({
          teeId: t.teeId,
          inputHash: t.inputHash,
          outputHash: t.outputHash,
          timestamp: t.ts,
          signature: t.signature,
          publicKey: t.publicKey,
          merkle: isBatch && path && t.merkleRoot ? { proof: path.proof, root: t.merkleRoot } : undefined,
        })
      : null
  return {
    inferenceId: t.id,
    settlementId: t.settlementId,
    settlementKind: t.settlementKind,
    leafIndex: t.leafIndex,
    leafCount,
    pathSource,
    leafEncoded: path?.leafEncoded ?? null,
    leafHash: path?.leafHash ?? null,
    proof: path?.proof ?? null,
    rebuiltRoot: path?.root ?? null,
    onChainRoot: t.merkleRoot,
    rootMatches: path && t.merkleRoot ? path.root === t.merkleRoot.toLowerCase() : null,
    blobId: t.blobId,
    blobUrl: blobUrl(aggregator, t.blobId),
    teeId: t.teeId,
    signedMessage,
    messageHash,
    signature: t.signature,
    publicKey: t.publicKey,
    keyMatchesTeeId,
    pcrHash: t.pcrHash,
    script,
    notes,
  }
}
