import path from 'node:path'
import { z } from 'zod'

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const EnvSchema = z.object({
  API_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4350),
  API_HOST: z.string().default('127.0.0.1'),
  SCHEMA_FILE: z.string().default(path.resolve(__dirname, '../../schema.graphql')),
  WEB_DIST_DIR: z.string().default(path.resolve(__dirname, '../../web/dist')),
  API_STATEMENT_TIMEOUT_MS: positiveInt(5000),
  API_POOL_SIZE: positiveInt(10),
  API_WORKERS: positiveInt(1),
  API_MAX_PAGE_SIZE: positiveInt(1000),
  API_DEFAULT_PAGE_SIZE: positiveInt(100),
  API_MAX_DEPTH: positiveInt(10),
  API_MAX_COST: positiveInt(250_000),
  API_MAX_ROWS: positiveInt(50_000),
  API_MAX_ALIASES: positiveInt(15),
  API_MAX_TOKENS: positiveInt(2000),
  API_MAX_DIRECTIVES: positiveInt(20),
  API_MAX_REQUEST_BYTES: positiveInt(256 * 1024),
  API_RATE_LIMIT: positiveInt(600),
  API_RATE_WINDOW_S: positiveInt(60),
  API_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  API_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2000),
  API_HEADS_TTL_MS: z.coerce.number().int().min(0).default(1000),
  API_COUNT_CAP: positiveInt(1_000_000),
  API_CSV_ROW_CAP: positiveInt(100_000),
  API_MAX_WORK: positiveInt(300_000),
  API_MAX_DB_ROWS: positiveInt(250_000),
  API_MAX_RESPONSE_BYTES: positiveInt(8 * 1024 * 1024),
  API_REQUEST_TIMEOUT_MS: positiveInt(10_000),
  // requests of one client in flight; above a browser's own parallelism (six connections per origin), so the web app
  // loading a page is never refused, while a script opening dozens at once is
  API_MAX_IN_FLIGHT: positiveInt(16),
  // of those, requests one client has worked on at once; the rest wait their turn before their body is read. Unset: as
  // many as the pool connections it may hold (API_MAX_CLIENT_QUERIES), so a page's queries run side by side; a client
  // refused by the heavy lane for its share is then worked on one at a time for a while (yoga.ts)
  API_MAX_CLIENT_RUNNING: z.coerce.number().int().positive().optional(),
  // 4 of the pool's 10 connections per client: its other queries wait their turn, so others are served beside it
  API_MAX_CLIENT_QUERIES: positiveInt(4),
  /** origins allowed to read the API from a browser, comma-separated; unset: same-origin only */
  API_CORS_ORIGINS: z.string().optional(),
  // the heavy lane (api/src/budget/heavy-lane.ts): requests whose estimate reaches either threshold run in a worker thread
  API_HEAVY_LANE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  API_HEAVY_ROWS: positiveInt(1000),
  API_HEAVY_WORK: positiveInt(50_000),
  API_HEAVY_CONCURRENCY: positiveInt(1),
  API_HEAVY_QUEUE: z.coerce.number().int().min(0).default(8),
  API_HEAVY_PER_CLIENT: positiveInt(2),
  API_HEAVY_QUEUE_MS: positiveInt(5000),
  API_HEAVY_POOL_SIZE: positiveInt(4),
  API_EXPORT_SLOTS: positiveInt(2),
  API_EXPORT_QUEUE: z.coerce.number().int().min(0).default(8),
  API_EXPORT_QUEUE_MS: positiveInt(10_000),
  API_EXPORT_WRITE_TIMEOUT_MS: positiveInt(15_000),
  API_EXPORT_MAX_MS: positiveInt(120_000),
  /** JSON-RPC endpoints the API reads transactions and blocks from (api/src/chain); unset: those pages show what is indexed */
  API_OG_RPC_URL: z.string().url().optional(),
  API_BASE_RPC_URL: z.string().url().optional(),
  API_CHAIN_TIMEOUT_MS: positiveInt(4000),
  API_CHAIN_CONCURRENCY: positiveInt(8),
  API_CHAIN_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  API_CHAIN_CACHE_ENTRIES: z.coerce.number().int().min(0).default(2000),
  API_CHAIN_CACHE_DEPTH: positiveInt(12),
  /** the OPG ERC-20 on Base the token page shows; default: mainnet's (docs/sources.md#61-opg) */
  API_OPG_TOKEN_ADDRESS: z
    .string()
    .regex(/^0x[0-9a-fA-F]{40}$/, 'an 0x-prefixed 20-byte address')
    .default('0xFbC2051AE2265686a469421b2C5A2D5462FbF5eB'),
  /** the Walrus aggregator the indexer reads blobs from; the API only links to it */
  BLOB_STORE_URL: z.string().url().optional(),
})

