export const statusTypeDefs = /* GraphQL */ `
"The last block a chain's processor has written (finalized or hot)."
type ChainHead {
  chain: String!
  height: Int!
  hash: String!
}

type SquidStatus {
  "the lower of the two chains' heights (null until both have indexed a block)"
  height: Int
  og: ChainHead
  base: ChainHead
}

extend type Query {
  "Indexing progress per chain (OpenReader's squidStatus, with one head per chain). Every response also carries these heads in extensions.indexedHeads."
  squidStatus: SquidStatus!
  "The same as squidStatus, under The Graph's name."
  _meta: SquidStatus!
}
`
