/**
 * Records a chain, read over JSON-RPC, into a dataset (format.ts): the small-scale reference a
 * synthetic dataset is compared with, and a way to serve a devnet's history without its anvil.
 * Blocks are read in batches (full blocks, their logs by one eth_getLogs, their receipts by
 * eth_getBlockReceipts) and appended in order; only blocks up to `to` are read, and the caller
 * picks a `to` that is final.
 */
import { JsonRpcClient } from '../chain/rpc'
import { num, type RpcHeader, type RpcLog, type RpcReceipt, type RpcTransaction } from '../gateway/chain-data'
import { DatasetError, type DatasetManifest } from './format'
import { DatasetWriter, type DatasetWriterOptions } from './writer'

const BATCH_BLOCKS = 100
const hex = (n: number) => `0x${n.toString(16)}`

export interface RecordProgress {
  /** the last block written */
  block: number
  to: number
  blocks: number
  logs: number
  transactions: number
  seconds: number
}

export interface RecordOptions extends Partial<Pick<DatasetWriterOptions, 'chunkBlocks' | 'chunkItems' | 'gzipLevel' | 'overwrite'>> {
  /** first block (default 0) */
  from?: number
  /** last block (default: the chain's head when the recording starts) */
  to?: number
  /** keep receipts (default true) */
  receipts?: boolean
  /** called after each batch of blocks */
  onProgress?: (progress: RecordProgress) => void
}

export async function recordDataset(rpcUrl: string, dir: string, options: RecordOptions = {}): Promise<DatasetManifest> {
  const rpc = new JsonRpcClient(rpcUrl)
  try {
    const [chainIdHex, genesis, headHex] = await rpc.batch<any>([
      { method: 'eth_chainId', params: [] },
      { method: 'eth_getBlockByNumber', params: ['0x0', false] },
      { method: 'eth_blockNumber', params: [] },
    ])
    const from = options.from ?? 0
    const to = options.to ?? num(headHex)
    if (to < from) throw new DatasetError(`nothing to record: block ${to} is below block ${from}`)
    if (to > num(headHex)) throw new DatasetError(`block ${to} is above the chain's head ${num(headHex)}`)
    const receipts = options.receipts ?? true
    const writer = await DatasetWriter.create(dir, {
      chainId: num(chainIdHex),
      genesisHash: genesis.hash,
      firstBlock: from,
      receipts,
      chunkBlocks: options.chunkBlocks,
      chunkItems: options.chunkItems,
      gzipLevel: options.gzipLevel,
      overwrite: options.overwrite,
    })
    const started = Date.now()
    const totals = { blocks: 0, logs: 0, transactions: 0 }
    for (let start = from; start <= to; start += BATCH_BLOCKS) {
      const end = Math.min(to, start + BATCH_BLOCKS - 1)
      const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i)
      const [blocks, logs, blockReceipts] = await Promise.all([
        rpc.batch<(RpcHeader & { transactions: RpcTransaction[] }) | null>(numbers.map((n) => ({ method: 'eth_getBlockByNumber', params: [hex(n), true] }))),
        rpc.call<(RpcLog & { removed?: boolean })[]>('eth_getLogs', [{ fromBlock: hex(start), toBlock: hex(end) }]),
        receipts ? rpc.batch<RpcReceipt[] | null>(numbers.map((n) => ({ method: 'eth_getBlockReceipts', params: [hex(n)] }))) : undefined,
      ])
      const logsOf = new Map<string, RpcLog[]>()
      for (const log of logs) {
        if (log.removed) continue
        const list = logsOf.get(log.blockHash)
        if (list) list.push(log)
        else logsOf.set(log.blockHash, [log])
      }
      for (const [i, block] of blocks.entries()) {
        // a block gone, or logs of another block with this number: the chain moved while we read it
        if (!block) throw new DatasetError(`block ${numbers[i]} is not on the chain`)
        const { transactions, ...header } = block
        const blockLogs = logsOf.get(block.hash) ?? []
        logsOf.delete(block.hash)
        const blockReceipts_ = blockReceipts?.[i]
        if (receipts && (!blockReceipts_ || blockReceipts_.length !== transactions.length))
          throw new DatasetError(`block ${numbers[i]}: ${blockReceipts_?.length ?? 'no'} receipts for ${transactions.length} transactions`)
        await writer.append({ header: header as RpcHeader, transactions, logs: blockLogs, receipts: blockReceipts_ ?? undefined })
        totals.blocks++
        totals.logs += blockLogs.length
        totals.transactions += transactions.length
      }
      if (logsOf.size > 0) throw new DatasetError(`blocks ${start}..${end} changed while they were read (logs of other block hashes)`)
      options.onProgress?.({ block: end, to, ...totals, seconds: (Date.now() - started) / 1000 })
    }
    return await writer.finish()
  } finally {
    await rpc.close()
  }
}