export interface ApiConfig {
  databaseUrl: string
  port: number
  host: string
  schemaFile: string
  /** the built web app, served on the same port when it exists */
  webDistDir: string
  statementTimeoutMs: number
  poolSize: number
  /** processes serving the port (node:cluster); each has its own pool and response cache */
  workers: number
  limits: {
    maxPageSize: number
    defaultPageSize: number
    maxDepth: number
    maxCost: number
    /** rows one request may read across all its lists and relations */
    maxRowsPerRequest: number
    maxAliases: number
    maxTokens: number
    maxDirectives: number
    maxRequestBytes: number
    /** a filtered totalCount stops counting here (see docs/api.md, totalCount) */
    countCap: number
    csvRowCap: number
  }
  /**
   * maxInFlight: requests one client may have open at once, more are refused with 429 at once; maxRunning: of those,
   * how many are worked on at once, the rest waiting their turn in order
   */
  rateLimit: { max: number; windowSeconds: number; trustProxy: boolean; maxInFlight: number; maxRunning: number }
  /** what one GraphQL request may spend (api/src/budget) */
  budget: {
    /** the cost model's estimate of event-loop work, checked before execution */
    maxWork: number
    /** rows all of a request's SQL may return */
    maxDbRows: number
    /** characters of the JSON answer, checked while it is serialised */
    maxResponseBytes: number
    /** from execution to the last byte of the answer */
    requestTimeoutMs: number
    /** queries one client may have running on the pool at once, across its requests; more wait their turn */
    maxClientQueries: number
  }
  /**
   * Requests the cost model calls heavy (at least `rows` entity rows or `work` units) run in a worker thread with its
   * own small pool, `concurrency` at a time, so light requests never wait behind them on the event loop or the pool
   */
  heavyLane: {
    /** false: heavy requests run on the main thread like any other */
    enabled: boolean
    rows: number
    work: number
    concurrency: number
    /** heavy requests waiting for a place; more are refused with 503 OVERLOADED */
    queue: number
    /** heavy requests one client may have running or waiting; more are refused with 429 RATE_LIMITED */
    perClient: number
    queueMs: number
    /** the worker's own connections, beside the main pool */
    poolSize: number
  }
  cacheTtlMs: number
  headsTtlMs: number
  /** exact origins (scheme://host[:port]) whose pages may read responses; empty: none but the API's own */
  corsOrigins: string[]
  /** Walrus aggregator (BLOB_STORE_URL) for the blob links of inferenceProof; unset: no link */
  blobStoreUrl?: string
  /** reads from the chains' nodes (api/src/chain); a chain without a URL is not read */
  chain: {
    rpcUrls: { og?: string; base?: string }
    timeoutMs: number
    concurrency: number
    retries: number
    cacheEntries: number
    /** blocks at least this far below the head are final for the cache */
    cacheDepth: number
    /** the OPG ERC-20 on Base, lowercase */
    opgToken: string
  }
  csvExport: {
    /** exports running at once, each holding one pooled connection */
    slots: number
    /** exports waiting for a slot; more are refused with 503 */
    queue: number
    /** how long one waits in the queue */
    queueMs: number
    /** a client that reads nothing for this long is cut off */
    writeTimeoutMs: number
    /** an export running this long stops with a note, so no snapshot is held longer */
    maxMs: number
  }
}

/** API_CORS_ORIGINS as exact origins; anything that is not a bare http(s) origin stops the process. */
function parseOrigins(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return list.map((origin) => {
    let url: URL | undefined
    try {
      url = new URL(origin)
    } catch {
      url = undefined
    }
    if (origin === '*' || !url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`invalid API environment: API_CORS_ORIGINS: "${origin}" is not an origin like https://explorer.example.org (no path, no wildcard)`)
    }
    return url.origin
  })
}

