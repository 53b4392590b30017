/**
 * A JSON-RPC proxy that sits between a processor and anvil and misbehaves like a real provider:
 * slow answers, requests held past the client's timeout, 429 with Retry-After, 5xx, bodies that are
 * not JSON, connections dropped mid-response, and a node lagging behind the head; and, on every
 * request, a provider's limits (getLogs caps, a pruned state, no batches). Decisions are drawn
 * per HTTP request (a JSON-RPC array counts once, as a provider meters it) from a seeded PRNG.
 */
import http from 'node:http'
import { freePort } from '@og-explorer/devnet'
import { seededRandom } from './random'

export const RPC_FAULT_KINDS = ['latency', 'timeout', 'rate-limit', 'server-error', 'malformed', 'drop', 'lag'] as const
export type RpcFaultKind = (typeof RPC_FAULT_KINDS)[number]

export interface RpcFaultPlan {
  /** chance per HTTP request of each fault; at most one fault per request, so the sum must be ≤ 1 */
  rates?: Partial<Record<RpcFaultKind, number>>
  /** at most this many of a kind over the plan's life (a timeout costs the client its whole timeout) */
  limits?: Partial<Record<RpcFaultKind, number>>
  /**
   * at least this many of a kind: until met, every other request that drew no fault gets one of the
   * kinds still short. A backfill over a local node takes only tens of requests, and a case that
   * injected nothing would prove nothing.
   */
  atLeast?: Partial<Record<RpcFaultKind, number>>
  /** added before forwarding, for 'latency' */
  latencyMs?: number
  /** how long a 'timeout' request is held before its socket is destroyed; past the client's RPC_TIMEOUT_MS */
  holdMs?: number
  retryAfterSeconds?: number
  /** how far behind the head a lagging node is */
  lagBlocks?: number
  seed?: number
  /** limits of real providers, applied to every request rather than drawn (see ProviderLimits) */
  provider?: ProviderLimits
  /** drawn faults strike only requests carrying one of these methods (e.g. eth_call: the state reads) */
  faultMethods?: string[]
  /** eth_calls whose calldata carries one of these 4-byte selectors are refused (a view the node will not serve) */
  refuseSelectors?: string[]
  /** a node that is not what it should be, on every request (see Misreport) */
  misreport?: Misreport
}

/**
 * Answers of a wrong or broken node: another chain's id, or no block at and above a height while its
 * head is reported as usual (a pruned, half-synced or load-balanced node).
 */
export interface Misreport {
  /** eth_chainId answers this instead */
  chainId?: number
  /** eth_getBlockByNumber answers null for blocks at or above this height */
  nullBlocksFrom?: number
}

/**
 * What common providers refuse, in their words: getLogs over a block-range or result cap, getLogs
 * reaching past the head of a node behind its load balancer, state older than a pruned node keeps,
 * and JSON-RPC batches.
 */
export interface ProviderLimits {
  /** eth_getLogs over more blocks than this: "query exceeds max block range" */
  getLogsRangeCap?: number
  /** eth_getLogs answering more logs than this: "query exceeds max results" */
  getLogsResultCap?: number
  /** this many eth_getLogs reaching the newest `lagBlocks` blocks: "block range extends beyond current head block" */
  beyondHeadRefusals?: number
  /** state reads (eth_getCode, eth_call, eth_getBalance, eth_getStorageAt) more than this many blocks below the head: "missing trie node" */
  stateBlocks?: number
  /** JSON-RPC batches refused whole */
  noBatch?: boolean
}

export const PROVIDER_LIMIT_KINDS = ['range', 'results', 'beyond-head', 'pruned', 'batch', 'selector'] as const
export type ProviderLimitKind = (typeof PROVIDER_LIMIT_KINDS)[number]

export interface RpcProxyStats {
  requests: number
  calls: number
  injected: Record<RpcFaultKind, number>
  /** requests refused under the plan's provider limits */
  refused: Record<ProviderLimitKind, number>
  /** answers replaced under the plan's misreport */
  misreported: number
}

