/** The JSON-RPC answers the explorer reads (eth_getBlockByNumber, eth_getTransactionByHash, eth_getTransactionReceipt), as hex strings. */

export interface RpcTransaction {
  hash: string
  from: string
  to: string | null
  value: string
  input: string
  blockNumber: string | null
  blockHash: string | null
  transactionIndex: string | null
  gasPrice?: string
}

export interface RpcLog {
  address: string
  topics: string[]
  data: string
  logIndex: string
}

export interface RpcReceipt {
  status?: string
  gasUsed: string
  effectiveGasPrice?: string
  contractAddress: string | null
  blockNumber: string
  logs: RpcLog[]
}

export interface RpcBlock<T = string | RpcTransaction> {
  number: string
  hash: string
  parentHash: string
  timestamp: string
  gasUsed: string
  gasLimit: string
  baseFeePerGas?: string | null
  miner: string
  transactions: T[]
}

export const hexNumber = (hex: string | null | undefined): number | null => (hex == null ? null : Number(BigInt(hex)))
export const hexBigInt = (hex: string | null | undefined): bigint | null => (hex == null ? null : BigInt(hex))
export const toHexQuantity = (n: number): string => `0x${n.toString(16)}`
