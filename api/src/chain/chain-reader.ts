import type { Chain } from '@og-explorer/common'
import { Lru } from './lru'
import { RpcClient, type RpcClientOptions } from './rpc-client'
import { hexNumber, toHexQuantity, type RpcBlock, type RpcReceipt, type RpcTransaction } from './rpc-types'

export interface ChainReaderOptions extends Omit<RpcClientOptions, 'url'> {
  /** answers held in the LRU (blocks, transactions and receipts together) */
  cacheEntries: number
  /** blocks this far below the head are taken as final and their answers cached */
  cacheDepth: number
  /** how long one eth_blockNumber answer is reused */
  headTtlMs: number
}

/**
 * One chain read over JSON-RPC, for pages the index cannot draw alone (a transaction's receipt and logs, a block).
 * Answers about blocks at least `cacheDepth` below the head are cached: a reorg cannot reach them, so they never change.
 */
export class ChainReader {
  readonly client: RpcClient
  private readonly cache: Lru<string, unknown>
  private headAnswer: { at: number; value: Promise<number> } | undefined

  constructor(
    readonly chain: Chain,
    url: string,
    readonly options: ChainReaderOptions,
  ) {
    this.client = new RpcClient({ ...options, url })
    this.cache = new Lru(options.cacheEntries)
  }

  /** the node's newest block, shared by every caller within headTtlMs */
  head(): Promise<number> {
    const now = Date.now()
    if (!this.headAnswer || now - this.headAnswer.at > this.options.headTtlMs) {
      const value = this.client.call<string>('eth_blockNumber').then((h) => hexNumber(h) as number)
      // a failed read is not reused: the next caller asks again
      value.catch(() => {
        if (this.headAnswer?.value === value) this.headAnswer = undefined
      })
      this.headAnswer = { at: now, value }
    }
    return this.headAnswer.value
  }

  private async cached<T>(key: string, read: () => Promise<T>, isFinal: (value: T) => Promise<boolean>): Promise<T> {
    const hit = this.cache.get(key)
    if (hit !== undefined) return hit as T
    const value = await read()
    if (value !== null && (await isFinal(value))) this.cache.set(key, value)
    return value
  }

  private async deep(blockNumber: number | null): Promise<boolean> {
    return blockNumber !== null && blockNumber <= (await this.head()) - this.options.cacheDepth
  }

  block(number: number, withTransactions: true): Promise<RpcBlock<RpcTransaction> | null>
  block(number: number, withTransactions: false): Promise<RpcBlock<string> | null>
  block(number: number, withTransactions: boolean): Promise<RpcBlock | null> {
    return this.cached(
      `block:${number}:${withTransactions}`,
      () => this.client.call<RpcBlock | null>('eth_getBlockByNumber', [toHexQuantity(number), withTransactions]),
      () => this.deep(number),
    )
  }

  transaction(hash: string): Promise<RpcTransaction | null> {
    return this.cached(
      `tx:${hash}`,
      () => this.client.call<RpcTransaction | null>('eth_getTransactionByHash', [hash]),
      (tx) => this.deep(hexNumber(tx?.blockNumber)),
    )
  }

  receipt(hash: string): Promise<RpcReceipt | null> {
    return this.cached(
      `receipt:${hash}`,
      () => this.client.call<RpcReceipt | null>('eth_getTransactionReceipt', [hash]),
      (r) => this.deep(hexNumber(r?.blockNumber)),
    )
  }

  /** deployed code at the head ("0x" for an account without code) */
  code(address: string): Promise<string> {
    return this.client.call<string>('eth_getCode', [address, 'latest'])
  }
}

/** The chains the API may read, null where no RPC URL was configured. */
export type ChainReaders = Record<Chain, ChainReader | null>
