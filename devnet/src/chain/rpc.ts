import { Client } from 'undici'

export class RpcError extends Error {
  constructor(
    message: string,
    readonly method: string,
    readonly code?: number,
    readonly data?: unknown,
  ) {
    super(message)
  }
}

export interface RpcCall {
  method: string
  params: unknown[]
}

/** Minimal JSON-RPC client for anvil: single calls, array batches, and ordered sequences of calls. */
export class JsonRpcClient {
  private nextId = 1
  private ordered: Client | undefined

  constructor(readonly url: string) {}

  async call<T = any>(method: string, params: unknown[] = []): Promise<T> {
    const [result] = await this.batch<T>([{ method, params }])
    return result
  }

  /** Sends calls as one JSON-RPC array; results come back in call order. Any error rejects the batch. */
  async batch<T = any>(calls: RpcCall[]): Promise<T[]> {
    if (calls.length === 0) return []
    const firstId = this.nextId
    this.nextId += calls.length
    const body = calls.map((c, i) => ({ jsonrpc: '2.0', id: firstId + i, method: c.method, params: c.params }))
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) {
      throw new RpcError(`HTTP ${response.status} from ${this.url}`, calls[0].method)
    }
    const replies = (await response.json()) as any[]
    const byId = new Map<number, any>(replies.map((r) => [r.id, r]))
    return calls.map((c, i) => resultOf<T>(c, byId.get(firstId + i)))
  }

  /**
   * Runs calls in the order given, each as its own request, queued on one keep-alive connection: each
   * goes out when the previous answer is in, so dependent transactions (fund, approve, pay) keep their
   * order, as they would not in a JSON-RPC array, whose members anvil runs concurrently. undici's
   * request path costs far less CPU than fetch's. (True HTTP pipelining is slower: with a few
   * requests in flight, anvil's answers wait for a delayed ACK.)
   */
  async sequence<T = any>(calls: RpcCall[]): Promise<T[]> {
    if (calls.length === 0) return []
    const url = new URL(this.url)
    const client = (this.ordered ??= new Client(url.origin))
    const path = url.pathname
    const replies = calls.map(async (c) => {
      const body = JSON.stringify({ jsonrpc: '2.0', id: this.nextId++, method: c.method, params: c.params })
      const response = await client.request({ path, method: 'POST', headers: { 'content-type': 'application/json' }, body })
      if (response.statusCode !== 200) {
        await response.body.dump()
        throw new RpcError(`HTTP ${response.statusCode} from ${this.url}`, c.method)
      }
      return resultOf<T>(c, await response.body.json())
    })
    // settle every request before reporting the first failure, so none is left in flight
    const settled = await Promise.allSettled(replies)
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    return settled.map((r) => (r as PromiseFulfilledResult<T>).value)
  }

  /** Closes the ordered connection, if one was opened. */
  async close(): Promise<void> {
    const client = this.ordered
    this.ordered = undefined
    await client?.close()
  }
}

function resultOf<T>(call: RpcCall, reply: any): T {
  if (!reply) throw new RpcError(`no reply for ${call.method}`, call.method)
  if (reply.error) throw new RpcError(`${call.method}: ${reply.error.message}`, call.method, reply.error.code, reply.error.data)
  return reply.result as T
}

export const hexToBigInt = (hex: string): bigint => BigInt(hex)
export const hexToNumber = (hex: string): number => Number(BigInt(hex))
export const toQuantity = (value: number | bigint): `0x${string}` => `0x${value.toString(16)}`
