/** Verify it yourself: one inference's proof, declared against expanded inferences, and the batches a search cannot see into. */
export const proofsTypeDefs = /* GraphQL */ `
"Everything needed to re-check one inference with public tools, without trusting this explorer."
type InferenceProof {
  inferenceId: String!
  settlementId: String!
  settlementKind: SettlementKind!
  "position of the leaf in the Merkle dump's values (0 for a single settlement)"
  leafIndex: Int!
  "leaves of the batch the indexer stored"
  leafCount: Int!
  "where the path was rebuilt from: INDEXED_LEAVES (the batch's Inference rows, as the indexer expanded them from the blob; the API does not read Walrus) or NONE"
  pathSource: String!
  "abi.encode(bytes32 teeId, bytes32 inputHash, bytes32 outputHash, bytes signature, uint256 timestamp)"
  leafEncoded: String
  "keccak256(keccak256(leafEncoded)), the OpenZeppelin StandardMerkleTree leaf"
  leafHash: String
  "sibling hashes from the leaf up to the root; each step hashes the sorted pair"
  proof: [String!]
  "the root the stored leaves rebuild"
  rebuiltRoot: String
  "the root the BatchSettlement event carries"
  onChainRoot: String
  rootMatches: Boolean
  blobId: String
  "the blob on the Walrus aggregator the indexer reads (BLOB_STORE_URL); null when none is configured"
  blobUrl: String
  teeId: String
  "the 96 bytes whose keccak256 the enclave signed: inputHash ‖ outputHash ‖ uint256 timestamp"
  signedMessage: String
  messageHash: String
  "RSA-PSS (SHA-256, MGF1-SHA256, salt 32) over messageHash"
  signature: String
  "the enclave's signing key as registered on chain: DER SubjectPublicKeyInfo, hex"
  publicKey: String
  "keccak256(publicKey) equals teeId"
  keyMatchesTeeId: Boolean
  "the enclave measurement the TEE registered with"
  pcrHash: String
  "a Node script (viem and node:crypto) that re-checks the key, the leaf, the root and the signature and prints valid or INVALID"
  script: String
  "why a part could not be given, in words"
  notes: [String!]!
}

"Inferences the chain declares against the Inference rows the indexer expanded, and the difference by cause."
type SettledInferences {
  "each batch's declared batchSize plus one per other settlement (the overview's inferences settled)"
  declared: Float!
  "Inference rows"
  expanded: Float!
  "declared − expanded"
  notExpanded: Float!
  "batches whose blob could not be read or did not prove them (missing, expired, corrupt, unreadable blob id)"
  unreadableBatches: Int!
  inUnreadableBatches: Int!
  "batches still waiting for their blob"
  pendingBatches: Int!
  inPendingBatches: Int!
  "v0 batches: a root without a blob"
  legacyBatches: Int!
  inLegacyBatches: Int!
}

"A batch settlement whose declared leaves are not indexed."
type UnexpandedBatch {
  id: String!
  kind: SettlementKind!
  status: VerificationStatus!
  statusReason: String
  batchSize: Int!
  attempts: Int!
  blockNumber: Int!
  timestamp: DateTime!
}

type UnexpandedBatches {
  "batches whose leaves are not indexed, so a search cannot find an inference inside them"
  count: Int!
  "inferences they declare"
  inferences: Int!
  "the batch the query names (an inference id <txHash>-<logIndex>-<leaf>, or a settlement id), when it is one of them"
  match: UnexpandedBatch
  "latest first"
  batches: [UnexpandedBatch!]!
}

extend type Query {
  "One inference's proof: blob, Merkle path, signed message, enclave key and PCR, and a script that re-checks them. Null when no such inference is indexed."
  inferenceProof(id: String!): InferenceProof
  "Declared against expanded inferences, all time."
  settledInferences: SettledInferences!
  "Batch settlements whose leaves are not indexed (blob missing, expired, corrupt or pending; legacy batches), for a search that found nothing. limit 1..50."
  unexpandedBatches(q: String, limit: Int! = 10): UnexpandedBatches!
}
`
