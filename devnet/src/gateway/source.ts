/**
 * Reads what the gateway serves from the devnet's anvil over JSON-RPC. Headers are cached (every
 * answer needs them and they are small); logs and transactions are read per query with the filter
 * pushed into eth_getLogs where it can be, as a worker reads only the columns a query touches.
 *
 * The devnet can be rewound (the fault suite reverts snapshots to make reorgs), so the cache is
 * checked against the chain on every read of the head: if the block at the last head seen has
 * changed or gone, everything cached is dropped.
 */
import { JsonRpcClient } from '../chain/rpc'
import { num, type RpcHeader, type RpcLog, type RpcReceipt, type RpcTransaction } from './chain-data'
import { ChainChangedError, type BlockRange, type ChainSource } from './chain-source'

const BATCH = 100
const hex = (n: number) => `0x${n.toString(16)}`

export { ChainChangedError }

export class AnvilChainSource implements ChainSource {
  /** the head moves and can be reorganised: the gateway keeps its finality lag below it */
  readonly final = false
  private readonly rpc: JsonRpcClient
  private readonly headers = new Map<number, RpcHeader>()
  private tip: { number: number; hash: string } | undefined

  constructor(rpcUrl: string) {
    this.rpc = new JsonRpcClient(rpcUrl)
  }

  firstBlock(): number {
    return 0
  }

  /** the chain's head block number, after dropping the cache if the chain was rewound */
  async head(): Promise<number> {
    const latest = await this.rpc.call<RpcHeader>('eth_getBlockByNumber', ['latest', false])
    const latestNumber = num(latest.number)
    if (this.tip) {
      const atTip =
        latestNumber === this.tip.number
          ? latest
          : latestNumber > this.tip.number
            ? await this.rpc.call<RpcHeader | null>('eth_getBlockByNumber', [hex(this.tip.number), false])
            : null
      if (atTip?.hash !== this.tip.hash) this.headers.clear()
    }
    this.tip = { number: latestNumber, hash: latest.hash }
    return latestNumber
  }

  async blockHeaders(numbers: number[]): Promise<Map<number, RpcHeader>> {
    const missing = numbers.filter((n) => !this.headers.has(n))
    for (let i = 0; i < missing.length; i += BATCH) {
      const part = missing.slice(i, i + BATCH)
      const blocks = await this.rpc.batch<RpcHeader | null>(part.map((n) => ({ method: 'eth_getBlockByNumber', params: [hex(n), false] })))
      blocks.forEach((b, j) => {
        if (!b) throw new ChainChangedError(`block ${part[j]} is not on the chain`)
        this.remember(b)
      })
    }
    return new Map(numbers.map((n) => [n, this.headers.get(n)!]))
  }

  async logs(from: number, to: number, addresses?: string[]): Promise<RpcLog[]> {
    const filter: Record<string, unknown> = { fromBlock: hex(from), toBlock: hex(to) }
    if (addresses) filter.address = addresses
    const logs = await this.rpc.call<(RpcLog & { removed?: boolean })[]>('eth_getLogs', [filter])
    return logs.filter((l) => !l.removed)
  }

  /** every transaction of blocks from..to (full blocks; their headers are cached on the way) */
  async blockTransactions(from: number, to: number): Promise<RpcTransaction[]> {
    const out: RpcTransaction[] = []
    for (let start = from; start <= to; start += BATCH) {
      const numbers = Array.from({ length: Math.min(BATCH, to - start + 1) }, (_, i) => start + i)
      const blocks = await this.rpc.batch<(RpcHeader & { transactions: RpcTransaction[] }) | null>(
        numbers.map((n) => ({ method: 'eth_getBlockByNumber', params: [hex(n), true] })),
      )
      blocks.forEach((b, j) => {
        if (!b) throw new ChainChangedError(`block ${numbers[j]} is not on the chain`)
        this.remember(b)
        out.push(...b.transactions)
      })
    }
    return out
  }

  async transactions(hashes: string[]): Promise<RpcTransaction[]> {
    return this.byHash<RpcTransaction>('eth_getTransactionByHash', hashes)
  }

  /**
   * The receipts of these transactions: by hash when they are few, else whole blocks' receipts
   * (eth_getBlockReceipts), one call per block instead of one per transaction.
   */
  async receipts(hashes: string[], range?: BlockRange): Promise<Map<string, RpcReceipt>> {
    if (!range || hashes.length <= range.to - range.from + 1) {
      const receipts = await this.byHash<RpcReceipt>('eth_getTransactionReceipt', hashes)
      return new Map(receipts.map((r) => [r.transactionHash, r]))
    }
    const wanted = new Set(hashes)
    const out = new Map<string, RpcReceipt>()
    for (let start = range.from; start <= range.to; start += BATCH) {
      const numbers = Array.from({ length: Math.min(BATCH, range.to - start + 1) }, (_, i) => start + i)
      const blocks = await this.rpc.batch<RpcReceipt[] | null>(numbers.map((n) => ({ method: 'eth_getBlockReceipts', params: [hex(n)] })))
      blocks.forEach((receipts, j) => {
        if (!receipts) throw new ChainChangedError(`block ${numbers[j]} is not on the chain`)
        for (const r of receipts) if (wanted.has(r.transactionHash)) out.set(r.transactionHash, r)
      })
    }
    for (const h of hashes) if (!out.has(h)) throw new ChainChangedError(`eth_getBlockReceipts: ${h} is not in blocks ${range.from}..${range.to}`)
    return out
  }

  private async byHash<T>(method: string, hashes: string[]): Promise<T[]> {
    const out: T[] = []
    for (let i = 0; i < hashes.length; i += BATCH) {
      const part = hashes.slice(i, i + BATCH)
      const results = await this.rpc.batch<T | null>(part.map((h) => ({ method, params: [h] })))
      results.forEach((r, j) => {
        if (!r) throw new ChainChangedError(`${method} ${part[j]}: not on the chain`)
        out.push(r)
      })
    }
    return out
  }

  /** keeps the header without its transaction list, which no header field needs */
  private remember(block: RpcHeader): void {
    const { transactions: _, ...header } = block
    this.headers.set(num(header.number), header as RpcHeader)
  }

  async close(): Promise<void> {
    await this.rpc.close()
  }
}