/** Reads the environment once at startup; a bad or missing variable stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  // an empty variable (X= in .env, or passed through by compose) means unset, as in the indexer
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== '')))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid API environment: ${problems}`)
  }
  const e = parsed.data
  const databaseUrl = overrides.databaseUrl ?? e.API_DATABASE_URL ?? e.DATABASE_URL
  if (!databaseUrl) throw new Error('API_DATABASE_URL (or DATABASE_URL) must name the indexer database; use a read-only role')
  const config: ApiConfig = {
    databaseUrl,
    port: e.API_PORT,
    host: e.API_HOST,
    schemaFile: e.SCHEMA_FILE,
    webDistDir: e.WEB_DIST_DIR,
    statementTimeoutMs: e.API_STATEMENT_TIMEOUT_MS,
    poolSize: e.API_POOL_SIZE,
    workers: e.API_WORKERS,
    limits: {
      maxPageSize: e.API_MAX_PAGE_SIZE,
      defaultPageSize: Math.min(e.API_DEFAULT_PAGE_SIZE, e.API_MAX_PAGE_SIZE),
      maxDepth: e.API_MAX_DEPTH,
      maxCost: e.API_MAX_COST,
      maxRowsPerRequest: e.API_MAX_ROWS,
      maxAliases: e.API_MAX_ALIASES,
      maxTokens: e.API_MAX_TOKENS,
      maxDirectives: e.API_MAX_DIRECTIVES,
      maxRequestBytes: e.API_MAX_REQUEST_BYTES,
      countCap: e.API_COUNT_CAP,
      csvRowCap: e.API_CSV_ROW_CAP,
    },
    rateLimit: {
      max: e.API_RATE_LIMIT,
      windowSeconds: e.API_RATE_WINDOW_S,
      trustProxy: e.API_TRUST_PROXY,
      maxInFlight: e.API_MAX_IN_FLIGHT,
      maxRunning: e.API_MAX_CLIENT_RUNNING ?? e.API_MAX_CLIENT_QUERIES,
    },
    budget: {
      maxWork: e.API_MAX_WORK,
      maxDbRows: e.API_MAX_DB_ROWS,
      maxResponseBytes: e.API_MAX_RESPONSE_BYTES,
      requestTimeoutMs: e.API_REQUEST_TIMEOUT_MS,
      maxClientQueries: e.API_MAX_CLIENT_QUERIES,
    },
    heavyLane: {
      enabled: e.API_HEAVY_LANE,
      rows: e.API_HEAVY_ROWS,
      work: e.API_HEAVY_WORK,
      concurrency: e.API_HEAVY_CONCURRENCY,
      queue: e.API_HEAVY_QUEUE,
      perClient: e.API_HEAVY_PER_CLIENT,
      queueMs: e.API_HEAVY_QUEUE_MS,
      poolSize: e.API_HEAVY_POOL_SIZE,
    },
    cacheTtlMs: e.API_CACHE_TTL_MS,
    headsTtlMs: e.API_HEADS_TTL_MS,
    corsOrigins: parseOrigins(e.API_CORS_ORIGINS),
    blobStoreUrl: e.BLOB_STORE_URL,
    chain: {
      rpcUrls: { og: e.API_OG_RPC_URL, base: e.API_BASE_RPC_URL },
      timeoutMs: e.API_CHAIN_TIMEOUT_MS,
      concurrency: e.API_CHAIN_CONCURRENCY,
      retries: e.API_CHAIN_RETRIES,
      cacheEntries: e.API_CHAIN_CACHE_ENTRIES,
      cacheDepth: e.API_CHAIN_CACHE_DEPTH,
      opgToken: e.API_OPG_TOKEN_ADDRESS.toLowerCase(),
    },
    csvExport: {
      slots: e.API_EXPORT_SLOTS,
      queue: e.API_EXPORT_QUEUE,
      queueMs: e.API_EXPORT_QUEUE_MS,
      writeTimeoutMs: e.API_EXPORT_WRITE_TIMEOUT_MS,
      maxMs: e.API_EXPORT_MAX_MS,
    },
    ...overrides,
  }
  return Object.freeze(config)
}
