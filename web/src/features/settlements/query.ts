/** Settlements and inferences: lists with filters, a settlement with its leaves, one inference. */
import { DAY_MS } from '../lib/range'

export const SETTLEMENT_KINDS = ['BATCH', 'INDIVIDUAL', 'LEGACY_SINGLE', 'LEGACY_BATCH', 'LEGACY_METADATA', 'HUB'] as const
export const VERIFICATION_STATUSES = ['VERIFIED', 'PARTIAL', 'INVALID', 'MISSING', 'PENDING', 'UNVERIFIABLE', 'EXPIRED'] as const
export const INFERENCE_MODES = ['TEE', 'ZKML', 'VANILLA', 'UNKNOWN'] as const

export interface ListFilters {
  kind: string
  status: string
  tee: string
  /** YYYY-MM-DD, inclusive, UTC */
  from: string
  /** YYYY-MM-DD, inclusive, UTC */
  to: string
  mode?: string
}

export type Where = Record<string, unknown>

/** The OpenReader `where` for a list's filters; an empty filter is left out. */
export function filtersToWhere(f: ListFilters): Where {
  const where: Where = {}
  if (f.kind) where.kind_eq = f.kind
  if (f.status) where.status_eq = f.status
  if (f.mode) where.mode_eq = f.mode
  if (f.tee) where.teeId_eq = f.tee.trim().toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.from)) where.timestamp_gte = `${f.from}T00:00:00.000Z`
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.to)) where.timestamp_lt = new Date(Date.parse(`${f.to}T00:00:00.000Z`) + DAY_MS).toISOString()
  return where
}

// ---------------------------------------------------------------- settlement list

export const SETTLEMENTS_QUERY = /* GraphQL */ `
query Settlements($where: SettlementWhereInput, $orderBy: [SettlementOrderByInput!]!, $first: Int!, $after: String) {
  settlementsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id kind status statusReason txHash blockNumber timestamp merkleRoot batchSize teeId
        inferenceCount validSignatures invalidSignatures
      }
    }
  }
}`

export interface SettlementRow {
  id: string
  kind: string
  status: string
  statusReason: string | null
  txHash: string
  blockNumber: number
  timestamp: string
  merkleRoot: string | null
  batchSize: number | null
  teeId: string | null
  inferenceCount: number
  validSignatures: number
  invalidSignatures: number
}

export interface Connection<T> {
  totalCount: number
  pageInfo: { hasNextPage: boolean }
  edges: Array<{ node: T }>
}

export interface Page<T> {
  rows: T[]
  total: number
  hasNext: boolean
}

export function pageOf<T>(c: Connection<T>): Page<T> {
  return { rows: c.edges.map((e) => e.node), total: c.totalCount, hasNext: c.pageInfo.hasNextPage }
}

/** Connection arguments for page N (1-based): the API's cursors are offsets. */
export function pageArgs(page: number, pageSize: number): { first: number; after: string | null } {
  return { first: pageSize, after: page > 1 ? String((page - 1) * pageSize) : null }
}

// ---------------------------------------------------------------- inference list

export const INFERENCES_QUERY = /* GraphQL */ `
query Inferences($where: InferenceWhereInput, $orderBy: [InferenceOrderByInput!]!, $first: Int!, $after: String) {
  inferencesConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id kind mode status leafIndex teeId inputHash outputHash signatureValid model
        blockNumber timestamp txHash settlement { id }
      }
    }
  }
}`

export interface InferenceRow {
  id: string
  kind: string
  mode: string
  status: string
  leafIndex: number
  teeId: string | null
  inputHash: string | null
  outputHash: string | null
  signatureValid: boolean | null
  model: string | null
  blockNumber: number
  timestamp: string
  txHash: string
  settlement: { id: string }
}

// ---------------------------------------------------------------- one settlement and its leaves

export const SETTLEMENT_QUERY = /* GraphQL */ `
query Settlement($id: String!, $leafLimit: Int!, $leafOffset: Int!) {
  settlementById(id: $id) {
    id kind relay txHash blockNumber timestamp merkleRoot batchSize blobId teeId ethAddress
    status statusReason attempts verifiedAt inferenceCount validSignatures invalidSignatures
    teeNode { id endpoint enabled paymentAddress }
    inferences(orderBy: [leafIndex_ASC], limit: $leafLimit, offset: $leafOffset) {
      id leafIndex teeId inputHash outputHash teeTimestamp signature signatureValid status mode model ethAddress
    }
  }
}`

export interface LeafRow {
  id: string
  leafIndex: number
  teeId: string | null
  inputHash: string | null
  outputHash: string | null
  teeTimestamp: string | null
  signature: string | null
  signatureValid: boolean | null
  status: string
  mode: string
  model: string | null
  ethAddress: string | null
}

export interface SettlementDetail {
  id: string
  kind: string
  relay: string
  txHash: string
  blockNumber: number
  timestamp: string
  merkleRoot: string | null
  batchSize: number | null
  blobId: string | null
  teeId: string | null
  ethAddress: string | null
  status: string
  statusReason: string | null
  attempts: number
  verifiedAt: string | null
  inferenceCount: number
  validSignatures: number
  invalidSignatures: number
  teeNode: { id: string; endpoint: string | null; enabled: boolean; paymentAddress: string | null } | null
  inferences: LeafRow[]
}

export interface SettlementWire {
  settlementById: SettlementDetail | null
}

// ---------------------------------------------------------------- one inference

export const INFERENCE_QUERY = /* GraphQL */ `
query Inference($id: String!) {
  inferenceById(id: $id) {
    id kind leafIndex teeId inputHash outputHash teeTimestamp signature signatureValid status mode model
    ethAddress blockNumber timestamp txHash
    teeNode { id endpoint enabled paymentAddress owner }
    settlement { id kind merkleRoot batchSize blobId status statusReason inferenceCount relay }
  }
}`

export interface InferenceDetail {
  id: string
  kind: string
  leafIndex: number
  teeId: string | null
  inputHash: string | null
  outputHash: string | null
  teeTimestamp: string | null
  signature: string | null
  signatureValid: boolean | null
  status: string
  mode: string
  model: string | null
  ethAddress: string | null
  blockNumber: number
  timestamp: string
  txHash: string
  teeNode: { id: string; endpoint: string | null; enabled: boolean; paymentAddress: string | null; owner: string } | null
  settlement: { id: string; kind: string; merkleRoot: string | null; batchSize: number | null; blobId: string | null; status: string; statusReason: string | null; inferenceCount: number; relay: string }
}

export interface InferenceWire {
  inferenceById: InferenceDetail | null
}

/**
 * The chain does not link an x402 payment to the inference it paid for. The closest thing it
 * records: the same wallet paying the same TEE node at or before the settlement. Shown as such.
 */
export const CANDIDATE_PAYMENTS_QUERY = /* GraphQL */ `
query CandidatePayments($payer: String!, $teeId: String!, $before: DateTime!) {
  payments(where: { payer: { id_eq: $payer }, teeId_eq: $teeId, timestamp_lte: $before }, orderBy: [timestamp_DESC], limit: 3) {
    id txHash blockNumber timestamp amount amountUsd scheme
  }
}`

export interface CandidatePayment {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  amount: string
  amountUsd: string
  scheme: string
}

export interface CandidatePaymentsWire {
  payments: CandidatePayment[]
}
