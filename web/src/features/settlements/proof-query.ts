/** Verify it yourself: one inference's proof, and declared against expanded inferences. */
import { typed } from '../../api/document'
import type {
  InferenceProofQuery,
  InferenceProofQueryVariables,
  SettledInferencesQuery,
  SettledInferencesQueryVariables,
  UnexpandedBatchesQuery,
  UnexpandedBatchesQueryVariables,
} from '../../generated/graphql'

export const INFERENCE_PROOF_QUERY = typed<InferenceProofQuery, InferenceProofQueryVariables>(/* GraphQL */ `
query InferenceProof($id: String!) {
  inferenceProof(id: $id) {
    inferenceId settlementId settlementKind leafIndex leafCount pathSource leafEncoded leafHash proof rebuiltRoot
    onChainRoot rootMatches blobId blobUrl teeId signedMessage messageHash signature publicKey keyMatchesTeeId pcrHash
    script notes
  }
}`)

export type InferenceProofData = NonNullable<InferenceProofQuery['inferenceProof']>

export const SETTLED_INFERENCES_QUERY = typed<SettledInferencesQuery, SettledInferencesQueryVariables>(/* GraphQL */ `
query SettledInferences {
  settledInferences {
    declared expanded notExpanded unreadableBatches inUnreadableBatches pendingBatches inPendingBatches legacyBatches inLegacyBatches
  }
}`)

export type SettledInferencesData = SettledInferencesQuery['settledInferences']

export const UNEXPANDED_BATCHES_QUERY = typed<UnexpandedBatchesQuery, UnexpandedBatchesQueryVariables>(/* GraphQL */ `
query UnexpandedBatches($q: String, $limit: Int!) {
  unexpandedBatches(q: $q, limit: $limit) {
    count inferences
    match { id kind status statusReason batchSize attempts blockNumber timestamp }
    batches { id kind status statusReason batchSize attempts blockNumber timestamp }
  }
}`)
