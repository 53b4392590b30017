/**
 * A local stand-in for the SQD Network gateway of the devnet's Base chain, speaking the protocol of
 * @subsquid/evm-processor's archive client:
 *   GET  <url>/height          → the dataset's height (text): anvil's head minus `finalityLag`
 *   GET  <url>/<block>/worker  → the URL of the worker that holds <block> (text)
 *   POST <worker URL>          → the query (JSON) answered as a JSON array of blocks, covering
 *                                fromBlock up to the end of the worker's chunk, toBlock or the
 *                                height, whichever comes first, or less when the answer is full
 * with <url> = http://host:port/network/<dataset>. With an API key set, every request must carry
 * `Authorization: Bearer <key>` (or `Token: <key>`, which upstream clients also send); anything
 * else gets 401. Errors a real gateway would retry (the chain moved, anvil unreachable) are 503/502.
 *
 * The chain is read from anvil (`rpcUrl`) or from a dataset on disk (`datasetDir`, devnet/src/dataset),
 * which holds only final blocks and so is served up to its last block. A dataset that cannot be
 * read as its manifest says answers 500, never an empty answer.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DatasetError } from '../dataset/format'
import type { RpcReceipt } from './chain-data'
import { ChainChangedError, type ChainSource } from './chain-source'
import { answerFromLines } from './dataset-answer'
import { DatasetChainSource } from './dataset-source'
import { blockJson, planAnswer } from './answer-json'
import { needsReceipts } from './project'
import { parseArchiveQuery, QueryError, type ArchiveQuery } from './query'
import { logAddressHint, needsLogs, selectBlocks, transactionsForLogs } from './select'
import { AnvilChainSource } from './source'

export interface GatewayOptions {
  /** the chain's JSON-RPC endpoint (the devnet's Base anvil); or else: */
  rpcUrl?: string
  /** a dataset folder to serve instead of a chain */
  datasetDir?: string
  host?: string
  port?: number
  /** when set, requests without this key are refused with 401 */
  apiKey?: string
  /**
   * the dataset stops this many blocks below the head: a gateway serves only final blocks
   * (default: DEFAULT_FINALITY_LAG over a chain, 0 over a dataset, whose blocks are all final)
   */
  finalityLag?: number
  /** blocks per worker; a query is answered at most to the end of its block's chunk */
  chunkBlocks?: number
  /** logs plus transactions after which a worker ends its answer at the current block */
  maxItems?: number
  dataset?: string
}

export interface GatewayStats {
  requests: number
  unauthorized: number
  queries: number
  /** blocks sent in answers */
  blocks: number
  /** logs and transactions sent in answers */
  items: number
}

export interface GatewayServer {
  /** the gateway URL a processor is given (setGateway) */
  url: string
  port: number
  setApiKey(key: string | undefined): void
  stats(): GatewayStats
  close(): Promise<void>
}

