/** The spans a TEE node was disabled, read from the registry's TEEDisabled / TEEEnabled logs on the OG chain's node. */
export const teeTypeDefs = /* GraphQL */ `
"A time the node's owner (or a revoked enclave measurement) had the node disabled on the registry."
type TeeDisabledSpan {
  disabledAt: DateTime!
  disabledBlock: Int!
  "null while the node is still disabled at toBlock"
  enabledAt: DateTime
  enabledBlock: Int
}

type TeeDisabledSpans {
  "false when the API has no OG chain node to read: spans is then empty and says nothing"
  chainReads: Boolean!
  "the node's registration block, where the logs were read from"
  fromBlock: Int!
  "the indexed OG head the logs were read up to (the node's head when nothing is indexed)"
  toBlock: Int
  "more lifecycle logs than one answer reads: only the newest were read, so older spans are missing"
  truncated: Boolean!
  spans: [TeeDisabledSpan!]!
}

extend type Query {
  """
  The spans a TEE node was disabled since its registration (TEEDisabled to the next TEEEnabled, the rule uptime uses), read from
  the OG chain's node up to the indexed head, oldest first. Null for an unknown node; id is its teeId (0x and 64 hex digits).
  """
  teeDisabledSpans(id: String!): TeeDisabledSpans
}
`
