import { keccak256Hex } from '@og-explorer/proofs'
import * as registry from '../../abi/TEERegistry'

/** A TEE registry log reduced to what the indexer stores; `undefined` for events it ignores. */
export type TeeEvent =
  | { type: 'registered'; teeId: string; owner: string; teeType: number }
  | { type: 'enabled' | 'disabled'; teeId: string }
  | { type: 'heartbeat'; teeId: string; reportedAt: bigint }
  | { type: 'pcr-approved'; pcrHash: string; teeType: number; version: string }
  /** teeType is null for the legacy 1-argument PCRRevoked(bytes32): every type of that hash is revoked */
  | { type: 'pcr-revoked'; pcrHash: string; teeType: number | null }

export interface LogLike {
  topics: string[]
  data: string
}

const e = registry.events
const REVOKED_TYPED = e['PCRRevoked(bytes32 indexed,uint8 indexed)']
const REVOKED_LEGACY = e['PCRRevoked(bytes32 indexed)']

/**
 * Decodes the registry events we index. TEETypeAdded, AWSCertificateUpdated and the AccessControl
 * role events carry nothing we store, so they map to undefined rather than to an error.
 */
export function decodeTeeLog(log: LogLike): TeeEvent | undefined {
  switch (log.topics[0]) {
    case e.TEERegistered.topic: {
      const d = e.TEERegistered.decode(log)
      return { type: 'registered', teeId: d.teeId.toLowerCase(), owner: d.owner.toLowerCase(), teeType: d.teeType }
    }
    case e.TEEEnabled.topic:
      return { type: 'enabled', teeId: e.TEEEnabled.decode(log).teeId.toLowerCase() }
    case e.TEEDisabled.topic:
      return { type: 'disabled', teeId: e.TEEDisabled.decode(log).teeId.toLowerCase() }
    case e.HeartbeatReceived.topic: {
      const d = e.HeartbeatReceived.decode(log)
      return { type: 'heartbeat', teeId: d.teeId.toLowerCase(), reportedAt: d.timestamp }
    }
    case e.PCRApproved.topic: {
      const d = e.PCRApproved.decode(log)
      return { type: 'pcr-approved', pcrHash: d.pcrHash.toLowerCase(), teeType: d.teeType, version: d.version }
    }
    // Both PCRRevoked variants share a name but not a topic; deployments differ in which they emit.
    case REVOKED_TYPED.topic: {
      const d = REVOKED_TYPED.decode(log)
      return { type: 'pcr-revoked', pcrHash: d.pcrHash.toLowerCase(), teeType: d.teeType }
    }
    case REVOKED_LEGACY.topic:
      return { type: 'pcr-revoked', pcrHash: REVOKED_LEGACY.decode(log).pcrHash.toLowerCase(), teeType: null }
    default:
      return undefined
  }
}

/** The teeId a log is about, when it is about one node. */
export function teeIdOf(event: TeeEvent | undefined): string | undefined {
  return event && 'teeId' in event ? event.teeId : undefined
}

export function pcrId(registryAddress: string, pcrHash: string, teeType: number): string {
  return `${registryAddress}-${pcrHash}-${teeType}`
}

/** The registration details only `getTEE(teeId)` returns (the event has owner and type only). */
export interface TeeInfo {
  owner: string
  paymentAddress: string
  endpoint: string
  /** DER SubjectPublicKeyInfo, lowercase hex */
  publicKey: string
  pcrHash: string
  teeType: number
  enabled: boolean
  /** unix seconds */
  registeredAt: number
}

export function getTeeCall(teeId: string): string {
  return registry.functions.getTEE.encode({ teeId })
}

export function decodeTeeInfo(resultHex: string): TeeInfo {
  const r = registry.functions.getTEE.decodeResult(resultHex)
  return {
    owner: r.owner.toLowerCase(),
    paymentAddress: r.paymentAddress.toLowerCase(),
    endpoint: r.endpoint,
    publicKey: r.publicKey.toLowerCase(),
    pcrHash: r.pcrHash.toLowerCase(),
    teeType: r.teeType,
    enabled: r.enabled,
    registeredAt: Number(r.registeredAt),
  }
}

export const heartbeatMaxAgeCall = (): string => registry.functions.heartbeatMaxAge.encode({})

export function decodeHeartbeatMaxAge(resultHex: string): number {
  return Number(registry.functions.heartbeatMaxAge.decodeResult(resultHex))
}

/** getTEE answered, but not with this TEE's key (removed, never registered, or a wrong answer). */
export class TeeKeyMismatch extends Error {}

/**
 * A TEE's id is the keccak of its public key, so the key read at any block, the latest included,
 * is the key it was registered with exactly when it hashes to the id. Anything else (the empty
 * struct of a removed TEE, a node answering for another contract) is refused rather than stored.
 */
export function checkTeeKey(teeId: string, info: TeeInfo): TeeInfo {
  const key = info.publicKey
  if (!/^0x([0-9a-f]{2})+$/.test(key)) throw new TeeKeyMismatch(`getTEE(${teeId}) returned no public key`)
  const hash = keccak256Hex(Buffer.from(key.slice(2), 'hex'))
  if (hash !== teeId.toLowerCase()) throw new TeeKeyMismatch(`getTEE(${teeId}) returned a key hashing to ${hash}`)
  return info
}
