/**
 * A small JSON-RPC client for reading one chain from the API: every call has a deadline, at most `concurrency`
 * calls are on the wire at once (the rest wait their turn), and a 429 or 5xx is retried with backoff, after the
 * Retry-After the node asked for when it gave one. Anything else that goes wrong is a ChainUnavailableError, which
 * the resolvers turn into CHAIN_UNAVAILABLE: a node that did not answer never reads as "not found".
 */

export interface RpcClientOptions {
  url: string
  /** one attempt's deadline */
  timeoutMs: number
  concurrency: number
  /** attempts after the first, on 429 and 5xx only */
  retries: number
  /** the first backoff; doubled on each retry */
  backoffMs?: number
  /** a Retry-After longer than this is not waited for: the call fails now instead of holding the request */
  maxWaitMs?: number
}

export class ChainUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'http' | 'network' | 'rpc-error' | 'bad-answer',
  ) {
    super(message)
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3) */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const at = Date.parse(header)
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export class RpcClient {
  private active = 0
  private readonly waiting: Array<() => void> = []
  private nextId = 1
  /** calls sent, retries included: for tests and the metrics a deployment may want */
  attempts = 0

  constructor(readonly options: RpcClientOptions) {}

  private async slot(): Promise<() => void> {
    if (this.active >= this.options.concurrency) await new Promise<void>((r) => this.waiting.push(r))
    else this.active++
    return () => {
      const next = this.waiting.shift()
      // a waiter inherits the slot, so `active` never drops below the calls really on the wire
      if (next) next()
      else this.active--
    }
  }

  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    const release = await this.slot()
    try {
      return await this.withRetries<T>(method, params)
    } finally {
      release()
    }
  }

  private async withRetries<T>(method: string, params: unknown[]): Promise<T> {
    const { retries, backoffMs = 200, maxWaitMs = 2_000 } = this.options
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(method, params)
      if ('result' in res) return res.result as T
      const retryable = res.status === 429 || res.status >= 500
      if (!retryable || attempt >= retries) throw new ChainUnavailableError(`${method}: HTTP ${res.status}`, 'http')
      const wait = res.retryAfterMs ?? backoffMs * 2 ** attempt
      if (wait > maxWaitMs) throw new ChainUnavailableError(`${method}: HTTP ${res.status}, asked to wait ${wait} ms`, 'http')
      await sleep(wait)
    }
  }

  private async send(method: string, params: unknown[]): Promise<{ result: unknown } | { status: number; retryAfterMs?: number }> {
    this.attempts++
    let response: Response
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: this.nextId++, method, params }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (error) {
      const timeout = (error as Error).name === 'TimeoutError'
      throw new ChainUnavailableError(
        `${method}: ${timeout ? `no answer within ${this.options.timeoutMs} ms` : (error as Error).message}`,
        timeout ? 'timeout' : 'network',
      )
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {})
      return { status: response.status, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) }
    }
    let body: { result?: unknown; error?: { code?: number; message?: string } }
    try {
      body = (await response.json()) as typeof body
    } catch {
      throw new ChainUnavailableError(`${method}: the answer is not JSON`, 'bad-answer')
    }
    if (body.error) throw new ChainUnavailableError(`${method}: ${body.error.code ?? ''} ${body.error.message ?? 'error'}`, 'rpc-error')
    if (!('result' in body)) throw new ChainUnavailableError(`${method}: the answer has no result`, 'bad-answer')
    return { result: body.result }
  }
}
