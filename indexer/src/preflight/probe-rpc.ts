import { DEFAULT_RPC_TIMEOUT_MS } from '../config/rpc-timeout'

/**
 * JSON-RPC as preflight needs it: a refusal or a missing batch answer is seen as the endpoint gives
 * it, with its HTTP status and timing. Only a 429 is asked again (after its Retry-After, briefly), so
 * a rate limit shows in the burst made to measure it rather than in every other check; `raw` turns
 * even that off.
 */

export interface ProbeAnswer<T = unknown> {
  status: number
  ms: number
  /** bytes of the answer body */
  bytes: number
  result?: T
  /** the node's JSON-RPC error, or what went wrong with the transport */
  error?: string
}

export interface RpcProbe {
  url: string
  call<T = unknown>(method: string, params?: unknown[]): Promise<ProbeAnswer<T>>
  /** a JSON-RPC array; `results` in call order when the endpoint answers an array */
  batch(calls: { method: string; params: unknown[] }[]): Promise<ProbeAnswer & { results?: unknown[] }>
}

const RETRIES_AFTER_429 = 5

export function rpcProbe(url: string, options: { timeoutMs?: number; raw?: boolean } = {}): RpcProbe {
  const post = async (body: unknown) => {
    const started = performance.now()
    try {
      let response = await send(url, body, options.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS)
      for (let retry = 0; !options.raw && response.status === 429 && retry < RETRIES_AFTER_429; retry++) {
        await response.text()
        const wait = Math.min(2, Number(response.headers.get('retry-after')) || 0.2) * 1000
        await new Promise((r) => setTimeout(r, Math.max(50, wait)))
        response = await send(url, body, options.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS)
      }
      const text = await response.text()
      let json: any
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      return { status: response.status, ms: performance.now() - started, bytes: text.length, json }
    } catch (error) {
      return { status: 0, ms: performance.now() - started, bytes: 0, json: undefined, transport: error instanceof Error ? error.message : String(error) }
    }
  }
  return {
    url,
    async call<T>(method: string, params: unknown[] = []) {
      const r = await post({ jsonrpc: '2.0', id: 1, method, params })
      const base = { status: r.status, ms: r.ms, bytes: r.bytes }
      if ('transport' in r) return { ...base, error: r.transport }
      if (r.json?.error) return { ...base, error: String(r.json.error.message ?? JSON.stringify(r.json.error)) }
      if (r.status !== 200 || !r.json || !('result' in r.json)) return { ...base, error: `HTTP ${r.status}${r.json ? '' : ', not JSON'}` }
      return { ...base, result: r.json.result as T }
    },
    async batch(calls) {
      const r = await post(calls.map((c, i) => ({ jsonrpc: '2.0', id: i + 1, ...c })))
      const base = { status: r.status, ms: r.ms, bytes: r.bytes }
      if ('transport' in r) return { ...base, error: r.transport }
      if (!Array.isArray(r.json)) return { ...base, error: r.json?.error?.message ?? `HTTP ${r.status}, not an array of answers` }
      const byId = new Map(r.json.map((a: any) => [a.id, a]))
      const answers = calls.map((_, i) => byId.get(i + 1) as any)
      const failed = answers.find((a) => !a || a.error)
      if (failed) return { ...base, error: failed?.error?.message ?? 'an answer is missing from the batch' }
      return { ...base, results: answers.map((a) => a.result) }
    },
  }
}

const send = (url: string, body: unknown, timeoutMs: number) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) })
