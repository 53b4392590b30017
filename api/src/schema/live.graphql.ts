export const liveTypeDefs = /* GraphQL */ `
"An indexed head as the live stream saw it."
type LiveHead {
  chain: String!
  height: Int!
  hash: String!
  "when this API process first saw the head at this height (the processors' status tables keep no block time)"
  observedAt: DateTime!
}

type LiveHeads {
  og: LiveHead
  base: LiveHead
}

"A settlement indexed since the previous push."
type LiveSettlement {
  id: ID!
  kind: SettlementKind!
  txHash: String!
  blockNumber: Int!
  timestamp: DateTime!
  status: VerificationStatus!
  inferenceCount: Int!
  teeId: String
}

"An x402 payment indexed since the previous push."
type LivePayment {
  id: ID!
  txHash: String!
  blockNumber: Int!
  timestamp: DateTime!
  scheme: PaymentScheme!
  payer: String!
  payee: String!
  "OPG wei"
  amount: BigInt!
  amountUsd: BigDecimal!
  teeId: String
}

"One push of the live stream: the indexed heads and the rows indexed since the previous push, newest first."
type LiveEvent {
  heads: LiveHeads!
  "at most API_LIVE_MAX_ROWS; settlementsTruncated says more arrived"
  newSettlements: [LiveSettlement!]!
  newPayments: [LivePayment!]!
  settlementsTruncated: Boolean!
  paymentsTruncated: Boolean!
  "this subscriber read too slowly and earlier pushes were dropped: refetch what you show"
  missed: Boolean!
}

type Subscription {
  """
  Pushed whenever an indexed head moves (first push: the current heads). Over Server-Sent Events:
  GET /graphql?query=subscription{live{…}} with Accept: text/event-stream. One poller per API process
  serves every subscriber; a process holds at most API_LIVE_MAX_SUBSCRIBERS (then OVERLOADED).
  """
  live: LiveEvent!
}
`
