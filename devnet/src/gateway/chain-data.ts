/**
 * Chain data as anvil's JSON-RPC returns it (hex quantities), the form the gateway reads and caches
 * before shaping answers. Only the fields the archive format can carry are named.
 */
import { hexToNumber } from './hex-number'
export interface RpcHeader {
  number: string
  hash: string
  parentHash: string
  timestamp: string
  [field: string]: unknown
}

export interface RpcLog {
  blockNumber: string
  blockHash: string
  logIndex: string
  transactionIndex: string
  transactionHash: string
  address: string
  data: string
  topics: string[]
}

export interface RpcTransaction {
  blockNumber: string
  transactionIndex: string
  hash: string
  from: string
  to: string | null
  input: string
  type?: string
  [field: string]: unknown
}

export interface RpcReceipt {
  transactionHash: string
  [field: string]: unknown
}

/** a JSON-RPC hex quantity as a number (hex-number.ts: without a BigInt when it fits) */
export const num = hexToNumber

/** The first four bytes of the calldata, as the archive's `sighash` ('0x' when there are none). */
export const sighashOf = (input: string): string => (input.length >= 10 ? input.slice(0, 10).toLowerCase() : '0x')
