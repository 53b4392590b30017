import { JsonRpcClient, RpcError, hexToNumber, toQuantity } from './rpc'

export type Hex = `0x${string}`

export interface TxRequest {
  from: Hex
  to?: Hex
  data?: Hex
  value?: bigint
  /** defaults to a generous limit; the block gas limit is disabled on the devnet */
  gas?: bigint
}

export interface MinedBlock {
  number: number
  hash: Hex
  timestamp: number
  stateRoot: Hex
  txHashes: Hex[]
  receipts: any[]
}

const SEND_BATCH = 400
const DEFAULT_GAS = 5_000_000n

/**
 * Queues transactions for one chain and mines them into a block with a chosen timestamp.
 * Senders are impersonated (anvil --auto-impersonate) and nonces are tracked here, so a block's
 * transactions go out back to back on one connection, in order. Every mined block
 * is checked: a reverted transaction is a simulator bug and stops the run with its revert reason.
 */
export class ChainWriter {
  private readonly nonces = new Map<string, number>()
  private pending: (TxRequest | Promise<TxRequest>)[] = []
  readonly eventCounts = new Map<string, number>()
  txCount = 0
  blockCount = 0
  lastTimestamp = 0
  head: MinedBlock | undefined

  constructor(
    readonly name: string,
    readonly rpc: JsonRpcClient,
    private readonly topicNames: ReadonlyMap<string, string>,
  ) {}

  /** Starts counting blocks, transactions and events afresh (e.g. after deployment). */
  resetCounters(): void {
    this.eventCounts.clear()
    this.txCount = 0
    this.blockCount = 0
  }

  /** Queues a transaction for the next block; a promise holds its place while its data is still being made (signatures). */
  send(tx: TxRequest | Promise<TxRequest>): void {
    this.pending.push(tx)
  }

  get pendingCount(): number {
    return this.pending.length
  }

  async mine(timestamp: number): Promise<MinedBlock> {
    if (timestamp <= this.lastTimestamp) timestamp = this.lastTimestamp + 1
    const queued = this.pending
    this.pending = []
    const txs = await Promise.all(queued)
    await this.loadNonces(txs)
    const hashes = await this.rpc.sequence<Hex>(txs.map((tx) => ({ method: 'eth_sendTransaction', params: [this.toRpcTx(tx)] })))
    await this.rpc.call('evm_mine', [timestamp])
    const block = await this.rpc.call<any>('eth_getBlockByNumber', ['latest', false])
    if (block.transactions.length !== txs.length) {
      throw new Error(`${this.name}: block ${hexToNumber(block.number)} holds ${block.transactions.length} of ${txs.length} sent transactions`)
    }
    if (block.transactions.some((hash: string, i: number) => hash !== hashes[i])) {
      throw new Error(`${this.name}: block ${hexToNumber(block.number)} did not keep the send order of its transactions`)
    }
    const receipts = txs.length > 0 ? await this.rpc.call<any[]>('eth_getBlockReceipts', [block.number]) : []
    await this.checkReceipts(txs, receipts)
    for (const receipt of receipts) {
      for (const log of receipt.logs) {
        const name = this.topicNames.get(log.topics[0]) ?? `unknown:${log.topics[0]}`
        this.eventCounts.set(name, (this.eventCounts.get(name) ?? 0) + 1)
      }
    }
    this.txCount += txs.length
    this.blockCount += 1
    this.lastTimestamp = timestamp
    this.head = {
      number: hexToNumber(block.number),
      hash: block.hash,
      timestamp,
      stateRoot: block.stateRoot,
      txHashes: block.transactions,
      receipts,
    }
    return this.head
  }

  /** Deploys contract bytecode (constructor args already appended) in its own block. */
  async deploy(from: Hex, bytecodeWithArgs: Hex, timestamp: number): Promise<{ address: Hex; block: number }> {
    this.send({ from, data: bytecodeWithArgs, gas: 30_000_000n })
    const block = await this.mine(timestamp)
    const address = block.receipts[0]?.contractAddress as Hex | undefined
    if (!address) throw new Error(`${this.name}: deployment mined without a contract address`)
    return { address, block: block.number }
  }

  private toRpcTx(tx: TxRequest) {
    const from = tx.from.toLowerCase()
    const nonce = this.nonces.get(from)!
    this.nonces.set(from, nonce + 1)
    return {
      from,
      to: tx.to,
      data: tx.data,
      value: tx.value ? toQuantity(tx.value) : undefined,
      gas: toQuantity(tx.gas ?? DEFAULT_GAS),
      gasPrice: '0x0',
      nonce: toQuantity(nonce),
    }
  }

  private async loadNonces(txs: TxRequest[]): Promise<void> {
    const unknown = [...new Set(txs.map((t) => t.from.toLowerCase()))].filter((a) => !this.nonces.has(a))
    for (let i = 0; i < unknown.length; i += SEND_BATCH) {
      const slice = unknown.slice(i, i + SEND_BATCH)
      const counts = await this.rpc.batch<string>(slice.map((address) => ({ method: 'eth_getTransactionCount', params: [address, 'latest'] })))
      slice.forEach((address, j) => this.nonces.set(address, hexToNumber(counts[j])))
    }
  }

  private async checkReceipts(txs: TxRequest[], receipts: any[]): Promise<void> {
    const failed = receipts.findIndex((r) => r.status !== '0x1')
    if (failed < 0) return
    const tx = txs[failed]
    let reason = 'unknown'
    try {
      await this.rpc.call('eth_call', [{ from: tx.from, to: tx.to, data: tx.data, gas: toQuantity(DEFAULT_GAS) }, 'latest'])
      reason = 'succeeds when replayed at the new head (ordering dependent)'
    } catch (error) {
      reason = error instanceof RpcError ? `${error.message} ${JSON.stringify(error.data ?? '')}` : String(error)
    }
    throw new Error(`${this.name}: transaction ${receipts[failed].transactionHash} from ${tx.from} to ${tx.to} reverted: ${reason}`)
  }
}
