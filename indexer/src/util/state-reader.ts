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

export class StateReader {
  private nextId = 1

  constructor(
    readonly url: string,
    private readonly chunk = 200,
  ) {}

  /** Returns each call's result hex, or an Error for calls that reverted or failed. */
  async callMany(calls: CallRequest[]): Promise<(string | Error)[]> {
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
