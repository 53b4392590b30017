import { ROUTES } from '../search/routes'

export const searchTypeDefs = /* GraphQL */ `
"What a search hit is; route tells the web page to link to."
enum SearchHitKind {
${Object.keys(ROUTES)
  .map((k) => `  ${k}`)
  .join('\n')}
}

type SearchHit {
  kind: SearchHitKind!
  "the entity id (a tx hash for TRANSACTION, an address for ACCOUNT, VALIDATOR and DELEGATOR)"
  id: String!
  label: String!
  "the explorer page for the hit, e.g. /settlements/<id>"
  route: String!
  "og or base, where the kind lives on one chain"
  chain: String
}

type SearchResult {
  query: String!
  "what the query looked like: hash, address, eventId, blobId, blockNumber, prefix (the start of a hex id, or an id as lists shorten it: 0x2588…-6) or text"
  shape: String!
  hits: [SearchHit!]!
}

extend type Query {
  "One box for everything: a tx hash, address, settlement or inference id, merkle root, TEE id, input or output hash, PCR hash, blob id, block number, validator moniker or account label. Hex ids may omit 0x; the start of an id (at least 4 hex digits) or an id as lists shorten it (0x2588…-6) returns suggestions. At most 10 hits per kind."
  search(q: String!): SearchResult!
}
`
