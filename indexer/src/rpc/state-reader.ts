import { batchReadData, decodeBatchRead } from './batch-read'
import { TokenBucket } from './rate-limit'
import { DEFAULT_RETRY, isRateLimitReply, isRetryableStatus, parseRetryAfter, retryDelay, RetryableRpcError, type RetryPolicy } from './rpc-retry'
import { DEFAULT_RPC_TIMEOUT_MS } from '../config/rpc-timeout'

/**
 * Batched eth_call reads of contract state at a given block (TEE keys, validator views, token
 * balances). One JSON-RPC array per batch of reads, never one request per log.
 */
export interface CallRequest {
  to: string
  data: string
  /** block number to read at; 'latest' for state that cannot change once written (a TEE's key) */
  block: number | 'latest'
}

export interface StateReaderOptions {
  /** calls a second this reader may send: its share of the endpoint's budget (unlimited when unset) */
  rateLimit?: number
  retry?: Partial<RetryPolicy>
  /** per HTTP request (RPC_TIMEOUT_MS) */
  timeoutMs?: number
  /** for tests: the clock and the wait the rate limit and the retries use */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/** Thrown by the transport once retries are spent; the read methods turn it into one Error per call. */
export class StateReadFailed extends Error {}

const blockTag = (block: number | 'latest') => (block === 'latest' ? 'latest' : `0x${block.toString(16)}`)
const failAll = (count: number, error: Error): Error[] => Array.from({ length: count }, () => error)

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

/**
 * Reads never throw for the node's sake: a read the node refused, or could not answer within the
 * retry budget (429 storms, 5xx, timeouts), comes back as an Error in its slot, and the caller
 * records it as an IndexingIssue and goes on. Nothing is ever taken for "no data".
 */
export class StateReader {
  private nextId = 1
  private batchCalls: 'untried' | 'working' | 'unsupported' = 'untried'
  private batchCallFailures = 0
  private readonly bucket?: TokenBucket
  private readonly retry: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>

  constructor(
    readonly url: string,
    private readonly chunk = 200,
    private readonly log: (line: string) => void = (line) => console.error(`[indexer] ${line}`),
    private readonly options: StateReaderOptions = {},
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    if (options.rateLimit) this.bucket = new TokenBucket(options.rateLimit, Math.max(1, options.rateLimit), options.now ?? Date.now, this.sleep)
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
  }

  /**
   * Returns each call's result hex, or an Error for calls that reverted or failed. Calls at the same
   * block travel as batch calls (rpc/batch-read.ts): one eth_call per hundred reads. A node that
   * does not run them gets the calls one by one.
   */
  async callMany(calls: CallRequest[]): Promise<(string | Error)[]> {
    if (calls.length === 0) return []
    try {
      return await this.batched(calls)
    } catch (error) {
      if (error instanceof StateReadFailed) return failAll(calls.length, error)
      throw error
    }
  }

  private async batched(calls: CallRequest[]): Promise<(string | Error)[]> {
    if (this.batchCalls === 'unsupported' || calls.length === 1) return this.callEach(calls)
    const results: (string | Error)[] = new Array(calls.length)
    const groups: { block: number | 'latest'; indexes: number[] }[] = []
    const byBlock = new Map<number | 'latest', number[]>()
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
      params: [{ data: batchReadData(g.indexes.map((i) => calls[i])) }, blockTag(g.block)],
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
      const body = slice.map((c, j) => ({ jsonrpc: '2.0', id: firstId + j, method: 'eth_call', params: [{ to: c.to, data: c.data }, blockTag(c.block)] }))
      let replies: any[]
      try {
        replies = await this.post(body)
      } catch (error) {
        // the endpoint is out of patience with us: the rest of these reads would meet the same answer
        if (error instanceof StateReadFailed) return [...results, ...failAll(calls.length - i, error)]
        throw error
      }
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

  /**
   * The chain head. Throws once `maxAttempts` reads failed: progress lines ask with a short retry (they
   * can wait for the next tick); a start step that cannot go on without the head asks with the full one.
   */
  async blockNumber(maxAttempts = 3): Promise<number> {
    const [reply] = await this.post([{ jsonrpc: '2.0', id: this.nextId++, method: 'eth_blockNumber', params: [] }], { ...this.retry, maxAttempts })
    if (!reply || reply.error) throw new Error(reply?.error?.message ?? 'eth_blockNumber failed')
    return Number(BigInt(reply.result))
  }

  /**
   * Sends one JSON-RPC array, paying its calls from the rate limit. 429, 5xx, timeouts, bodies that
   * are not JSON and per-call "rate limit" errors are retried with backoff (Retry-After honoured)
   * until the policy's attempts or waiting budget are spent; then StateReadFailed.
   */
  private async post(body: unknown[], policy: RetryPolicy = this.retry): Promise<any[]> {
    let waited = 0
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(body)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        if (!(error instanceof RetryableRpcError)) throw new StateReadFailed(`state reads from ${this.url} failed: ${message}`)
        const delay = retryDelay(policy, attempt, error.retryAfterMs)
        if (attempt + 1 >= policy.maxAttempts || waited + delay > policy.budgetMs) {
          throw new StateReadFailed(`state reads from ${this.url} failed after ${attempt + 1} attempts over ${Math.round(waited / 1000)} s: ${message}`)
        }
        waited += delay
        await this.sleep(delay)
      }
    }
  }

  private async attempt(body: unknown[]): Promise<any[]> {
    await this.bucket?.take(body.length)
    let response: Response
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS),
      })
    } catch (error) {
      // connection refused or reset, DNS, timeout: the node may answer the next time
      throw new RetryableRpcError(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {})
      const message = `HTTP ${response.status}`
      if (isRetryableStatus(response.status)) throw new RetryableRpcError(message, parseRetryAfter(response.headers.get('retry-after')))
      throw new Error(message)
    }
    let json: unknown
    try {
      json = await response.json()
    } catch (error) {
      throw new RetryableRpcError(`unreadable reply: ${error instanceof Error ? error.message : error}`)
    }
    if (!Array.isArray(json)) {
      // some providers answer a throttled batch with one error object instead of an array
      if (isRateLimitReply(json))
        throw new RetryableRpcError(
          `rate limited: ${(json as any).error.message ?? (json as any).error.code}`,
          parseRetryAfter(response.headers.get('retry-after')),
        )
      throw new RetryableRpcError('non-array reply to a batch')
    }
    const limited = json.find(isRateLimitReply)
    if (limited)
      throw new RetryableRpcError(`rate limited: ${limited.error.message ?? limited.error.code}`, parseRetryAfter(response.headers.get('retry-after')))
    return json
  }
}
