import { analyzeBatchBlob, judgeBatchAnalysis, teeMessageHash, verifyIndividualBlob, verifyTeeSignature, type BatchLeaf } from '@og-explorer/proofs'
import { Inference, InferenceMode, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../model'
import type { BlobResult } from './blob-fetcher'

export interface Verdict {
  status: VerificationStatus
  reason?: string
  /** inferences to write: new batch leaves, or the individual settlement's inference updated */
  inferences: Inference[]
  valid: number
  invalid: number
  /** inferences of the settlement that count as failed (bad signature, corrupt or missing blob) */
  failed: number
  verified: number
}

export type KeyLookup = (teeId: string) => { publicKey?: string | null; node?: TeeNode } | undefined

function signatureOk(keys: KeyLookup, teeId: string, inputHash: string, outputHash: string, timestamp: bigint, signature: string): boolean {
  const key = keys(teeId)?.publicKey
  if (!key) return false
  return verifyTeeSignature(key, teeMessageHash(inputHash as `0x${string}`, outputHash as `0x${string}`, timestamp), signature)
}

/**
 * Pure verdict for one settlement from its fetched blob: rebuild the Merkle root from the leaves (never
 * trusting the dump's own tree), or match an individual payload to its event, then check every TEE
 * signature against the key registered on chain.
 */
export function verdictFor(settlement: Settlement, result: BlobResult, keys: KeyLookup, individual?: Inference): Verdict {
  const size = settlement.batchSize ?? 1
  if (settlement.kind === SettlementKind.BATCH) {
    if (result.kind === 'missing') return { status: VerificationStatus.MISSING, reason: 'blob-missing', inferences: [], valid: 0, invalid: 0, failed: size, verified: 0 }
    // analysed in the fetcher's worker when it could be; the signatures it could not check yet are checked here
    const analysis = result.analysis ?? analyzeBatchBlob(result.body, () => undefined)
    const checked = judgeBatchAnalysis(analysis, settlement.merkleRoot ?? '', settlement.batchSize ?? undefined)
    if (!checked.ok) return { status: VerificationStatus.INVALID, reason: checked.reason, inferences: [], valid: 0, invalid: 0, failed: size, verified: 0 }
    const known = analysis.ok ? analysis.signatures : []
    const inferences = checked.leaves.map((leaf, i) => leafInference(settlement, leaf, i, keys, known[i] ?? null))
    const invalid = inferences.filter((x) => !x.signatureValid).length
    return {
      status: invalid === 0 ? VerificationStatus.VERIFIED : VerificationStatus.PARTIAL,
      reason: invalid === 0 ? undefined : 'bad-signature',
      inferences,
      valid: inferences.length - invalid,
      invalid,
      failed: invalid,
      verified: inferences.length - invalid,
    }
  }
  // individual: the signature is checked from the event alone; the blob must agree with the event
  if (!individual) throw new Error(`individual settlement ${settlement.id} has no inference row`)
  const sigOk = signatureOk(keys, individual.teeId ?? '', individual.inputHash ?? '', individual.outputHash ?? '', BigInt(Math.round((individual.teeTimestamp?.getTime() ?? 0) / 1000)), individual.signature ?? '0x')
  individual.signatureValid = sigOk
  let status: VerificationStatus
  let reason: string | undefined
  if (result.kind === 'missing') {
    status = VerificationStatus.MISSING
    reason = 'blob-missing'
  } else {
    const payload = verifyIndividualBlob(result.body, {
      teeId: individual.teeId ?? '',
      inputHash: individual.inputHash ?? '',
      outputHash: individual.outputHash ?? '',
      timestamp: BigInt(Math.round((individual.teeTimestamp?.getTime() ?? 0) / 1000)),
      signature: individual.signature ?? '0x',
    } as any)
    if (!payload.ok) {
      status = VerificationStatus.INVALID
      reason = payload.reason
    } else if (!sigOk) {
      status = VerificationStatus.INVALID
      reason = 'bad-signature'
    } else {
      status = VerificationStatus.VERIFIED
    }
  }
  individual.status = status === VerificationStatus.VERIFIED ? VerificationStatus.VERIFIED : status === VerificationStatus.MISSING ? VerificationStatus.MISSING : VerificationStatus.INVALID
  const verified = status === VerificationStatus.VERIFIED ? 1 : 0
  return { status, reason, inferences: [individual], valid: sigOk ? 1 : 0, invalid: sigOk ? 0 : 1, failed: 1 - verified, verified }
}

function leafInference(settlement: Settlement, leaf: BatchLeaf, index: number, keys: KeyLookup, checked: boolean | null): Inference {
  const teeId = leaf.teeId.toLowerCase()
  const timestamp = BigInt(leaf.timestamp)
  const valid = checked ?? signatureOk(keys, teeId, leaf.inputHash, leaf.outputHash, timestamp, leaf.signature)
  return new Inference({
    id: `${settlement.id}-${index}`,
    settlement,
    kind: SettlementKind.BATCH,
    leafIndex: index,
    teeNode: keys(teeId)?.node,
    teeId,
    inputHash: leaf.inputHash.toLowerCase(),
    outputHash: leaf.outputHash.toLowerCase(),
    teeTimestamp: safeDate(timestamp),
    signature: leaf.signature.toLowerCase(),
    signatureValid: valid,
    status: valid ? VerificationStatus.VERIFIED : VerificationStatus.INVALID,
    mode: InferenceMode.TEE,
    blockNumber: settlement.blockNumber,
    timestamp: settlement.timestamp,
    txHash: settlement.txHash,
  })
}

/** Blob content is untrusted: a timestamp beyond year 5000 is kept out of the date column. */
export function safeDate(seconds: bigint): Date | undefined {
  return seconds >= 0n && seconds < 95_617_584_000n ? new Date(Number(seconds) * 1000) : undefined
}
