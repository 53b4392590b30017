import { z } from 'zod'

/**
 * The JSON every benchmark writes. The umbrella and the report read these files back through the
 * same schemas, so a benchmark that changes its output fails loudly instead of leaving a blank row.
 */

export const machineSchema = z.object({
  cores: z.number(),
  cpuModel: z.string(),
  memoryGiB: z.number(),
  node: z.string(),
  platform: z.string(),
  /** 1, 5 and 15 minutes, when the benchmark finished */
  loadAverage: z.array(z.number()),
  /** ISO 8601, when the benchmark finished */
  date: z.string(),
})
export type Machine = z.infer<typeof machineSchema>

/** What a processor printed about its own run (indexer `runUsage()`). */
export const runUsageSchema = z.object({
  peakRssMb: z.number(),
  cpuSeconds: z.number(),
  peakHeapMb: z.number(),
  heapLimitMb: z.number(),
})
export type RunUsage = z.infer<typeof runUsageSchema>

const CHAINS = ['og', 'base'] as const
export const chainSchema = z.enum(CHAINS)
export type Chain = z.infer<typeof chainSchema>

export const chainRunSchema = z.object({
  events: z.number(),
  blocks: z.number(),
  seconds: z.number(),
  eventsPerSecond: z.number(),
  blocksPerSecond: z.number(),
  /** null when the processor printed no usage line (it crashed) */
  peakRssMb: z.number().nullable(),
  exitCode: z.number().nullable(),
  usage: runUsageSchema.nullable(),
})
export type ChainRun = z.infer<typeof chainRunSchema>

/** One ingestion-only run (`index/ingest-only.ts`): the processor with a handler that only counts. */
export const ingestionSchema = z.object({
  chain: chainSchema,
  logs: z.number(),
  seconds: z.number(),
  logsPerSecond: z.number(),
  usage: runUsageSchema,
})
export type Ingestion = z.infer<typeof ingestionSchema>

export const indexResultSchema = z.object({
  kind: z.literal('index'),
  machine: machineSchema,
  /** the filled database, kept when the bench was given DATABASE_URL (the API bench then reads it) */
  database: z.string().nullable(),
  devnet: z.object({
    /** null when the bench indexed a devnet given by --deployments */
    scale: z.string().nullable(),
    days: z.number().nullable(),
    baseTransactionsPerBlock: z.number().nullable(),
    /** other users' Base traffic the simulator added (devnet's BackgroundSummary) */
    background: z
      .object({
        perBlock: z.number(),
        transactions: z.number(),
        events: z.record(z.string(), z.number()),
        erc20Transfers: z.number(),
        x402Payments: z.object({ total: z.number(), byToken: z.record(z.string(), z.number()) }),
        facilitators: z.array(z.string()),
      })
      .nullable(),
  }),
  indexing: z.object({ og: chainRunSchema.optional(), base: chainRunSchema.optional() }),
  /** both chains in parallel; null with --only */
  combined: z.object({ events: z.number(), blocks: z.number(), seconds: z.number(), eventsPerSecond: z.number(), peakRssMb: z.number().nullable() }).nullable(),
  /** Subsquid's Base RPC ingestion: splits of this many blocks, this many at a time */
  baseIngestion: z.object({ splitBlocks: z.number(), splitsInFlight: z.number() }),
  cpu: z.object({
    /** CPU seconds per process name, only this bench's own processes */
    seconds: z.record(z.string(), z.number()),
    wall: z.number(),
    rootPid: z.number(),
    ownPids: z.record(z.string(), z.array(z.number())),
  }),
  ingestion: z.object({ og: ingestionSchema.optional(), base: ingestionSchema.optional() }),
  baseThroughGateway: z
    .object({
      events: z.number(),
      blocks: z.number(),
      seconds: z.number(),
      eventsPerSecond: z.number(),
      peakRssMb: z.number().nullable(),
      exitCode: z.number().nullable(),
      usage: runUsageSchema.nullable(),
    })
    .nullable(),
  rows: z.object({ inferences: z.number(), checked: z.number(), transfers: z.number(), payments: z.number(), pendingSettlements: z.number() }),
})
export type IndexResult = z.infer<typeof indexResultSchema>

export const queryKindSchema = z.enum(['list', 'analytics', 'count', 'search', 'lookup'])

