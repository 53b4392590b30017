import * as relay from '../../abi/InferenceSettlementRelay'
import type { NetworkProfile } from '../../config/profile'
import { Inference, InferenceMode, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../../model'
import { recordIssue } from '../../util/issues'
import { logId } from '@og-explorer/common'
import { safeDate } from '../verification/apply'
import type { OgBatch, OgHandler } from '../batch'
import type { RoutedLog } from '../routing'
import { decodeSettlement, type RawSettlement } from './decode'

const VERIFIABLE = new Set([SettlementKind.BATCH, SettlementKind.INDIVIDUAL])

/** The daily counter each kind of settled inference adds to. */
function dailyField(kind: SettlementKind): 'batchInferences' | 'individualInferences' | 'legacyInferences' {
  if (kind === SettlementKind.BATCH) return 'batchInferences'
  if (kind === SettlementKind.INDIVIDUAL) return 'individualInferences'
  return 'legacyInferences'
}

/** Builds the Settlement row for a decoded log; batches and individual settlements start PENDING. */
export function settlementFromRaw(
  raw: RawSettlement,
  at: { id: string; relay: string; txHash: string; blockNumber: number; timestamp: Date },
  tee?: TeeNode,
): Settlement {
  const verifiable = VERIFIABLE.has(raw.kind)
  const status = !verifiable ? VerificationStatus.UNVERIFIABLE : raw.blobId ? VerificationStatus.PENDING : VerificationStatus.INVALID
  return new Settlement({
    id: at.id,
    kind: raw.kind,
    relay: at.relay,
    txHash: at.txHash,
    blockNumber: at.blockNumber,
    timestamp: at.timestamp,
    merkleRoot: raw.merkleRoot,
    batchSize: raw.batchSize,
    blobId: raw.blobId,
    teeNode: tee,
    teeId: raw.teeId,
    ethAddress: raw.ethAddress,
    status,
    statusReason: verifiable && !raw.blobId ? 'bad-blob-id' : undefined,
    attempts: 0,
    blobNotFound: 0,
    inferenceCount: 0,
    validSignatures: 0,
    invalidSignatures: 0,
  })
}

/** Settlements that name their one inference in the log itself (individual and legacy single/metadata). */
export function inlineInference(raw: RawSettlement, settlement: Settlement, tee?: TeeNode): Inference | undefined {
  if (raw.kind === SettlementKind.BATCH || raw.kind === SettlementKind.LEGACY_BATCH || raw.kind === SettlementKind.HUB) return undefined
  return new Inference({
    id: `${settlement.id}-0`,
    settlement,
    kind: raw.kind,
    leafIndex: 0,
    teeNode: tee,
    teeId: raw.teeId,
    inputHash: raw.inputHash,
    outputHash: raw.outputHash,
    teeTimestamp: raw.teeTimestamp !== undefined ? safeDate(raw.teeTimestamp) : undefined,
    signature: raw.signature,
    signatureValid: undefined,
    status: raw.kind === SettlementKind.INDIVIDUAL ? VerificationStatus.PENDING : VerificationStatus.UNVERIFIABLE,
    mode: raw.kind === SettlementKind.INDIVIDUAL ? InferenceMode.TEE : InferenceMode.UNKNOWN,
    model: raw.model,
    ethAddress: raw.ethAddress,
    blockNumber: settlement.blockNumber,
    timestamp: settlement.timestamp,
    txHash: settlement.txHash,
  })
}

/**
 * Settlement logs of both relay generations. Individual and legacy settlements carry their inference
 * in the log; batch leaves are expanded later, from the blob, by the verification handler.
 */
export function settlementHandler(_profile: NetworkProfile): OgHandler {
  return {
    name: 'settlements',
    kinds: ['settlement-relay', 'legacy-relay'],
    async prepare(batch: OgBatch, logs: RoutedLog[]) {
      const teeIds = new Set<string>()
      for (const { log } of logs) {
        if (log.topics.length > 1 && log.topics[0] === relay.events.IndividualSettlement.topic) teeIds.add(log.topics[1].toLowerCase())
      }
      await batch.cache.prefetch(TeeNode, teeIds)
    },
    handle(batch: OgBatch, { log, block }: RoutedLog) {
      const raw = decodeSettlement(log)
      if (!raw) return // another event of a trusted relay (roles): nothing to record
      const tee = raw.teeId ? batch.cache.get(TeeNode, raw.teeId) : undefined
      const settlement = settlementFromRaw(
        raw,
        { id: logId(log), relay: log.address, txHash: log.transactionHash, blockNumber: block.height, timestamp: new Date(block.timestamp) },
        tee,
      )
      if (raw.blobIdError) {
        recordIssue(
          batch.cache,
          {
            chain: 'og',
            blockNumber: block.height,
            timestampMs: block.timestamp,
            txHash: log.transactionHash,
            logIndex: log.logIndex,
            address: log.address,
            topic0: log.topics[0],
          },
          'bad-blob-id',
          raw.blobIdError,
        )
      }
      const inference = inlineInference(raw, settlement, tee)
      if (inference) settlement.inferenceCount = 1
      batch.cache.save(Settlement, settlement)
      if (inference) {
        batch.cache.save(Inference, inference)
        batch.countInference(inference)
      }
      if (tee && inference) {
        tee.inferenceCount += 1
        batch.cache.save(TeeNode, tee)
      }
      const settled = raw.batchSize ?? 1
      batch.add(block.timestamp, {
        settlements: 1,
        inferencesSettled: settled,
        [dailyField(raw.kind)]: settled,
        inferencesFailed: settlement.status === VerificationStatus.INVALID ? settled : 0,
      })
    },
  }
}
