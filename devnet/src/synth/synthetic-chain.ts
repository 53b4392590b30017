/**
 * The second executor of the simulator's plan (sim/context.ts, SimChain): a chain without anvil. Each
 * mined block's transactions run on an in-memory contract model (base-model.ts for Base, og-model.ts
 * for OG) and the block is appended, in JSON-RPC form, to a block sink (a DatasetWriter).
 *
 * What matches anvil exactly: block numbers and timestamps, which transactions each block holds and
 * in what order (sender, nonce, target, calldata), every log (address, topics, data, log index,
 * transaction index) and the receipts' status and created contract. What cannot match without
 * executing the EVM and its state trie, and is derived instead: block, transaction, state,
 * transactions and receipts root hashes (sha256 of what identifies each, so they are stable per
 * seed and parent links stay valid), gas used (the intrinsic cost plus a log cost, an estimate),
 * block size and the logs bloom (left out: nothing the explorer reads selects them).
 */
import { createHash } from 'node:crypto'
import type { Hex, MinedBlock, TxRequest } from '../chain/chain-writer'
import type { RpcCall } from '../chain/rpc'
import type { DatasetBlock } from '../dataset/format'
import type { RpcLog, RpcReceipt, RpcTransaction } from '../gateway/chain-data'
import type { SimChain, StateReader } from '../sim/context'
import type { ModelLog, ModelTx, TxOutcome } from './base-model'

const DEFAULT_GAS = 5_000_000n
/** the devnet runs anvil with --disable-block-gas-limit, which reports the largest u64 */
const BLOCK_GAS_LIMIT = '0xffffffffffffffff'
const EMPTY_UNCLES = '0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347'
const ZERO_32 = `0x${'00'.repeat(32)}`
const hex = (n: number | bigint) => `0x${n.toString(16)}`

export interface BlockSink {
  append(block: DatasetBlock): Promise<void>
}

/** What executes a block's transactions: a chain's contracts in memory. */
export interface ChainModel {
  execute(tx: ModelTx, timestamp: bigint, block: number): TxOutcome
  /** answers the plan's eth_call reads */
  call(to: string, data: string): string
}

export interface ChainPoint {
  number: number
  hash: string
  timestamp: number
}

function digest(...parts: (string | number)[]): string {
  return `0x${createHash('sha256').update(parts.join('|')).digest('hex')}`
}

/** intrinsic gas of the calldata plus the log cost: an estimate (no EVM runs), stable per transaction */
function estimateGas(data: string, creation: boolean, logs: ModelLog[]): bigint {
  let gas = 21_000 + (creation ? 32_000 : 0)
  for (let i = 2; i < data.length; i += 2) gas += data[i] === '0' && data[i + 1] === '0' ? 4 : 16
  for (const log of logs) gas += 375 + 375 * log.topics.length + 8 * ((log.data.length - 2) / 2) + 5_000
  return BigInt(gas)
}

export class SyntheticChain implements SimChain {
  private pending: (TxRequest | Promise<TxRequest>)[] = []
  private readonly nonces = new Map<string, number>()
  readonly eventCounts = new Map<string, number>()
  txCount = 0
  blockCount = 0
  lastTimestamp: number
  head: MinedBlock | undefined
  /** logs written so far, for progress lines */
  logCount = 0
  readonly rpc: StateReader
  private readonly v: string

  constructor(
    readonly name: string,
    private readonly model: ChainModel,
    private readonly sink: BlockSink,
    private readonly chainId: number,
    start: ChainPoint,
    /** transaction count of every sender before `start` (from the deployment blocks) */
    nonces: Map<string, number>,
    private readonly topicNames: ReadonlyMap<string, string>,
  ) {
    for (const [address, nonce] of nonces) this.nonces.set(address.toLowerCase(), nonce)
    this.v = hex(BigInt(chainId) * 2n + 35n)
    this.lastTimestamp = start.timestamp
    this.head = { number: start.number, hash: start.hash as Hex, timestamp: start.timestamp, stateRoot: ZERO_32 as Hex, txHashes: [], receipts: [] }
    const call = async (method: string, params: unknown[] = []): Promise<any> => {
      if (method === 'eth_call') {
        const [request] = params as [{ to: string; data: string }]
        return this.model.call(request.to, request.data)
      }
      throw new Error(`synthetic ${name} answers eth_call only, not ${method}`)
    }
    this.rpc = { call, batch: (calls: RpcCall[]) => Promise.all(calls.map((c) => call(c.method, c.params))) }
  }

  get pendingCount(): number {
    return this.pending.length
  }

  resetCounters(): void {
    this.eventCounts.clear()
    this.txCount = 0
    this.blockCount = 0
  }

