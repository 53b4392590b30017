import { createYoga, type YogaServerInstance } from 'graphql-yoga'
import { HeavyLane } from './budget/heavy-lane'
import { LaneRunner } from './budget/lane-runner'
import type { ApiConfig } from './config'
import { createChainReaders } from './chain/readers'
import { createDb, type Db } from './db/db'
import { createPool } from './db/pool'
import { createHeadsReader, type HeadsReader } from './heads'
import { SLOWED_DOWN_MS } from './http/client-admission'
import { type ClientLimits, createClientLimits } from './http/client-limits'
import { useCorsAllowList } from './http/cors'
import { useCsvExport } from './http/csv-export'
import { useRankingCsv } from './http/ranking-csv'
import { useUsageQualityCsv } from './http/usage-quality-csv'
import { useGraphiql } from './http/graphiql'
import { useHealthRoutes } from './http/health'
import { useInputGuard } from './http/input-guard'
import { type ApiMetrics, createMetrics } from './http/metrics'
import { LIMITED_PATHS, useRateLimit } from './http/rate-limit'
import { useRequestSizeLimit } from './http/request-size'
import { useSecurityHeaders } from './http/security-headers'
import { useWebApp } from './http/web-app'
import { useLiveUpdates } from './live/plugin'
import { loadModel } from './model/load-model'
import type { Model } from './model/types'
import { useArmor } from './plugins/armor'
import { type Lane, useRequestBudget } from './plugins/budget'
import { useErrorCodes } from './plugins/error-codes'
import { useIndexedHeads } from './plugins/indexed-heads'
import { useIntrospectionCache } from './plugins/introspection-cache'
import { useHeadAwareResponseCache } from './plugins/response-cache'
import type { ApiContext } from './resolvers/context'
import { createLoaders } from './resolvers/loaders'
import { createRowBudget } from './resolvers/row-budget'
import { buildSchema } from './schema/build-schema'

export interface Api {
  yoga: YogaServerInstance<Record<string, unknown>, ApiContext>
  db: Db
  model: Model
  heads: HeadsReader
  /** the heavy lane, when it is on (API_HEAVY_LANE) */
  lane?: Lane
  /** each client's window, requests in flight and turns: the front door counts against the same (index.ts) */
  limits: ClientLimits
  /** /metrics; the front door counts its own answers through `observe` */
  metrics: ApiMetrics
  /** starts what the first requests would otherwise wait for (the heavy lane's worker) */
  warmUp(): void
  /** builds what would hold the event loop on a first request (GraphiQL's page and files); the server awaits it before it listens */
  prepare(): Promise<void>
  close(): Promise<void>
}

/**
 * The whole API as one fetch handler: GraphQL on /graphql (GraphiQL in a browser), CSV on
 * /export/<entity>.csv, /healthz, /readyz, /metrics, and the built web app when there is one. Tests call `api.yoga.fetch` without a port;
 * index.ts puts it on one.
 */
export function createApi(config: ApiConfig, options: { responseCache?: boolean; logging?: boolean } = {}): Api {
  const model = loadModel(config.schemaFile)
  const db = createDb(createPool({ url: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs, size: config.poolSize }), config.statementTimeoutMs)
  const heads = createHeadsReader(db, config.headsTtlMs)
  const schema = buildSchema(model)
  const chain = createChainReaders(config.chain)
  const limits = createClientLimits(config.rateLimit)
  // a client refused for its share of the heavy lane is worked on one request at a time for a while, as one that ran
  // into its in-flight limit: a web page never meets either, a burst of large queries meets both
  const slowDown = (client: string) => limits.admission.turns.slowDown(client, SLOWED_DOWN_MS)
  const lane: Lane | undefined = config.heavyLane.enabled ? { admission: new HeavyLane(config.heavyLane, slowDown), runner: new LaneRunner(config) } : undefined
  const metrics = createMetrics(db, heads)
  const graphiql = useGraphiql({ title: 'OpenGradient explorer API', defaultQuery: '{ squidStatus { og { height } base { height } } }' })
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // yoga's own limit also covers chunked bodies that carry no Content-Length
    maxRequestBodySize: config.limits.maxRequestBytes,
    logging: options.logging ?? true,
    maskedErrors: true,
    // GraphiQL is served by useGraphiql, behind the rate limit, as cached static files
    graphiql: false,
    // useCorsAllowList instead: yoga's default reflects any origin with credentials
    cors: false,
    context: () => ({ db, model, config, heads, loaders: createLoaders(db, model), rows: createRowBudget(config.limits.maxRowsPerRequest), chain }),
    plugins: [
      metrics.plugin,
      useSecurityHeaders(),
      useCorsAllowList(config.corsOrigins),
      useWebApp(config.webDistDir),
      useRequestSizeLimit(config.limits.maxRequestBytes),
      useRateLimit({ limits, paths: LIMITED_PATHS }),
      graphiql,
      useHealthRoutes(db, heads),
      useCsvExport({ db, model, config, schema }),
      useRankingCsv({ db, model, config }),
      useUsageQualityCsv({ db, config }),
      useInputGuard(),
      useArmor(config.limits),
      useErrorCodes(),
      useIntrospectionCache(),
      useRequestBudget(config, model, lane),
      ...(options.responseCache === false || config.cacheTtlMs === 0 ? [] : [useHeadAwareResponseCache(heads, { ttlMs: config.cacheTtlMs })]),
      useIndexedHeads(heads),
      useLiveUpdates(db),
    ],
  })
  return {
    yoga,
    db,
    model,
    heads,
    lane,
    limits,
    metrics,
    warmUp: () => void lane?.runner.start(),
    prepare: () => graphiql.prepare(),
    close: async () => {
      await lane?.runner.close()
      await db.pool.end()
    },
  }
}