export const DEFAULT_FINALITY_LAG = 10
export const DEFAULT_CHUNK_BLOCKS = 200
export const DEFAULT_MAX_ITEMS = 10_000
const MAX_BODY = 1 << 20

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function startGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const host = options.host ?? '127.0.0.1'
  const dataset = options.dataset ?? 'base-devnet'
  const chunk = options.chunkBlocks ?? DEFAULT_CHUNK_BLOCKS
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS
  if (!options.rpcUrl === !options.datasetDir) throw new Error('the gateway serves either a chain (rpcUrl) or a dataset (datasetDir): give exactly one')
  const source: ChainSource = options.rpcUrl ? new AnvilChainSource(options.rpcUrl) : new DatasetChainSource(options.datasetDir!)
  const lag = options.finalityLag ?? (source.final ? 0 : DEFAULT_FINALITY_LAG)
  let apiKey = options.apiKey || undefined
  const stats: GatewayStats = { requests: 0, unauthorized: 0, queries: 0, blocks: 0, items: 0 }
  const routerPrefix = `/network/${dataset}/`
  const workerPrefix = `/worker/${dataset}/`
  let origin = ''

  const height = async () => Math.max(-1, (await source.head()) - lag)

  const authorized = (req: http.IncomingMessage) => !apiKey || req.headers.authorization === `Bearer ${apiKey}` || req.headers.token === apiKey

  /** the answer's JSON text (answer-json.ts writes it without building the projected objects) */
  async function answer(worker: number, query: ArchiveQuery): Promise<string> {
    if (Math.floor(query.fromBlock / chunk) !== worker) throw new HttpFailure(400, `block ${query.fromBlock} is not served by worker ${worker}`)
    const top = await height()
    if (query.fromBlock > top) throw new HttpFailure(503, `block ${query.fromBlock} is above the dataset height ${top}`)
    if (query.fromBlock < source.firstBlock()) throw new HttpFailure(400, `block ${query.fromBlock} is below the dataset's first block ${source.firstBlock()}`)
    const range = { from: query.fromBlock, to: Math.min(query.toBlock ?? Infinity, (worker + 1) * chunk - 1, top) }
    if (source instanceof DatasetChainSource) {
      // answered from the stored lines as they are (dataset-answer.ts), the same text as below
      const lines = await source.reader.lines(range.from, range.to)
      const answered = answerFromLines(query, range, lines, maxItems, source.reader.manifest.receipts)
      stats.blocks += answered.blocks
      stats.items += answered.items
      return answered.json
    }
    const logs = needsLogs(query) ? await source.logs(range.from, range.to, logAddressHint(query)) : []
    const transactions = query.transactions?.length
      ? await source.blockTransactions(range.from, range.to)
      : await source.transactions(transactionsForLogs(query, logs), range)
    const selection = selectBlocks(query, range, logs, transactions, maxItems)
    const receipts = needsReceipts(query.fields)
      ? await source.receipts(
          selection.blocks.flatMap((b) => b.transactions.map((t) => t.hash)),
          { from: range.from, to: selection.lastBlock },
        )
      : new Map<string, RpcReceipt>()
    const headers = await source.blockHeaders(selection.blocks.map((b) => b.number))
    const plan = planAnswer(query.fields)
    const parts: string[] = []
    for (const b of selection.blocks) {
      const header = headers.get(b.number)!
      // logs read a moment before the headers must come from the same blocks
      if (b.logs.some((l) => l.blockHash !== header.hash) || b.transactions.some((t) => t.blockHash !== header.hash))
        throw new ChainChangedError(`block ${b.number} changed during the query`)
      stats.blocks++
      stats.items += b.logs.length + b.transactions.length
      parts.push(blockJson(plan, header, b.transactions, b.logs, receipts))
    }
    return `[${parts.join(',')}]`
  }

  async function route(req: http.IncomingMessage, body: string): Promise<{ status: number; type: string; body: string }> {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'GET' && path === `${routerPrefix}height`) return text(200, String(await height()))
    const worker = /^(\d+)\/worker$/.exec(path.startsWith(routerPrefix) ? path.slice(routerPrefix.length) : '')
    if (req.method === 'GET' && worker) {
      const block = Number(worker[1])
      const top = await height()
      if (block > top) throw new HttpFailure(503, `no worker has block ${block} yet (height ${top})`)
      if (block < source.firstBlock()) throw new HttpFailure(400, `block ${block} is below the dataset's first block ${source.firstBlock()}`)
      // the worker is reached the way the router was (a container is not reached by the address it listens on)
      const reachedAs = req.headers.host ? `http://${req.headers.host}` : origin
      return text(200, `${reachedAs}${workerPrefix}${Math.floor(block / chunk)}`)
    }
    const post = /^(\d+)$/.exec(path.startsWith(workerPrefix) ? path.slice(workerPrefix.length) : '')
    if (req.method === 'POST' && post) {
      let json: unknown
      try {
        json = JSON.parse(body)
      } catch {
        throw new HttpFailure(400, 'the query is not JSON')
      }
      stats.queries++
      return { status: 200, type: 'application/json', body: await answer(Number(post[1]), parseArchiveQuery(json)) }
    }
    throw new HttpFailure(404, `no route ${req.method} ${path}`)
  }

  const server = http.createServer((req, res) => {
    stats.requests++
    const send = (r: { status: number; type: string; body: string }) => {
      if (res.destroyed) return
      res.writeHead(r.status, { 'content-type': r.type, 'content-length': Buffer.byteLength(r.body) })
      res.end(r.body)
    }
    if (!authorized(req)) {
      stats.unauthorized++
      req.resume()
      return send(text(401, 'a valid API key is required: Authorization: Bearer <key>'))
    }
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (d: string) => {
      body += d
      if (body.length > MAX_BODY) req.destroy()
    })
    req.on('end', () => {
      route(req, body).then(send, (error) => {
        if (error instanceof HttpFailure) send(text(error.status, error.message))
        else if (error instanceof QueryError) send(text(400, error.message))
        else if (error instanceof ChainChangedError) send(text(503, error.message))
        // a dataset that is not what its manifest says: an operator must rebuild it, retrying will not help
        else if (error instanceof DatasetError) send(text(500, `dataset read failed: ${error.message}`))
        // anvil unreachable or failing: a gateway's upstream error, which clients retry
        else send(text(502, `chain read failed: ${error instanceof Error ? error.message : error}`))
      })
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  return {
    url: `${origin}${routerPrefix.slice(0, -1)}`,
    port,
    setApiKey(key) {
      apiKey = key || undefined
    },
    stats: () => ({ ...stats }),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
      await source.close()
    },
  }
}

function text(status: number, body: string) {
  return { status, type: 'text/plain', body }
}
