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
  API_TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  API_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2000),
  API_HEADS_TTL_MS: z.coerce.number().int().min(0).default(1000),
  API_COUNT_CAP: positiveInt(1_000_000),
  API_CSV_ROW_CAP: positiveInt(100_000),
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
    /** a filtered totalCount stops counting here (see README) */
    countCap: number
    csvRowCap: number
  }
  rateLimit: { max: number; windowSeconds: number; trustProxy: boolean }
  cacheTtlMs: number
  headsTtlMs: number
}

/** Reads the environment once at startup; a bad or missing variable stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  const parsed = EnvSchema.safeParse(env)
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
    rateLimit: { max: e.API_RATE_LIMIT, windowSeconds: e.API_RATE_WINDOW_S, trustProxy: e.API_TRUST_PROXY },
    cacheTtlMs: e.API_CACHE_TTL_MS,
    headsTtlMs: e.API_HEADS_TTL_MS,
    ...overrides,
  }
  return Object.freeze(config)
}
