/** Transactions, blocks and address kinds read from the chains' nodes (api/src/chain), beside what is indexed. */
export const chainTypeDefs = /* GraphQL */ `
"A chain the explorer reads: og (the OpenGradient chain) or base."
enum ChainName {
  og
  base
}

enum ChainTxStatus {
  SUCCESS
  FAILED
  "known to the node but not in a block yet"
  PENDING
}

"What a call's input names by its first four bytes."
type TxMethod {
  "0x and 8 hex digits"
  selector: String!
  "the function's name when one of the explorer's ABIs (or a common ERC-20 or WETH call) has the selector"
  name: String
  signature: String
}

type DecodedLogArg {
  name: String!
  type: String!
  "scalars as text (numbers in decimal, in the token's smallest unit), tuples and arrays as JSON"
  value: String!
  indexed: Boolean!
  "an indexed string, bytes, array or tuple: the log holds only its keccak hash, which value is"
  hashed: Boolean!
}

"A log of a transaction, decoded when its topic0 is an event of one of the explorer's ABIs, else raw."
type ChainLog {
  logIndex: Int!
  address: String!
  "the event's name, null when no ABI of ours has this topic (or the log does not fit it)"
  event: String
  "the ABI that named it, e.g. InferenceSettlementRelay"
  contract: String
  signature: String
  args: [DecodedLogArg!]
  topics: [String!]!
  data: String!
}

"A transaction as the chain's node reports it. Without an RPC URL for the chain only chain, hash and chainReads are set."
type ChainTransaction {
  chain: ChainName!
  hash: String!
  "false: the API has no RPC URL for this chain (API_OG_RPC_URL, API_BASE_RPC_URL); the page shows what is indexed"
  chainReads: Boolean!
  "false: the node answered that it does not know this hash"
  found: Boolean!
  status: ChainTxStatus
  blockNumber: Int
  "blocks from its block to the node's head, its own included"
  confirmations: Int
  timestamp: DateTime
  from: String
  to: String
  "the contract a deployment created"
  createdContract: String
  "native coin sent, wei"
  value: BigInt
  gasUsed: BigInt
  "wei per gas paid"
  effectiveGasPrice: BigInt
  "gasUsed × effectiveGasPrice, wei"
  executionFee: BigInt
  "the L1 data fee an OP-stack receipt (Base) carries, wei; null where there is none"
  l1Fee: BigInt
  "executionFee + l1Fee, wei of the chain's native coin"
  fee: BigInt
  method: TxMethod
  logs: [ChainLog!]!
}

type ChainTxSummary {
  hash: String!
  from: String!
  to: String
  value: BigInt!
  method: TxMethod
  blockNumber: Int!
  timestamp: DateTime
}

type ChainBlock {
  chain: ChainName!
  number: Int!
  "false: no RPC URL for this chain; only number is set"
  chainReads: Boolean!
  hash: String
  parentHash: String
  timestamp: DateTime
  txCount: Int
  gasUsed: BigInt
  gasLimit: BigInt
  "wei per gas; null before EIP-1559"
  baseFeePerGas: BigInt
  "the fee recipient (miner, validator or sequencer)"
  miner: String
  confirmations: Int
  "the block's transactions from txOffset, at most txLimit"
  transactions: [ChainTxSummary!]!
}

type ChainBlockSummary {
  number: Int!
  hash: String!
  timestamp: DateTime!
  txCount: Int!
  gasUsed: BigInt!
  miner: String!
}

type LatestBlocks {
  chain: ChainName!
  chainReads: Boolean!
  "the node's head when read"
  head: Int
  blocks: [ChainBlockSummary!]!
}

type LatestTransactions {
  chain: ChainName!
  chainReads: Boolean!
  head: Int
  "newest first, from the newest blocks (at most 20 blocks are read)"
  transactions: [ChainTxSummary!]!
}

enum AddressKind {
  "has code at the node's head"
  CONTRACT
  "no code (or an EIP-7702 delegation): a key-held account"
  EOA
  "no RPC URL for this chain"
  UNKNOWN
}

type AddressOnChain {
  chain: ChainName!
  chainReads: Boolean!
  kind: AddressKind!
}

type AccountKind {
  address: String!
  chains: [AddressOnChain!]!
  "OPG wei held on Base, from the indexed Account row (the sum of indexed OPG transfers); null when no transfer touched the address"
  opgBalance: BigInt
  "where opgBalance comes from, in words"
  opgBalanceSource: String!
}

"The OPG ERC-20 contract the explorer indexes."
type OpgToken {
  "lowercase address"
  address: String!
  chain: ChainName!
  decimals: Int!
  "where the address comes from (the API's API_OPG_TOKEN_ADDRESS)"
  source: String!
}

extend type Query {
  "The OPG token contract on Base."
  opgToken: OpgToken!
  "A transaction read from the chain's node: status, block, confirmations, fee, method and every log (decoded when it is one of our events)."
  transaction(chain: ChainName!, hash: String!): ChainTransaction!
  "A block read from the chain's node, with a page of its transactions (txLimit at most 100). Null when the node has no such block."
  block(chain: ChainName!, number: Int!, txOffset: Int = 0, txLimit: Int = 25): ChainBlock
  "The newest blocks of a chain, newest first (limit at most 25)."
  latestBlocks(chain: ChainName!, limit: Int = 10): LatestBlocks!
  "The newest transactions of a chain, newest first (limit at most 25)."
  latestTransactions(chain: ChainName!, limit: Int = 10): LatestTransactions!
  "Whether an address is a contract or a key-held account on each chain, and its OPG holdings."
  accountKind(address: String!): AccountKind!
}
`
