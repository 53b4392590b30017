/** Settlements and inferences: the lists, a settlement with its leaves, one inference and the payments that may have paid for it. */
import type { NodeOf } from '../../api/connection'
import { typed } from '../../api/document'
import type {
  CandidatePaymentsQuery,
  CandidatePaymentsQueryVariables,
  InferenceQuery,
  InferenceQueryVariables,
  InferencesQuery,
  InferencesQueryVariables,
  SettlementQuery,
  SettlementQueryVariables,
  SettlementsQuery,
  SettlementsQueryVariables,
} from '../../generated/graphql'

export const SETTLEMENTS_QUERY = typed<SettlementsQuery, SettlementsQueryVariables>(/* GraphQL */ `
query Settlements($where: SettlementWhereInput, $orderBy: [SettlementOrderByInput!]!, $first: Int!, $after: String) {
  settlementsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id kind status statusReason txHash blockNumber timestamp merkleRoot batchSize teeId
        inferenceCount validSignatures invalidSignatures attempts nextAttemptAt
      }
    }
  }
}`)

export type SettlementRow = NodeOf<SettlementsQuery['settlementsConnection']>

export const INFERENCES_QUERY = typed<InferencesQuery, InferencesQueryVariables>(/* GraphQL */ `
query Inferences($where: InferenceWhereInput, $orderBy: [InferenceOrderByInput!]!, $first: Int!, $after: String) {
  inferencesConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id kind mode status leafIndex teeId inputHash outputHash signatureValid model
        blockNumber timestamp txHash settlement { id inferenceCount }
      }
    }
  }
}`)

export type InferenceRow = NodeOf<InferencesQuery['inferencesConnection']>

export const SETTLEMENT_QUERY = typed<SettlementQuery, SettlementQueryVariables>(/* GraphQL */ `
query Settlement($id: String!, $leafLimit: Int!, $leafOffset: Int!) {
  settlementById(id: $id) {
    id kind relay txHash blockNumber timestamp merkleRoot batchSize blobId teeId ethAddress
    status statusReason attempts nextAttemptAt verifiedAt inferenceCount validSignatures invalidSignatures
    teeNode { id endpoint enabled paymentAddress }
    inferences(orderBy: [leafIndex_ASC], limit: $leafLimit, offset: $leafOffset) {
      id leafIndex teeId inputHash outputHash teeTimestamp signature signatureValid status mode model ethAddress
    }
  }
}`)

export type SettlementDetail = NonNullable<SettlementQuery['settlementById']>
export type LeafRow = SettlementDetail['inferences'][number]

export const INFERENCE_QUERY = typed<InferenceQuery, InferenceQueryVariables>(/* GraphQL */ `
query Inference($id: String!) {
  inferenceById(id: $id) {
    id kind leafIndex teeId inputHash outputHash teeTimestamp signature signatureValid status mode model
    ethAddress blockNumber timestamp txHash
    teeNode { id endpoint enabled paymentAddress owner }
    settlement { id kind merkleRoot batchSize blobId status statusReason inferenceCount relay attempts nextAttemptAt validSignatures invalidSignatures }
  }
}`)

export type InferenceDetail = NonNullable<InferenceQuery['inferenceById']>

/**
 * The chain does not link an x402 payment to the inference it paid for. The closest thing it
 * records: the same wallet paying the same TEE node at or before the settlement. Shown as such.
 */
export const CANDIDATE_PAYMENTS_QUERY = typed<CandidatePaymentsQuery, CandidatePaymentsQueryVariables>(/* GraphQL */ `
query CandidatePayments($payer: String!, $teeId: String!, $before: DateTime!) {
  payments(where: { payer: { id_eq: $payer }, teeId_eq: $teeId, timestamp_lte: $before }, orderBy: [timestamp_DESC], limit: 3) {
    id txHash blockNumber timestamp amount amountUsd scheme
  }
}`)

export type CandidatePayment = CandidatePaymentsQuery['payments'][number]