/** autocannon on one query: rps, latency, and the server's CPU per request (null without /proc). */
export const loadRowSchema = z.object({
  name: z.string(),
  kind: queryKindSchema,
  rps: z.number(),
  p50: z.number(),
  p99: z.number(),
  failed: z.number(),
  cpuMs: z.number().nullable(),
})
export type LoadRow = z.infer<typeof loadRowSchema>

export const loadOptionsSchema = z.object({
  connections: z.number(),
  /** seconds measured per query */
  duration: z.number(),
  /** seconds of unmeasured load first */
  warmup: z.number(),
})

export const apiResultSchema = z.object({
  kind: z.literal('api'),
  machine: machineSchema,
  /** maxInFlight and maxClientQueries: the per-client limits the bench set on the API */
  options: loadOptionsSchema.extend({ workers: z.number(), maxInFlight: z.number(), maxClientQueries: z.number() }),
  dataset: z.object({ inferences: z.number(), payments: z.number(), settlements: z.number() }),
  runs: z.array(z.object({ title: z.string(), cacheTtlMs: z.number(), rows: z.array(loadRowSchema) })),
})
export type ApiResult = z.infer<typeof apiResultSchema>

export const openReaderResultSchema = z.object({
  kind: z.literal('openreader'),
  machine: machineSchema,
  options: loadOptionsSchema,
  serverVersion: z.string(),
  runs: z.array(
    z.object({
      title: z.string(),
      cacheTtlMs: z.number(),
      rows: z.array(z.object({ name: z.string(), ours: loadRowSchema, theirs: loadRowSchema, sameData: z.string() })),
    }),
  ),
})
export type OpenReaderResult = z.infer<typeof openReaderResultSchema>

export const webResultSchema = z.object({
  kind: z.literal('web'),
  machine: machineSchema,
  initialJs: z.object({ gzipBytes: z.number(), files: z.array(z.string()) }),
  initialCss: z.object({ gzipBytes: z.number() }),
  /** null when skipped: no API URL or no Chromium (`skipped` says which) */
  firstRender: z.object({ headlineMs: z.number(), allChartsMs: z.number(), runs: z.number(), apiUrl: z.string() }).nullable(),
  skipped: z.string().nullable(),
})
export type WebResult = z.infer<typeof webResultSchema>

const latencySpreadSchema = z.object({ medianMs: z.number(), p95Ms: z.number(), maxMs: z.number() })

/** bench/results/live.json (bench:live): block-to-browser latency of the live subscription and the memory of idle subscribers. */
export const liveResultSchema = z.object({
  machine: machineSchema,
  startedAt: z.string(),
  events: z.number(),
  /** from the block being mined on the OG anvil until ... */
  latency: z.object({
    /** ... the settlement's row is in Postgres (the OG processor's part: its head poll and its batch) */
    indexed: latencySpreadSchema,
    /** ... an SSE client of the live subscription receives it */
    sse: latencySpreadSchema,
    /** ... Chromium shows the row in the open settlements list (no reload) */
    browser: latencySpreadSchema,
  }),
  /** the shares of the browser latency's median, one stage after the other */
  stagesMedianMs: z.object({ indexer: z.number(), apiPush: z.number(), browserRefetch: z.number() }),
  idle: z.object({
    subscribers: z.number(),
    apiRssBeforeMb: z.number(),
    apiRssAfterMb: z.number(),
    kbPerSubscriber: z.number(),
  }),
  settings: z.object({ livePollMs: z.number(), processorHeadPollMs: z.number() }),
})
export type LiveResult = z.infer<typeof liveResultSchema>

/** what a processor asked of a dataset's stand-ins (the gateway, the read-only endpoint, for OG the blob store) */
const seedServedSchema = z.object({
  rpcAsked: z.record(z.string(), z.number()),
  rpcRefused: z.record(z.string(), z.number()),
  gatewayQueries: z.number(),
  peakRssMb: z.number(),
  /** eth_call reads answered from the recorded state, by function (OG) */
  stateReads: z.record(z.string(), z.number()).optional(),
  /** blob requests, and how many found a blob (OG) */
  blobs: z.object({ requests: z.number(), served: z.number() }).optional(),
})

const seedTruthSchema = z.object({ rowsCompared: z.number(), mismatches: z.array(z.string()), seconds: z.number() })

