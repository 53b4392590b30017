/**
 * What the gateway server reads a chain through: anvil over JSON-RPC (source.ts) or a dataset on
 * disk (dataset-source.ts). Every method reads final data of blocks up to head(); `range` tells a
 * source that stores blocks by number where the hashes it is asked for live.
 */
import type { RpcHeader, RpcLog, RpcReceipt, RpcTransaction } from './chain-data'

export interface BlockRange {
  from: number
  to: number
}

export interface ChainSource {
  /**
   * True when every block up to head() is final (a recorded dataset): the gateway then serves up to
   * the head unless it is given a finality lag explicitly.
   */
  readonly final: boolean
  /** the first block the source holds (0 for a chain) */
  firstBlock(): number
  /** the last block the source holds */
  head(): Promise<number>
  blockHeaders(numbers: number[]): Promise<Map<number, RpcHeader>>
  /** the logs of blocks from..to, only those of `addresses` when given */
  logs(from: number, to: number, addresses?: string[]): Promise<RpcLog[]>
  /** every transaction of blocks from..to */
  blockTransactions(from: number, to: number): Promise<RpcTransaction[]>
  /** the transactions with these hashes, all in blocks of `range` */
  transactions(hashes: string[], range: BlockRange): Promise<RpcTransaction[]>
  /** the receipts of these transactions, all in blocks of `range` */
  receipts(hashes: string[], range: BlockRange): Promise<Map<string, RpcReceipt>>
  close(): Promise<void>
}

/** the chain moved under a query (a rewind); the client retries a 503 */
export class ChainChangedError extends Error {}
