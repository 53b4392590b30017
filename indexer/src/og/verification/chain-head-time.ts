/**
 * The timestamp of a chain's newest block, asked of its JSON-RPC endpoint only when a decision needs it
 * (whether a gone blob is past its storage period, for a settlement near the edge of it, while the
 * processor is still behind the head). Remembered for a while: a minute moves no settlement across
 * a storage period measured in days by more than a minute.
 */
export class ChainHeadTime {
  private known: { timestampMs: number; askedAt: number } | undefined

  constructor(
    private readonly rpcUrl: string,
    private readonly options: { maxAgeMs?: number; timeoutMs?: number } = {},
  ) {}

  /** The head block's time in ms, or undefined when the node did not answer (never a guess). */
  async get(): Promise<number | undefined> {
    const now = Date.now()
    if (this.known && now - this.known.askedAt < (this.options.maxAgeMs ?? 60_000)) return this.known.timestampMs
    try {
      const response = await fetch(this.rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getBlockByNumber', params: ['latest', false] }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      })
      if (!response.ok) return undefined
      const reply = (await response.json()) as { result?: { timestamp?: unknown } | null }
      const timestamp = reply.result?.timestamp
      if (typeof timestamp !== 'string' || !/^0x[0-9a-f]+$/i.test(timestamp)) return undefined
      this.known = { timestampMs: Number(BigInt(timestamp)) * 1000, askedAt: now }
      return this.known.timestampMs
    } catch {
      return undefined
    }
  }
}
