import { Inference, InferenceMode, Settlement, SettlementKind, VerificationStatus } from '../../model'
import type { HubLog, HubRequest, HubResult } from './decode'
import type { HubPair } from './pair'

/** A decoded hub or precompile log with where it sits on chain. */
export interface LocatedHubLog {
  decoded: HubLog
  txHash: string
  logIndex: number
  address: string
  side: HubLog['side']
  family: HubLog['family']
  blockNumber: number
  timestamp: Date
}

/**
 * One Settlement (kind HUB) and its one Inference per pair, keyed by the anchor log (the hub log when
 * there is one). Nothing was published to check, so both are UNVERIFIABLE; an unpaired log still
 * yields both rows with what it carries (a result alone knows neither mode nor model).
 */
export function hubRows(pair: HubPair<LocatedHubLog>): { settlement: Settlement; inference: Inference } {
  const anchor = pair.anchor
  const request = pair.request?.decoded as HubRequest | undefined
  const result = pair.result?.decoded as HubResult | undefined
  const at = { txHash: anchor.txHash, blockNumber: anchor.blockNumber, timestamp: anchor.timestamp }
  const settlement = new Settlement({
    id: `${anchor.txHash}-${anchor.logIndex}`,
    kind: SettlementKind.HUB,
    relay: anchor.address,
    ...at,
    merkleRoot: null,
    batchSize: 1,
    blobId: null,
    teeNode: null,
    teeId: null,
    ethAddress: null,
    status: VerificationStatus.UNVERIFIABLE,
    statusReason: null,
    attempts: 0,
    blobNotFound: 0,
    verifiedAt: null,
    inferenceCount: 1,
    validSignatures: 0,
    invalidSignatures: 0,
  })
  const inference = new Inference({
    id: `${settlement.id}-0`,
    settlement,
    kind: SettlementKind.HUB,
    leafIndex: 0,
    teeNode: null,
    teeId: null,
    inputHash: request?.inputHash ?? null,
    outputHash: result?.outputHash ?? request?.outputHash ?? null,
    teeTimestamp: null,
    signature: null,
    signatureValid: null,
    status: VerificationStatus.UNVERIFIABLE,
    mode: request?.mode ?? InferenceMode.UNKNOWN,
    model: request?.model ?? null,
    ethAddress: null,
    ...at,
  })
  return { settlement, inference }
}
