import { batchReadData, decodeBatchRead } from './batch-read'

/**
 * Batched eth_call reads of contract state at a given block (TEE keys, validator views, token
 * balances). One JSON-RPC array per batch of reads, never one request per log.
 */
export interface CallRequest {
  to: string
  data: string
  /** block number to read at */
  block: number
}

/** how many reads one batch call carries, and how many bytes of calldata (initcode is capped at 48 KB) */
const READS_PER_BATCH_CALL = 100
const BATCH_CALL_BYTES = 32_000
/** batch calls that fail before one succeeds, after which this reader stops trying them */
const BATCH_CALL_ATTEMPTS = 3

/** The reads' results from a batch call's reply (its revert data), or undefined when it holds none. */
function decodeOrUndefined(reply: any, count: number): (string | Error)[] | undefined {
  const data = typeof reply?.error?.data === 'string' ? reply.error.data : reply?.error?.data?.data
  if (typeof data !== 'string') return undefined
  try {
    return decodeBatchRead(data, count)
  } catch {
    return undefined
  }
}

export class StateReader {
  private nextId = 1
  private batchCalls: 'untried' | 'working' | 'unsupported' = 'untried'
  private batchCallFailures = 0

  constructor(
    readonly url: string,
    private readonly chunk = 200,
    private readonly log: (line: string) => void = (line) => console.error(`[indexer] ${line}`),
  ) {}

  /**
   * Returns each call's result hex, or an Error for calls that reverted or failed. Calls at the same
   * block travel as batch calls (util/batch-read.ts): one eth_call per hundred reads. A node that
   * does not run them gets the calls one by one.
   */
  async callMany(calls: CallRequest[]): Promise<(string | Error)[]> {
    if (calls.length === 0) return []
    if (this.batchCalls === 'unsupported' || calls.length === 1) return this.callEach(calls)
    const results: (string | Error)[] = new Array(calls.length)
    const groups: { block: number; indexes: number[] }[] = []
    const byBlock = new Map<number, number[]>()
    calls.forEach((c, i) => {
      let list = byBlock.get(c.block)
      if (!list) byBlock.set(c.block, (list = []))
      list.push(i)
    })
    for (const [block, indexes] of byBlock) {
      let current: number[] = []
      let bytes = 0
      for (const i of indexes) {
        const size = (calls[i].data.length - 2) / 2 + 96
        if (current.length > 0 && (current.length >= READS_PER_BATCH_CALL || bytes + size > BATCH_CALL_BYTES)) {
          groups.push({ block, indexes: current })
          current = []
          bytes = 0
        }
        current.push(i)
        bytes += size
      }
      if (current.length > 0) groups.push({ block, indexes: current })
    }
    const firstId = this.nextId
    this.nextId += groups.length
    const body = groups.map((g, j) => ({
      jsonrpc: '2.0',
      id: firstId + j,
      method: 'eth_call',
      params: [{ data: batchReadData(g.indexes.map((i) => calls[i])) }, `0x${g.block.toString(16)}`],
    }))
    const replies = await this.post(body)
    const byId = new Map<number, any>(replies.map((r: any) => [r.id, r]))
    const failed: { indexes: number[]; reply: any }[] = []
    groups.forEach((g, j) => {
      const reply = byId.get(firstId + j)
      const decoded = decodeOrUndefined(reply, g.indexes.length)
      if (decoded) {
        this.batchCalls = 'working'
        decoded.forEach((r, k) => (results[g.indexes[k]] = r))
      } else {
        failed.push({ indexes: g.indexes, reply })
      }
    })
    for (const f of failed) {
      const single = await this.callEach(f.indexes.map((i) => calls[i]))
      f.indexes.forEach((i, k) => (results[i] = single[k]))
      // a batch call that failed where single reads work is the node's refusal, not e.g. a pruned block
      if (this.batchCalls === 'untried' && single.some((r) => !(r instanceof Error)) && ++this.batchCallFailures >= BATCH_CALL_ATTEMPTS) {
        this.batchCalls = 'unsupported'
        this.log(`${this.url} does not answer batch calls (${f.reply?.error?.message ?? 'no revert data'}); reading state with one eth_call per read`)
      }
    }
    return results
  }

  /** One eth_call per read, in JSON-RPC arrays of `chunk`. */
  async callEach(calls: CallRequest[]): Promise<(string | Error)[]> {
    const results: (string | Error)[] = []
    for (let i = 0; i < calls.length; i += this.chunk) {
      const slice = calls.slice(i, i + this.chunk)
      const firstId = this.nextId
      this.nextId += slice.length
      const body = slice.map((c, j) => ({ jsonrpc: '2.0', id: firstId + j, method: 'eth_call', params: [{ to: c.to, data: c.data }, `0x${c.block.toString(16)}`] }))
      const replies = await this.post(body)
      const byId = new Map<number, any>(replies.map((r: any) => [r.id, r]))
      slice.forEach((_, j) => {
        const reply = byId.get(firstId + j)
        if (!reply) results.push(new Error('no reply'))
        else if (reply.error) results.push(new Error(reply.error.message ?? 'eth_call failed'))
        else results.push(reply.result)
      })
    }
    return results
  }

  /** The chain head, for progress and lag. */
  async blockNumber(): Promise<number> {
    const [reply] = await this.post([{ jsonrpc: '2.0', id: this.nextId++, method: 'eth_blockNumber', params: [] }])
    if (!reply || reply.error) throw new Error(reply?.error?.message ?? 'eth_blockNumber failed')
    return Number(BigInt(reply.result))
  }

  private async post(body: unknown, attempt = 0): Promise<any[]> {
    try {
      const response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const json = await response.json()
      if (!Array.isArray(json)) throw new Error('non-array reply to a batch')
      return json
    } catch (error) {
      if (attempt >= 5) throw new Error(`state reads from ${this.url} failed: ${error instanceof Error ? error.message : error}`)
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt))
      return this.post(body, attempt + 1)
    }
  }
}
