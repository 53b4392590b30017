/**
 * A tiny read-only JSON-RPC endpoint over a dataset, for a processor that backfills through the
 * dataset gateway and has no chain node behind it (the synthetic Base dataset, issue 18). The Base
 * processor reads no contract state over RPC: it asks a node only for the chain id, the head and
 * block headers (its start checks, its progress line and Subsquid's head tracking). Those come from
 * the dataset here; any other method is refused by name and counted, so a run shows what it would
 * have needed from a node instead of silently getting nothing.
 *
 * A synthetic OG dataset also carries the contract state the OG indexer reads (state-history.ts):
 * with it, eth_call is answered for exactly those reads (og-state-calls.ts), and any other call is
 * refused by name and counted too.
 *
 * Every block in a dataset is final, so `latest`, `safe` and `finalized` are its height.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { CallNotServed, CallReverted, OgStateCalls } from './og-state-calls'
import { DatasetReader } from './reader'
import { StateHistory } from './state-history'

export interface DatasetRpc {
  url: string
  /** how many times each method was asked, served or not */
  asked(): Record<string, number>
  /** the methods that were refused, with how many times */
  refused(): Record<string, number>
  /** state reads answered from the recorded state, by function name (empty without one) */
  stateReads(): Record<string, number>
  close(): Promise<void>
}

interface RpcRequest {
  jsonrpc?: string
  id?: unknown
  method?: unknown
  params?: unknown
}

const HEAD_TAGS = new Set(['latest', 'safe', 'finalized', 'pending'])
const hex = (n: number) => `0x${n.toString(16)}`

class MethodError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
  ) {
    super(message)
  }
}

export async function startDatasetRpc(options: { datasetDir: string; host?: string; port?: number }): Promise<DatasetRpc> {
  const reader = DatasetReader.open(options.datasetDir)
  const state = StateHistory.load(options.datasetDir)
  const calls = state ? new OgStateCalls(state) : undefined
  const asked = new Map<string, number>()
  const refused = new Map<string, number>()
  const count = (map: Map<string, number>, method: string) => map.set(method, (map.get(method) ?? 0) + 1)

  /** a block tag or hex number as a block number of the dataset, or null when the dataset does not hold it */
  const blockNumberOf = (tag: unknown): number | null => {
    const { firstBlock, height } = reader.refresh()
    if (typeof tag !== 'string') throw new MethodError(-32602, `a block number or tag is required, got ${JSON.stringify(tag)}`)
    if (HEAD_TAGS.has(tag)) return height
    if (tag === 'earliest') return firstBlock
    if (!/^0x[0-9a-fA-F]+$/.test(tag)) throw new MethodError(-32602, `"${tag}" is neither a hex block number nor a block tag`)
    const n = Number(BigInt(tag))
    return n >= firstBlock && n <= height ? n : null
  }

  async function block(tag: unknown, fullTransactions: unknown): Promise<object | null> {
    const n = blockNumberOf(tag)
    if (n === null) return null
    const [b] = await reader.blocks(n, n)
    return { ...b.header, transactions: fullTransactions === true ? b.transactions : b.transactions.map((t) => t.hash), uncles: [] }
  }

  function ethCall(request: unknown, tag: unknown): string {
    if (!calls) throw new MethodError(-32601, 'eth_call is not served: this dataset carries no recorded state')
    const { to, data, input } = (request ?? {}) as { to?: string; data?: string; input?: string }
    const n = blockNumberOf(tag ?? 'latest')
    if (n === null) throw new MethodError(-32000, `block ${String(tag)} is not in this dataset`)
    try {
      return calls.call(to?.toLowerCase(), data ?? input ?? '0x', n)
    } catch (error) {
      if (error instanceof CallReverted) throw new MethodError(3, 'execution reverted', error.data)
      if (error instanceof CallNotServed) {
        count(refused, `eth_call ${(data ?? input ?? '').slice(0, 10)}`)
        throw new MethodError(-32000, error.message)
      }
      throw error
    }
  }

  async function answer(request: RpcRequest): Promise<unknown> {
    const method = typeof request.method === 'string' ? request.method : ''
    count(asked, method)
    const params = Array.isArray(request.params) ? request.params : []
    try {
      let result: unknown
      if (method === 'eth_chainId') result = hex(reader.manifest.chainId)
      else if (method === 'net_version') result = String(reader.manifest.chainId)
      else if (method === 'eth_blockNumber') result = hex(reader.refresh().height)
      else if (method === 'eth_getBlockByNumber') result = await block(params[0], params[1])
      else if (method === 'eth_call') result = ethCall(params[0], params[1])
      else
        throw new MethodError(
          -32601,
          `${method || 'a request without a method'} is not served: this endpoint reads only the chain id, the head and blocks of a dataset`,
        )
      return { jsonrpc: '2.0', id: request.id ?? null, result }
    } catch (error) {
      if (error instanceof MethodError && error.code === -32601) count(refused, method)
      const code = error instanceof MethodError ? error.code : -32603
      const data = error instanceof MethodError && error.data !== undefined ? { data: error.data } : {}
      return { jsonrpc: '2.0', id: request.id ?? null, error: { code, message: error instanceof Error ? error.message : String(error), ...data } }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      let body: unknown
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } }))
      }
      const out = Array.isArray(body) ? await Promise.all(body.map((r) => answer(r as RpcRequest))) : await answer(body as RpcRequest)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(out))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { address, port } = server.address() as AddressInfo
  return {
    url: `http://${address}:${port}`,
    asked: () => Object.fromEntries(asked),
    refused: () => Object.fromEntries(refused),
    stateReads: () => Object.fromEntries(calls?.served ?? []),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