/** The OG half: its own synthetic dataset (with blobs and recorded state), backfilled into the same database after Base. */
const seedOgSchema = z.object({
  dataset: z.object({
    dir: z.string(),
    blocks: z.number(),
    logs: z.number(),
    /** null when an existing dataset was reused */
    build: z.object({ seconds: z.number(), peakRssMb: z.number().nullable() }).nullable(),
  }),
  run: chainRunSchema,
  /** why the processor stopped early, from its log (its fatal error and the last block it reported); null when it finished */
  failure: z.string().nullable(),
  cpu: z.object({ seconds: z.record(z.string(), z.number()), wall: z.number() }),
  indexBuildSeconds: z.number().nullable(),
  /**
   * the bounded run's final verification of the settlements still pending at its last block, from the
   * processor's own line; null in results from before it printed one
   */
  verification: z
    .object({
      settlements: z.number(),
      seconds: z.number(),
      /** waiting on the blob fetcher: fetches and the worker's Merkle and signature checks */
      blobsSeconds: z.number(),
      verdictsSeconds: z.number(),
      writesSeconds: z.number(),
    })
    .nullable()
    .default(null),
  served: seedServedSchema,
  truth: seedTruthSchema,
})

/**
 * The seed-scale backfill (index/seed-cli.ts, issue 18): synthetic Base and OG datasets built or
 * reused, then backfilled through the gateway path into one fresh Postgres, Base then OG, and held
 * to the datasets.
 */
export const seedResultSchema = z.object({
  kind: z.literal('seed'),
  machine: machineSchema,
  dataset: z.object({
    dir: z.string(),
    scale: z.string(),
    seed: z.number(),
    days: z.number(),
    blocks: z.number(),
    /** every log of the dataset, other users' included */
    logs: z.number(),
    /** null when an existing dataset was reused */
    build: z.object({ seconds: z.number(), peakRssMb: z.number().nullable() }).nullable(),
  }),
  base: chainRunSchema,
  /** the OG half; null in results from before it was built */
  og: seedOgSchema.nullable(),
  /** CPU seconds per process of the timed run: the processor, the gateway with its endpoint, Postgres */
  cpu: z.object({ seconds: z.record(z.string(), z.number()), wall: z.number() }),
  /** of the processor's time, the deferred indexes built once it reached the head (null when it printed none) */
  indexBuildSeconds: z.number().nullable(),
  /** what the processor asked of the dataset's stand-ins */
  served: seedServedSchema,
  /** the chain-truth comparison after the run */
  truth: seedTruthSchema,
})
export type SeedResult = z.infer<typeof seedResultSchema>

/**
 * The fault suite's "abuse" case (testkit/src/faults/cases/api-budget.ts, issue 14), as its runner writes it with
 * --json: each attack's row, with the figures it measured (ms; null where nothing was measured).
 */
export const abuseResultSchema = z.object({
  short: z.boolean(),
  seconds: z.number(),
  finishedAt: z.string(),
  results: z.array(
    z.object({
      name: z.string(),
      result: z.enum(['PASS', 'FAIL']),
      notes: z.string(),
      figures: z.record(z.string(), z.number().nullable()).optional(),
    }),
  ),
})
export type AbuseResult = z.infer<typeof abuseResultSchema>

/** What `npm run bench` ran, and what BENCHMARKS.md is written from. */
export const summarySchema = z.object({
  kind: z.literal('summary'),
  machine: machineSchema,
  startedAt: z.string(),
  /** the command line, so the report can say how to reproduce it */
  command: z.string(),
  index: indexResultSchema.nullable(),
  /** Base over RPC on a devnet with mainnet-sized blocks (--mainnet-days) */
  mainnetBlocks: indexResultSchema.nullable(),
  /** the seed-scale backfill through the gateway path (--scale seed) */
  seed: seedResultSchema.nullable(),
  api: apiResultSchema.nullable(),
  web: webResultSchema.nullable(),
  /** block-to-browser latency and idle subscribers; absent in summaries written before it was part of the report */
  live: liveResultSchema.nullable().default(null),
  /** the API under the abuse case's attacks; absent in summaries written before it was part of the report */
  abuse: abuseResultSchema.nullable().default(null),
})
export type Summary = z.infer<typeof summarySchema>
