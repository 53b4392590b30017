import { analyzeBatchBlob, judgeBatchAnalysis, teeMessageHash, verifyIndividualBlob, verifyTeeSignature, type BatchLeaf } from '@og-explorer/proofs'
import { Inference, InferenceMode, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../../model'
import type { JudgedBlob } from './expiry'

export interface Verdict {
  status: VerificationStatus
  reason?: string
  /** inferences to write: new batch leaves, or the individual settlement's inference updated */
  inferences: Inference[]
  valid: number
  invalid: number
  /** inferences of the settlement that count as failed (bad signature, corrupt or missing blob; never an expired one) */
  failed: number
  verified: number
}

export type KeyLookup = (teeId: string) => { publicKey?: string | null; node?: TeeNode } | undefined

/** the reason an inference's signature could not be checked: no key is known for its TEE id */
export const KEY_UNKNOWN = 'key-unknown'

/**
 * true or false when the TEE's key is known, null when it is not (never registered on a trusted
 * registry, or its key could not be read): a signature cannot be called bad without the key.
 */
function signatureOk(keys: KeyLookup, teeId: string, inputHash: string, outputHash: string, timestamp: bigint, signature: string): boolean | null {
  const key = keys(teeId)?.publicKey
  if (!key) return null
  return verifyTeeSignature(key, teeMessageHash(inputHash as `0x${string}`, outputHash as `0x${string}`, timestamp), signature)
}

/**
 * Pure verdict for one settlement from its fetched blob: rebuild the Merkle root from the leaves (never
 * trusting the dump's own tree), or match an individual payload to its event, then check every TEE
 * signature against the key registered on chain.
 */
export function verdictFor(settlement: Settlement, result: JudgedBlob, keys: KeyLookup, individual?: Inference): Verdict {
  const size = settlement.batchSize ?? 1
  if (settlement.kind === SettlementKind.BATCH) {
    if (result.kind === 'missing')
      return { status: VerificationStatus.MISSING, reason: result.reason, inferences: [], valid: 0, invalid: 0, failed: size, verified: 0 }
    // past its storage period: nothing can be checked, and nothing counts as failed
    if (result.kind === 'expired')
      return { status: VerificationStatus.EXPIRED, reason: result.reason, inferences: [], valid: 0, invalid: 0, failed: 0, verified: 0 }
    // analysed in the fetcher's worker when it could be; the signatures it could not check yet are checked here
    const analysis = result.analysis ?? analyzeBatchBlob(result.body, () => undefined)
    const checked = judgeBatchAnalysis(analysis, settlement.merkleRoot ?? '', settlement.batchSize ?? undefined)
    if (!checked.ok) return { status: VerificationStatus.INVALID, reason: checked.reason, inferences: [], valid: 0, invalid: 0, failed: size, verified: 0 }
    const known = analysis.ok ? analysis.signatures : []
    const inferences = checked.leaves.map((leaf, i) => leafInference(settlement, leaf, i, keys, known[i] ?? null))
    // PARTIAL only for bad signatures; leaves whose key is unknown leave the batch UNVERIFIABLE
    // (key-unknown) unless a bad signature makes it PARTIAL; neither kind of leaf counts as verified
    const invalid = inferences.filter((x) => x.signatureValid === false).length
    const unknown = inferences.filter((x) => x.signatureValid === null).length
    const valid = inferences.length - invalid - unknown
    return {
      status: invalid > 0 ? VerificationStatus.PARTIAL : unknown > 0 ? VerificationStatus.UNVERIFIABLE : VerificationStatus.VERIFIED,
      reason: invalid > 0 ? 'bad-signature' : unknown > 0 ? KEY_UNKNOWN : undefined,
      inferences,
      valid,
      invalid,
      failed: invalid,
      verified: valid,
    }
  }
  // individual: the signature is checked from the event alone; the blob must agree with the event
  if (!individual) throw new Error(`individual settlement ${settlement.id} has no inference row`)
  const sigOk = signatureOk(
    keys,
    individual.teeId ?? '',
    individual.inputHash ?? '',
    individual.outputHash ?? '',
    BigInt(Math.round((individual.teeTimestamp?.getTime() ?? 0) / 1000)),
    individual.signature ?? '0x',
  )
  individual.signatureValid = sigOk
  let status: VerificationStatus
  let reason: string | undefined
  if (result.kind === 'missing') {
    status = VerificationStatus.MISSING
    reason = result.reason
  } else if (result.kind === 'expired') {
    // the event's own signature is still checked: a bad one is a failure whatever became of the blob
    status = sigOk === false ? VerificationStatus.INVALID : VerificationStatus.EXPIRED
    reason = sigOk === false ? 'bad-signature' : result.reason
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
    } else if (sigOk === false) {
      status = VerificationStatus.INVALID
      reason = 'bad-signature'
    } else if (sigOk === null) {
      status = VerificationStatus.UNVERIFIABLE
      reason = KEY_UNKNOWN
    } else {
      status = VerificationStatus.VERIFIED
    }
  }
  individual.status =
    status === VerificationStatus.VERIFIED
      ? VerificationStatus.VERIFIED
      : status === VerificationStatus.MISSING
        ? VerificationStatus.MISSING
        : status === VerificationStatus.UNVERIFIABLE
          ? VerificationStatus.UNVERIFIABLE
          : status === VerificationStatus.EXPIRED
            ? VerificationStatus.EXPIRED
            : VerificationStatus.INVALID
  individual.statusReason = reason ?? null
  const verified = status === VerificationStatus.VERIFIED ? 1 : 0
  // an unknown key is neither a valid nor an invalid signature, and not a failure; nor is an expired blob
  const failed = status === VerificationStatus.UNVERIFIABLE || status === VerificationStatus.EXPIRED ? 0 : 1 - verified
  return { status, reason, inferences: [individual], valid: sigOk === true ? 1 : 0, invalid: sigOk === false ? 1 : 0, failed, verified }
}

function leafInference(settlement: Settlement, leaf: BatchLeaf, index: number, keys: KeyLookup, checked: boolean | null): Inference {
  const teeId = leaf.teeId.toLowerCase()
  const timestamp = BigInt(leaf.timestamp)
  const valid = checked ?? signatureOk(keys, teeId, leaf.inputHash, leaf.outputHash, timestamp, leaf.signature)
  const status = valid === true ? VerificationStatus.VERIFIED : valid === false ? VerificationStatus.INVALID : VerificationStatus.UNVERIFIABLE
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
    status,
    statusReason: valid === true ? null : valid === false ? 'bad-signature' : KEY_UNKNOWN,
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
