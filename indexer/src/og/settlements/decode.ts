import * as relay from '../../abi/InferenceSettlementRelay'
import * as legacy from '../../abi/LegacySettlementRelay'
import { blobIdFromBytes } from '@og-explorer/proofs'
import { SettlementKind } from '../../model'

export interface RawSettlement {
  kind: SettlementKind
  merkleRoot?: string
  batchSize?: number
  blobId?: string
  /** why the blob id could not be read, when the bytes are not a valid id */
  blobIdError?: string
  teeId?: string
  ethAddress?: string
  inputHash?: string
  outputHash?: string
  teeTimestamp?: bigint
  signature?: string
  model?: string
}

interface LogLike {
  topics: string[]
  data: string
}

const lowerHex = (h: string) => h.toLowerCase()

function readBlobId(bytes: string): { blobId?: string; blobIdError?: string } {
  try {
    return { blobId: blobIdFromBytes(bytes) }
  } catch (error) {
    return { blobIdError: error instanceof Error ? error.message : String(error) }
  }
}

/** Decodes any settlement log of either relay generation; undefined for topics that are not settlements. */
export function decodeSettlement(log: LogLike): RawSettlement | undefined {
  const topic = log.topics[0]
  if (topic === relay.events.BatchSettlement.topic) {
    const e = relay.events.BatchSettlement.decode(log)
    return { kind: SettlementKind.BATCH, merkleRoot: lowerHex(e.merkleRoot), batchSize: safeSize(e.batchSize), ...readBlobId(e.walrusBlobId) }
  }
  if (topic === relay.events.IndividualSettlement.topic) {
    const e = relay.events.IndividualSettlement.decode(log)
    return {
      kind: SettlementKind.INDIVIDUAL,
      teeId: lowerHex(e.teeId),
      ethAddress: lowerHex(e.ethAddress),
      inputHash: lowerHex(e.inputHash),
      outputHash: lowerHex(e.outputHash),
      teeTimestamp: e.timestamp,
      signature: lowerHex(e.signature),
      batchSize: 1,
      ...readBlobId(e.walrusBlobId),
    }
  }
  if (topic === legacy.events.Settlement.topic) {
    const e = legacy.events.Settlement.decode(log)
    return { kind: SettlementKind.LEGACY_SINGLE, inputHash: lowerHex(e.inputHash), outputHash: lowerHex(e.outputHash), batchSize: 1 }
  }
  if (topic === legacy.events.BatchSettlement.topic) {
    const e = legacy.events.BatchSettlement.decode(log)
    return { kind: SettlementKind.LEGACY_BATCH, merkleRoot: lowerHex(e.merkleRoot), batchSize: safeSize(e.batchSize) }
  }
  if (topic === legacy.events.SettlementWithMetadata.topic) {
    const e = legacy.events.SettlementWithMetadata.decode(log)
    return { kind: SettlementKind.LEGACY_METADATA, inputHash: lowerHex(e.inputHash), outputHash: lowerHex(e.outputHash), model: e.modelInfo, batchSize: 1 }
  }
  return undefined
}

/** batch sizes are uint256 on chain; anything beyond an int column is treated as malformed */
function safeSize(value: bigint): number {
  if (value > 2_147_483_647n) throw new Error(`batch size ${value} out of range`)
  return Number(value)
}
