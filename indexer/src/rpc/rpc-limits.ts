/**
 * `eth_getLogs` under the limits real providers put on it.
 *
 * Providers refuse a getLogs whose block range or result count is too large, each with its own
 * message, and a load-balanced or lagging node refuses a range that reaches past its own head.
 * Subsquid 1.27.3 bisects only on "query returned more than" and "response is too big"; every other
 * refusal is fatal to the processor, which then restarts into the same refusal forever. This module
 * splits the range on any known limit (taking the provider's suggested range when it names one),
 * waits for a node that is behind, and hands everything else back unchanged.
 */
import { RpcError, type RpcClient } from '@subsquid/rpc-client'
import type { EvmBatchProcessor } from '@subsquid/evm-processor'

export type LimitKind = 'too-large' | 'behind-head'

// "rate limit exceeded" and "request limit exceeded" are about request rate, never range: splitting
// would only send more requests. They are left to the client's own retry of 429s.
const RATE_LIMIT = /rate limit|request limit|too many requests|requests? per second|daily request count/i

const TOO_LARGE = [
  /query exceeds max block range/i,
  /query exceeds max results/i,
  /query returned more than/i,
  /response is too big/i,
  /log response size exceeded/i,
  /response size (exceeded|should not greater)/i,
  /block range (is )?too (large|wide)/i,
  /exceed(s|ed)? (the )?max(imum)? block range/i,
  /maximum \[from, ?to\] blocks distance/i,
  /eth_getLogs is limited to/i,
  /range limit exceeded/i,
  /too many (logs|results)/i,
  /more than \d+ (logs|results)/i,
  /limit exceeded/i,
]

const BEHIND_HEAD = [
  /beyond (the )?(current )?head/i,
  /block range extends beyond/i,
  /(from|to)Block .*(is )?(after|greater than) (the )?(latest|head)/i,
  /invalid block range/i,
  /unknown block/i,
  /header not found/i,
]

/** What a getLogs refusal means, or undefined when it is no known limit. */
export function classifyGetLogsError(message: string): LimitKind | undefined {
  if (RATE_LIMIT.test(message)) return undefined
  if (BEHIND_HEAD.some((p) => p.test(message))) return 'behind-head'
  if (TOO_LARGE.some((p) => p.test(message))) return 'too-large'
  return undefined
}

/** A range the provider proposes ("…this block range should work: [0x1, 0x2]"), if it starts where we did. */
export function suggestedRange(message: string, from: number, to: number): { from: number; to: number } | undefined {
  const m = /\[\s*(0x[0-9a-f]+)\s*,\s*(0x[0-9a-f]+)\s*\]/i.exec(message)
  if (!m) return undefined
  const range = { from: Number(BigInt(m[1])), to: Number(BigInt(m[2])) }
  return range.from === from && range.to >= from && range.to < to ? range : undefined
}

export interface LimitOptions {
  /** waits before asking a node that is behind again; its length is how many times */
  behindHeadWaitsMs?: number[]
  sleep?: (ms: number) => Promise<void>
  log?: (line: string) => void
}

const DEFAULT_WAITS = [200, 500, 1000, 2000, 3000, 5000, 5000, 5000, 10_000, 10_000, 15_000, 20_000]

/**
 * Logs of `from..to` through `fetch`, one getLogs per range, splitting a range a provider refuses
 * as too large and waiting for a node behind the range's end. A single block refused as too large is
 * rethrown in the words Subsquid recognises: it then bisects the range itself down to that block and
 * reads the block's receipts instead, asking again for some pieces on the way (rare: it takes one
 * block holding more logs than the provider's whole answer may).
 */
export async function getLogsWithinLimits<T>(
  fetch: (from: number, to: number) => Promise<T[]>,
  from: number,
  to: number,
  options: LimitOptions = {},
): Promise<T[]> {
  const waits = options.behindHeadWaitsMs ?? DEFAULT_WAITS
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  let attempt = 0
  for (;;) {
    try {
      return await fetch(from, to)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const kind = classifyGetLogsError(message)
      if (kind === 'too-large') {
        if (from >= to)
          throw new RpcError({ code: (error as any)?.code ?? -32000, message: `${message} (one block over the provider's limit: response is too big)` })
        const first = suggestedRange(message, from, to) ?? { from, to: from + Math.floor((to - from) / 2) }
        options.log?.(`eth_getLogs ${from}..${to} refused (${message.slice(0, 120)}); splitting at ${first.to}`)
        const head = await getLogsWithinLimits(fetch, first.from, first.to, options)
        const tail = await getLogsWithinLimits(fetch, first.to + 1, to, options)
        return head.concat(tail)
      }
      if (kind === 'behind-head' && attempt < waits.length) {
        options.log?.(`eth_getLogs ${from}..${to}: the node is behind (${message.slice(0, 120)}); asking again in ${waits[attempt]} ms`)
        await sleep(waits[attempt++])
        continue
      }
      throw error
    }
  }
}

interface BlockRangeFilter {
  fromBlock: string
  toBlock: string
  [key: string]: unknown
}

const isRangeFilter = (params: unknown[] | undefined): params is [BlockRangeFilter] => {
  const f = params?.[0] as BlockRangeFilter | undefined
  return params?.length === 1 && typeof f?.fromBlock === 'string' && typeof f?.toBlock === 'string' && /^0x/.test(f.fromBlock) && /^0x/.test(f.toBlock)
}

const toQty = (n: number) => `0x${n.toString(16)}`

/** Routes the client's numbered-range `eth_getLogs` calls through getLogsWithinLimits. */
export function limitAwareClient(client: RpcClient, options: LimitOptions = {}): RpcClient {
  const call = client.call.bind(client)
  client.call = ((method: string, params?: any[], callOptions?: any) => {
    if (method !== 'eth_getLogs' || !isRangeFilter(params)) return call(method, params, callOptions)
    const filter = params[0]
    return getLogsWithinLimits(
      (from, to) => call(method, [{ ...filter, fromBlock: toQty(from), toBlock: toQty(to) }], callOptions),
      Number(BigInt(filter.fromBlock)),
      Number(BigInt(filter.toBlock)),
      options,
    )
  }) as RpcClient['call']
  return client
}

/** the processor's client factory: private in the typings, public at run time; memoised per processor */
interface RpcClientFactory {
  getChainRpcClient(): RpcClient
}

/**
 * Makes the processor's RPC client (the one its data source and handlers share) split and wait on
 * provider limits. No public option reaches the library's getLogs, so the client it builds is
 * wrapped once, on this processor only.
 */
export function respectProviderLimits<P extends EvmBatchProcessor<any>>(processor: P, options: LimitOptions = {}): P {
  const target = processor as unknown as RpcClientFactory
  const build = target.getChainRpcClient
  if (typeof build !== 'function')
    throw new Error('respectProviderLimits: this @subsquid/evm-processor has no getChainRpcClient(); the getLogs limit handling needs updating')
  let wrapped: RpcClient | undefined
  target.getChainRpcClient = function (this: RpcClientFactory) {
    wrapped ??= limitAwareClient(build.call(this), { log: throttledLog(), ...options })
    return wrapped
  }
  return processor
}

/** A backfill against a capped provider splits on most requests: one line a minute says so. */
function throttledLog(everyMs = 60_000): (line: string) => void {
  let last = 0
  let quiet = 0
  return (line) => {
    const now = Date.now()
    if (now - last < everyMs) {
      quiet++
      return
    }
    console.error(`[indexer] ${line}${quiet > 0 ? ` (and ${quiet} more since the last such line)` : ''}`)
    last = now
    quiet = 0
  }
}
