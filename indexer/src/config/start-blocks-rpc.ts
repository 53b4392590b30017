import { DEFAULT_RPC_TIMEOUT_MS } from './rpc-timeout'

/**
 * The plain JSON-RPC reads start-block discovery makes before any processor exists. A refusal by
 * the node (a JSON-RPC error) is handed back as NodeError, with the node's words, for the caller to
 * judge; 429s, 5xx and dropped connections are retried with backoff, then thrown, never turned into
 * an empty answer.
 */

/** The node answered, with a JSON-RPC error. */
export class NodeError extends Error {
  constructor(
    readonly method: string,
    readonly nodeMessage: string,
    readonly code?: number,
  ) {
    super(`${method}: ${nodeMessage}`)
  }
}

export type RpcCall = <T = unknown>(method: string, params?: unknown[]) => Promise<T>

export interface RpcOptions {
  timeoutMs?: number
  /** waits between attempts after a 429, a 5xx or a transport error; its length is how many retries */
  backoffMs?: number[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function jsonRpc(url: string, options: RpcOptions = {}): RpcCall {
  const backoff = options.backoffMs ?? [250, 500, 1000, 2000, 4000, 8000]
  return async <T>(method: string, params: unknown[] = []): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      let transient: string
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
          signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS),
        })
        if (response.status === 429 || response.status >= 500) {
          transient = `HTTP ${response.status}`
        } else {
          const body = (await response.json().catch(() => undefined)) as { result?: T; error?: { message?: string; code?: number } } | undefined
          // a body cut short or replaced by a proxy's error page: asked again, like a dropped connection
          if (!body) throw new TypeError(`HTTP ${response.status}, the answer is not JSON`)
          if (body.error) throw new NodeError(method, body.error.message ?? JSON.stringify(body.error), body.error.code)
          if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`)
          if (!('result' in body)) throw new Error(`${method}: the answer has no result`)
          return body.result as T
        }
      } catch (error) {
        if (error instanceof NodeError || (error instanceof Error && error.message.startsWith(`${method}:`))) throw error
        transient = error instanceof Error ? error.message : String(error)
      }
      if (attempt >= backoff.length) throw new Error(`${method}: ${transient} (gave up after ${attempt + 1} attempts)`)
      await sleep(backoff[attempt])
    }
  }
}

export const hexQuantity = (n: number) => `0x${n.toString(16)}`

export function quantity(value: unknown, what: string): number {
  if (typeof value !== 'string' || !/^0x[0-9a-f]+$/i.test(value)) throw new Error(`${what}: not a hex quantity: ${JSON.stringify(value)?.slice(0, 80)}`)
  return Number(BigInt(value))
}