export interface RpcProxy {
  url: string
  setPlan(plan: RpcFaultPlan): void
  stats(): RpcProxyStats
  /** kinds whose atLeast count is not reached yet */
  shortOf(): RpcFaultKind[]
  close(): Promise<void>
}

interface JsonRpcCall {
  id?: unknown
  method?: string
  params?: unknown[]
}

const zeroCounts = () => Object.fromEntries(RPC_FAULT_KINDS.map((k) => [k, 0])) as Record<RpcFaultKind, number>
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function startRpcProxy(upstreamUrl: string, initialPlan: RpcFaultPlan = {}): Promise<RpcProxy> {
  const upstream = new URL(upstreamUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 })
  let plan: RpcFaultPlan = {}
  let random = seededRandom(0)
  let used = zeroCounts()
  const stats: RpcProxyStats = {
    requests: 0,
    calls: 0,
    injected: zeroCounts(),
    refused: Object.fromEntries(PROVIDER_LIMIT_KINDS.map((k) => [k, 0])) as Record<ProviderLimitKind, number>,
    misreported: 0,
  }
  let beyondHeadLeft = 0
  const held = new Set<NodeJS.Timeout>()

  const setPlan = (next: RpcFaultPlan) => {
    const total = Object.values(next.rates ?? {}).reduce((a, b) => a + (b ?? 0), 0)
    if (total > 1) throw new RangeError(`fault rates add up to ${total}; at most one fault per request, so keep the sum ≤ 1`)
    plan = next
    beyondHeadLeft = next.provider?.beyondHeadRefusals ?? 0
    random = seededRandom(next.seed ?? 1)
    used = zeroCounts()
  }
  setPlan(initialPlan)

  const shortOf = () => RPC_FAULT_KINDS.filter((k) => used[k] < (plan.atLeast?.[k] ?? 0))
  const inject = (kind: RpcFaultKind) => {
    used[kind]++
    stats.injected[kind]++
    return kind
  }
  const choose = (): RpcFaultKind | undefined => {
    const draw = random()
    let edge = 0
    for (const kind of RPC_FAULT_KINDS) {
      edge += plan.rates?.[kind] ?? 0
      if (draw < edge) {
        const limit = plan.limits?.[kind]
        if (limit === undefined || used[kind] < limit) return inject(kind)
        break
      }
    }
    const owed = shortOf()
    if (owed.length > 0 && random() < 0.5) return inject(owed[Math.floor(random() * owed.length)])
    return undefined
  }

  const forward = (body: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      const request = http.request(
        upstream,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (c) => chunks.push(c))
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }))
          response.on('error', reject)
        },
      )
      request.on('error', reject)
      request.end(body)
    })

  const realHead = async (): Promise<number> => {
    const reply = await forward(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'eth_blockNumber', params: [] }))
    return Number(BigInt(JSON.parse(reply.text).result))
  }

  /** What a node `lagBlocks` behind answers: its own head, and nothing about blocks above it. */
  const lagging = async (body: string): Promise<string> => {
    const visible = Math.max(0, (await realHead()) - (plan.lagBlocks ?? 3))
    const parsed = JSON.parse(body) as JsonRpcCall | JsonRpcCall[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    for (const call of calls) {
      if (call.method === 'eth_getBlockByNumber' && (call.params?.[0] === 'latest' || call.params?.[0] === 'pending'))
        call.params![0] = `0x${visible.toString(16)}`
    }
    const reply = await forward(JSON.stringify(parsed))
    const replies = JSON.parse(reply.text) as any
    const byId = new Map(calls.map((c) => [JSON.stringify(c.id), c]))
    for (const r of Array.isArray(replies) ? replies : [replies]) {
      const call = byId.get(JSON.stringify(r.id))
      if (!call || r.error) continue
      if (call.method === 'eth_blockNumber') r.result = `0x${Math.min(Number(BigInt(r.result)), visible).toString(16)}`
      const isBlock = call.method === 'eth_getBlockByNumber' || call.method === 'eth_getBlockByHash'
      if (isBlock && r.result && Number(BigInt(r.result.number)) > visible) r.result = null
    }
    return JSON.stringify(replies)
  }

  /** Forwards the request, then replaces the answers a provider with the plan's limits would refuse. */
  const limited = async (body: string, limits: ProviderLimits): Promise<string> => {
    const parsed = JSON.parse(body) as JsonRpcCall | JsonRpcCall[]
    if (limits.noBatch && Array.isArray(parsed)) {
      stats.refused.batch++
      return JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'batch requests are not supported' } })
    }
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    const reply = JSON.parse((await forward(body)).text) as any
    const replies: any[] = Array.isArray(reply) ? reply : [reply]
    const head = await realHead()
    const byId = new Map(replies.map((r) => [JSON.stringify(r.id), r]))
    const refuse = (call: JsonRpcCall, kind: ProviderLimitKind, code: number, message: string) => {
      const r = byId.get(JSON.stringify(call.id))
      if (!r) return
      stats.refused[kind]++
      delete r.result
      r.error = { code, message }
    }
    const height = (tag: unknown) => (typeof tag === 'string' && tag.startsWith('0x') ? Number(BigInt(tag)) : tag === 'earliest' ? 0 : head)
    for (const call of calls) {
      if (call.method === 'eth_getLogs') {
        const filter = (call.params?.[0] ?? {}) as { fromBlock?: unknown; toBlock?: unknown }
        const [from, to] = [height(filter.fromBlock), height(filter.toBlock)]
        const answer = byId.get(JSON.stringify(call.id))
        if (limits.getLogsRangeCap !== undefined && to - from + 1 > limits.getLogsRangeCap)
          refuse(call, 'range', -32000, `query exceeds max block range ${limits.getLogsRangeCap}`)
        else if (beyondHeadLeft > 0 && to > head - (plan.lagBlocks ?? 3)) {
          beyondHeadLeft--
          refuse(call, 'beyond-head', -32000, 'block range extends beyond current head block')
        } else if (limits.getLogsResultCap !== undefined && Array.isArray(answer?.result) && answer.result.length > limits.getLogsResultCap)
          refuse(call, 'results', -32005, `query exceeds max results ${limits.getLogsResultCap}, retry with a smaller range`)
      }
      const stateAt = { eth_getCode: 1, eth_call: 1, eth_getBalance: 1, eth_getStorageAt: 2 }[call.method ?? '']
      if (stateAt !== undefined && limits.stateBlocks !== undefined && height(call.params?.[stateAt] ?? 'latest') < head - limits.stateBlocks) {
        refuse(call, 'pruned', -32000, 'missing trie node 7f3c1e0b9a2d (path ) state is not available')
      }
    }
    return JSON.stringify(Array.isArray(reply) ? replies : replies[0])
  }

  /** Forwards the request, then answers as the misreporting node would. */
  const misreported = async (body: string, misreport: Misreport): Promise<string> => {
    const parsed = JSON.parse(body) as JsonRpcCall | JsonRpcCall[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    const reply = JSON.parse((await forward(body)).text) as any
    const replies: any[] = Array.isArray(reply) ? reply : [reply]
    const byId = new Map(calls.map((c) => [JSON.stringify(c.id), c]))
    for (const r of replies) {
      const call = byId.get(JSON.stringify(r.id))
      if (!call || r.error) continue
      if (call.method === 'eth_chainId' && misreport.chainId !== undefined) {
        r.result = `0x${misreport.chainId.toString(16)}`
        stats.misreported++
      }
      const tag = call.params?.[0]
      if (
        call.method === 'eth_getBlockByNumber' &&
        misreport.nullBlocksFrom !== undefined &&
        typeof tag === 'string' &&
        tag.startsWith('0x') &&
        Number(BigInt(tag)) >= misreport.nullBlocksFrom
      ) {
        r.result = null
        stats.misreported++
      }
    }
    return JSON.stringify(Array.isArray(reply) ? replies : replies[0])
  }

  const carriesFaultMethod = (body: string) => {
    if (!plan.faultMethods) return true
    const parsed = JSON.parse(body) as JsonRpcCall | JsonRpcCall[]
    return (Array.isArray(parsed) ? parsed : [parsed]).some((c) => plan.faultMethods!.includes(c.method ?? ''))
  }

  /** Forwards the calls it does not refuse; eth_calls carrying a refused selector (batch reads included) get an error. */
  const refusing = async (body: string, selectors: string[]): Promise<string> => {
    const parsed = JSON.parse(body) as JsonRpcCall | JsonRpcCall[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    const needles = selectors.map((x) => x.replace(/^0x/, '').toLowerCase())
    const refused = (c: JsonRpcCall) =>
      c.method === 'eth_call' &&
      needles.some((n) =>
        String((c.params?.[0] as { data?: string } | undefined)?.data ?? '')
          .toLowerCase()
          .includes(n),
      )
    const pass = calls.filter((c) => !refused(c))
    const forwarded: any[] = pass.length ? [JSON.parse((await forward(JSON.stringify(pass))).text)].flat() : []
    const replies = calls.map((c) => {
      if (!refused(c)) return forwarded.find((r) => JSON.stringify(r.id) === JSON.stringify(c.id))
      stats.refused.selector++
      return { jsonrpc: '2.0', id: c.id, error: { code: -32000, message: 'refused by the fault proxy: this view is not served' } }
    })
    return JSON.stringify(Array.isArray(parsed) ? replies : replies[0])
  }

  const send = (res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    if (res.destroyed) return
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
    res.end(text)
  }

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
    stats.requests++
    try {
      const parsed = JSON.parse(body)
      stats.calls += Array.isArray(parsed) ? parsed.length : 1
    } catch {
      return send(res, 400, JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } }))
    }
    const fault = carriesFaultMethod(body) ? choose() : undefined
    switch (fault) {
      case 'timeout': {
        // never answered: the client's own timeout fires first; then the socket goes away
        const timer = setTimeout(() => {
          held.delete(timer)
          req.socket.destroy()
        }, plan.holdMs ?? 35_000)
        held.add(timer)
        res.once('close', () => {
          clearTimeout(timer)
          held.delete(timer)
        })
        return
      }
      case 'rate-limit':
        return send(res, 429, JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32005, message: 'rate limit exceeded' } }), {
          'retry-after': String(plan.retryAfterSeconds ?? 1),
        })
      case 'server-error': {
        const status = [500, 502, 503][Math.floor(random() * 3)]
        return send(res, status, JSON.stringify({ error: `injected ${status}` }))
      }
      case 'lag':
        return send(res, 200, await lagging(body))
    }
    if (fault === 'latency') await sleep(plan.latencyMs ?? 300)
    if (plan.misreport && (!fault || fault === 'latency')) return send(res, 200, await misreported(body, plan.misreport))
    if (plan.provider && (!fault || fault === 'latency')) return send(res, 200, await limited(body, plan.provider))
    if (plan.refuseSelectors?.length && (!fault || fault === 'latency')) return send(res, 200, await refusing(body, plan.refuseSelectors))
    const reply = await forward(body)
    if (fault === 'malformed') return send(res, 200, reply.text.slice(0, Math.max(1, reply.text.length >> 1)) + '\u0000<html>')
    if (fault === 'drop') {
      // promise the whole body, deliver half, then cut the connection
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply.text) })
      res.write(reply.text.slice(0, reply.text.length >> 1))
      setImmediate(() => req.socket.destroy())
      return
    }
    send(res, reply.status, reply.text, { 'content-type': String(reply.headers['content-type'] ?? 'application/json') })
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error) =>
        send(res, 502, JSON.stringify({ error: `proxy: ${error instanceof Error ? error.message : error}` })),
      )
    })
  })
  server.keepAliveTimeout = 60_000
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${port}`,
    setPlan,
    shortOf,
    stats: () => ({ ...stats, injected: { ...stats.injected }, refused: { ...stats.refused } }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of held) clearTimeout(timer)
        held.clear()
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      }),
  }
}