  send(tx: TxRequest | Promise<TxRequest>): void {
    this.pending.push(tx)
  }

  async mine(timestamp: number): Promise<MinedBlock> {
    if (timestamp <= this.lastTimestamp) timestamp = this.lastTimestamp + 1
    const requests = await Promise.all(this.pending)
    this.pending = []
    const parent = this.head!
    const number = parent.number + 1
    const blockNumber = hex(number)
    const transactions: RpcTransaction[] = []
    const receipts: RpcReceipt[] = []
    const logs: RpcLog[] = []
    const ts = BigInt(timestamp)
    let cumulativeGas = 0n
    for (const [index, request] of requests.entries()) {
      const from = request.from.toLowerCase()
      const nonce = this.nonces.get(from) ?? 0
      this.nonces.set(from, nonce + 1)
      const data = (request.data ?? '0x').toLowerCase()
      const to = request.to?.toLowerCase()
      let outcome
      try {
        outcome = this.model.execute({ from, to, data, nonce }, ts, number)
      } catch (error) {
        throw new Error(
          `synthetic ${this.name}: block ${number} transaction ${index} from ${from} to ${to ?? '(create)'} reverted: ${(error as Error).message}`,
        )
      }
      const hash = digest('og-synth/tx', this.chainId, from, nonce)
      const transactionIndex = hex(index)
      transactions.push({
        hash,
        nonce: hex(nonce),
        blockHash: '',
        blockNumber,
        transactionIndex,
        from,
        to: to ?? null,
        value: hex(request.value ?? 0n),
        gasPrice: '0x0',
        gas: hex(request.gas ?? DEFAULT_GAS),
        input: data,
        type: '0x0',
        // anvil's impersonated transactions: EIP-155 v with an empty signature
        v: this.v,
        r: '0x0',
        s: '0x0',
        chainId: hex(this.chainId),
        blockTimestamp: hex(timestamp),
      })
      const gasUsed = estimateGas(data, !to, outcome.logs)
      cumulativeGas += gasUsed
      const firstLog = logs.length
      const txLogs = outcome.logs.map((log, i) => ({
        blockHash: '',
        blockNumber,
        logIndex: hex(firstLog + i),
        transactionIndex,
        transactionHash: hash,
        address: log.address,
        data: log.data,
        topics: log.topics,
        removed: false,
      }))
      for (const log of txLogs) logs.push(log)
      receipts.push({
        transactionHash: hash,
        transactionIndex,
        blockNumber,
        from,
        to: to ?? null,
        status: '0x1',
        gasUsed: hex(gasUsed),
        cumulativeGasUsed: hex(cumulativeGas),
        effectiveGasPrice: '0x0',
        contractAddress: outcome.contractAddress,
        logs: txLogs,
        type: '0x0',
      })
    }
    const transactionsRoot = digest('og-synth/transactions', ...transactions.map((t) => t.hash))
    const receiptsRoot = digest('og-synth/receipts', ...logs.map((l) => `${l.address}${l.topics.join('')}${l.data}`))
    const stateRoot = digest('og-synth/state', parent.stateRoot, transactionsRoot, receiptsRoot)
    const hash = digest('og-synth/block', this.chainId, number, parent.hash, timestamp, stateRoot)
    const mixHash = digest('og-synth/mix', hash)
    for (const item of [...transactions, ...logs]) item.blockHash = hash
    const header = {
      number: blockNumber,
      hash,
      parentHash: parent.hash,
      timestamp: hex(timestamp),
      miner: '0x0000000000000000000000000000000000000000',
      gasLimit: BLOCK_GAS_LIMIT,
      gasUsed: hex(cumulativeGas),
      baseFeePerGas: '0x0',
      difficulty: '0x0',
      totalDifficulty: '0x0',
      extraData: '0x',
      nonce: '0x0000000000000000',
      mixHash,
      sha3Uncles: EMPTY_UNCLES,
      stateRoot,
      transactionsRoot,
      receiptsRoot,
    }
    await this.sink.append({ header, transactions, logs, receipts })
    for (const log of logs) {
      const name = this.topicNames.get(log.topics[0]) ?? `unknown:${log.topics[0]}`
      this.eventCounts.set(name, (this.eventCounts.get(name) ?? 0) + 1)
    }
    this.txCount += requests.length
    this.blockCount += 1
    this.logCount += logs.length
    this.lastTimestamp = timestamp
    this.head = { number, hash: hash as Hex, timestamp, stateRoot: stateRoot as Hex, txHashes: transactions.map((t) => t.hash as Hex), receipts }
    return this.head
  }
}
