import { DEFAULT_RPC_TIMEOUT_MS } from '../config/rpc-timeout'

/**
 * The few plain JSON-RPC reads the start checks make before Subsquid's own client exists: chain id,
 * head, and one block's hash. Every failure throws; none is turned into "nothing there".
 */

export interface NodeReader {
  /** the endpoint as it may be printed (see describeEndpoint) */
  readonly endpoint: string
  chainId(): Promise<number>
  head(): Promise<number>
  /** the block's hash, or null when the node says it has no such block */
  hashAt(height: number): Promise<string | null>
}

const quantity = (value: unknown, what: string): number => {
  if (typeof value !== 'string' || !/^0x[0-9a-f]+$/i.test(value)) throw new Error(`${what}: not a hex quantity: ${JSON.stringify(value)?.slice(0, 80)}`)
  return Number(BigInt(value))
}

export function rpcNodeReader(rpcUrl: string, timeoutMs = DEFAULT_RPC_TIMEOUT_MS): NodeReader {
  // a WebSocket endpoint is asked over HTTP at the same address, as providers and anvil serve both there
  const httpUrl = rpcUrl.replace(/^ws(s?):\/\//i, 'http$1://')
  const call = async (method: string, params: unknown[]): Promise<unknown> => {
    const what = `${method}${params.length ? `(${params.join(', ')})` : ''}`
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((error) => {
      throw new Error(`${what}: ${error instanceof Error ? error.message : error}`)
    })
    if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`)
    const body = (await response.json().catch(() => {
      throw new Error(`${what}: the answer is not JSON`)
    })) as { result?: unknown; error?: { message?: string } }
    if (body.error) throw new Error(`${what}: ${body.error.message ?? JSON.stringify(body.error)}`)
    if (!('result' in body)) throw new Error(`${what}: the answer has no result`)
    return body.result
  }
  return {
    endpoint: describeEndpoint(rpcUrl),
    chainId: async () => quantity(await call('eth_chainId', []), 'eth_chainId'),
    head: async () => quantity(await call('eth_blockNumber', []), 'eth_blockNumber'),
    hashAt: async (height) => {
      const block = (await call('eth_getBlockByNumber', [`0x${height.toString(16)}`, false])) as { hash?: unknown } | null
      if (block === null) return null
      if (typeof block?.hash !== 'string') throw new Error(`eth_getBlockByNumber(${height}): the block has no hash`)
      return block.hash.toLowerCase()
    },
  }
}

/**
 * A URL as it can go into logs: providers put API keys in the path or the query (…/v2/<key>,
 * ?apikey=…), so credentials, the query and long path segments are masked.
 */
export function describeEndpoint(rpcUrl: string): string {
  let url: URL
  try {
    url = new URL(rpcUrl)
  } catch {
    return '(not a URL)'
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (segment.length >= 20 ? '…' : segment))
    .join('/')
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}${url.search ? '?…' : ''}`
}
