/** Minimal JSON-RPC client for anvil: single calls and array batches over one keep-alive connection. */
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

export class JsonRpcClient {
  private nextId = 1

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
    return calls.map((c, i) => {
      const reply = byId.get(firstId + i)
      if (!reply) throw new RpcError(`no reply for ${c.method}`, c.method)
      if (reply.error) {
        throw new RpcError(`${c.method}: ${reply.error.message}`, c.method, reply.error.code, reply.error.data)
      }
      return reply.result as T
    })
  }
}

export const hexToBigInt = (hex: string): bigint => BigInt(hex)
export const hexToNumber = (hex: string): number => Number(BigInt(hex))
export const toQuantity = (value: number | bigint): `0x${string}` => `0x${value.toString(16)}`
