/**
 * Serves the gateway from a dataset on disk (devnet/src/dataset) instead of anvil: the same reads,
 * answered from the chunks covering each range. A dataset holds only final blocks, so it is final up
 * to its height; a dataset still being written grows, and the head is reread from its manifest.
 */
import { DatasetError } from '../dataset/format'
import { DatasetReader } from '../dataset/reader'
import type { RpcHeader, RpcLog, RpcReceipt, RpcTransaction } from './chain-data'
import type { BlockRange, ChainSource } from './chain-source'
import { QueryError } from './query'

export class DatasetChainSource implements ChainSource {
  readonly final = true
  readonly reader: DatasetReader

  constructor(dir: string) {
    this.reader = DatasetReader.open(dir)
  }

  firstBlock(): number {
    return this.reader.manifest.firstBlock
  }

  async head(): Promise<number> {
    return this.reader.refresh().height
  }

  async blockHeaders(numbers: number[]): Promise<Map<number, RpcHeader>> {
    const out = new Map<number, RpcHeader>()
    if (numbers.length === 0) return out
    const sorted = [...numbers].sort((a, b) => a - b)
    // one read of the span: the numbers asked for are the blocks of one answer
    const blocks = await this.reader.blocks(sorted[0], sorted[sorted.length - 1])
    const first = sorted[0]
    for (const n of numbers) out.set(n, blocks[n - first].header)
    return out
  }

  async logs(from: number, to: number, addresses?: string[]): Promise<RpcLog[]> {
    const wanted = addresses && new Set(addresses.map((a) => a.toLowerCase()))
    const out: RpcLog[] = []
    for (const block of await this.reader.blocks(from, to)) for (const log of block.logs) if (!wanted || wanted.has(log.address.toLowerCase())) out.push(log)
    return out
  }

  async blockTransactions(from: number, to: number): Promise<RpcTransaction[]> {
    return (await this.reader.blocks(from, to)).flatMap((b) => b.transactions)
  }

  async transactions(hashes: string[], range: BlockRange): Promise<RpcTransaction[]> {
    if (hashes.length === 0) return []
    const byHash = new Map<string, RpcTransaction>()
    for (const block of await this.reader.blocks(range.from, range.to)) for (const tx of block.transactions) byHash.set(tx.hash, tx)
    return hashes.map((h) => {
      const tx = byHash.get(h)
      if (!tx) throw new DatasetError(`transaction ${h} is not in blocks ${range.from}..${range.to} of the dataset`)
      return tx
    })
  }

  async receipts(hashes: string[], range: BlockRange): Promise<Map<string, RpcReceipt>> {
    const out = new Map<string, RpcReceipt>()
    if (hashes.length === 0) return out
    // a query this dataset cannot answer, as traces are: refused, not answered without the fields
    if (!this.reader.manifest.receipts) throw new QueryError('the query selects receipt fields and this dataset keeps no receipts')
    for (const block of await this.reader.blocks(range.from, range.to)) for (const r of block.receipts ?? []) out.set(r.transactionHash, r)
    for (const h of hashes) if (!out.has(h)) throw new DatasetError(`the receipt of ${h} is not in blocks ${range.from}..${range.to} of the dataset`)
    return out
  }

  async close(): Promise<void> {}
}
