import path from 'node:path'
import { HOUR_MS } from '@og-explorer/common'
import { z } from 'zod'
import { devnetProfile } from './devnet'
import { mainnetProfile } from './mainnet'
import type { NetworkProfile } from './profile'

const optionalUrl = z.string().url().optional()
const optionalBlock = z.coerce.number().int().min(0).optional()

const envSchema = z.object({
  PROFILE: z.enum(['devnet', 'mainnet']).default('devnet'),
  DEVNET_DEPLOYMENTS: z.string().default(path.resolve(__dirname, '../../../devnet/deployments.json')),
  /**
   * devnet profile only: the host name the devnet is reached by, put in place of the host in the
   * deployments file's URLs (docker compose: the devnet container writes them for its own 0.0.0.0)
   */
  DEVNET_SERVICE_HOST: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'a host name')
    .optional(),
  OG_RPC_URL: optionalUrl,
  BASE_RPC_URL: optionalUrl,
  BASE_GATEWAY_URL: optionalUrl,
  /** SQD Network API key, sent with every gateway request */
  SQD_API_KEY: z.string().optional(),
  /** off: backfill Base over RPC only, even where a gateway is known (the devnet runs one) */
  BASE_GATEWAY: z.enum(['on', 'off'], { message: 'use on (the default) or off' }).optional(),
  /** first block to index, overriding the cached and discovered start block */
  OG_START_BLOCK: optionalBlock,
  BASE_START_BLOCK: optionalBlock,
  /** consent to empty and re-index a chain after a reorg deeper than finality (mainnet profile) */
  ALLOW_REINDEX: z
    .enum(['0', '1', 'true', 'false'], { message: 'use 1 to allow, 0 (or unset) not to' })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  BLOB_STORE_URL: optionalUrl,
  /**
   * how long one JSON-RPC request may take before it is abandoned and retried, in ms: Subsquid's
   * client (its `requestTimeout`), the state reads and the start checks all use it (unset: 30 s,
   * Subsquid's own default)
   */
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100, 'at least 100 (ms)').max(600_000, 'at most 600000 (ms)').optional(),
  /** the longest wait between two tries of a blob the store failed to serve, in ms (unset: 60 s); the wait doubles up to it */
  BLOB_RETRY_MAX_DELAY_MS: z.coerce.number().int().min(100, 'at least 100 (ms)').max(HOUR_MS, `at most ${HOUR_MS} (ms), an hour`).optional(),
  /** the OG chain's id, when it differs from the profile's (the mainnet profile has 10740; mainnet 1486 is planned) */
  OG_CHAIN_ID: z.coerce.number().int().positive().optional(),
  OG_FINALITY: z.coerce.number().int().min(0).optional(),
  BASE_FINALITY: z.coerce.number().int().min(0).optional(),
  OG_RPC_RATE_LIMIT: z.coerce.number().positive().optional(),
  /** blocks per batch (one database transaction) while backfilling over RPC */
  OG_BACKFILL_BATCH_BLOCKS: z.coerce.number().int().min(1).max(10_000).optional(),
  BASE_BACKFILL_BATCH_BLOCKS: z.coerce.number().int().min(1).max(10_000).optional(),
  BASE_RPC_RATE_LIMIT: z.coerce.number().positive().optional(),
  /** a start at least this many blocks behind the head builds secondary indexes at the head instead (0: never) */
  OG_DEFER_INDEXES_FROM_BLOCKS: z.coerce.number().int().min(0).optional(),
  BASE_DEFER_INDEXES_FROM_BLOCKS: z.coerce.number().int().min(0).optional(),
  /** stop each processor once this block is final (tests and benchmarks) */
  OG_TO_BLOCK: optionalBlock,
  BASE_TO_BLOCK: optionalBlock,
})

export type IndexerEnv = z.infer<typeof envSchema>

/** Every variable the indexer reads (docker-compose.yml and .env.example are checked against it). */
export const INDEXER_ENV_KEYS = Object.keys(envSchema.shape)

/**
 * An empty (or blank) variable means unset: `.env` files and compose pass `X=` for "not given", and
 * `OG_TO_BLOCK=` must not become block 0 nor `OG_RPC_URL=` an invalid URL.
 */
export function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''))
}

export function parseEnv(env: NodeJS.ProcessEnv = process.env): IndexerEnv {
  const parsed = envSchema.safeParse(withoutEmpty(env))
  if (!parsed.success) {
    throw new Error(`invalid indexer settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return parsed.data
}

/** The active network profile, with endpoint overrides from the environment, validated once. */
export function loadProfile(env: IndexerEnv = parseEnv()): NetworkProfile {
  let profile: NetworkProfile
  if (env.PROFILE === 'mainnet') {
    if (!env.OG_RPC_URL || !env.BASE_RPC_URL) {
      throw new Error('the mainnet profile needs OG_RPC_URL and BASE_RPC_URL (BASE_GATEWAY_URL optional, for fast Base backfill)')
    }
    profile = mainnetProfile({
      ogRpcUrl: env.OG_RPC_URL,
      baseRpcUrl: env.BASE_RPC_URL,
      baseGatewayUrl: env.BASE_GATEWAY_URL,
      sqdApiKey: env.SQD_API_KEY,
      blobStoreUrl: env.BLOB_STORE_URL,
    })
  } else {
    profile = devnetProfile(env.DEVNET_DEPLOYMENTS)
    if (env.DEVNET_SERVICE_HOST) {
      const host = env.DEVNET_SERVICE_HOST
      profile.og.rpcUrl = withHost(profile.og.rpcUrl, host)
      profile.base.rpcUrl = withHost(profile.base.rpcUrl, host)
      if (profile.base.gatewayUrl) profile.base.gatewayUrl = withHost(profile.base.gatewayUrl, host)
      profile.blobStoreUrl = withHost(profile.blobStoreUrl, host)
    }
    if (env.OG_RPC_URL) profile.og.rpcUrl = env.OG_RPC_URL
    if (env.BASE_RPC_URL) profile.base.rpcUrl = env.BASE_RPC_URL
    if (env.BASE_GATEWAY_URL) profile.base.gatewayUrl = env.BASE_GATEWAY_URL
    if (env.SQD_API_KEY) profile.base.gatewayApiKey = env.SQD_API_KEY
    if (env.BLOB_STORE_URL) profile.blobStoreUrl = env.BLOB_STORE_URL
  }
  if (env.BASE_GATEWAY === 'off') profile.base.gatewayUrl = undefined
  if (env.RPC_TIMEOUT_MS !== undefined) profile.og.rpcTimeoutMs = profile.base.rpcTimeoutMs = env.RPC_TIMEOUT_MS
  if (env.BLOB_RETRY_MAX_DELAY_MS !== undefined) profile.blobRetryMaxDelayMs = env.BLOB_RETRY_MAX_DELAY_MS
  if (env.OG_CHAIN_ID !== undefined) profile.og.chainId = env.OG_CHAIN_ID
  if (env.OG_FINALITY !== undefined) profile.og.finalityConfirmations = env.OG_FINALITY
  if (env.BASE_FINALITY !== undefined) profile.base.finalityConfirmations = env.BASE_FINALITY
  if (env.OG_RPC_RATE_LIMIT) profile.og.rateLimit = env.OG_RPC_RATE_LIMIT
  if (env.BASE_RPC_RATE_LIMIT) profile.base.rateLimit = env.BASE_RPC_RATE_LIMIT
  if (env.OG_BACKFILL_BATCH_BLOCKS) profile.og.backfillBatchBlocks = env.OG_BACKFILL_BATCH_BLOCKS
  if (env.BASE_BACKFILL_BATCH_BLOCKS) profile.base.backfillBatchBlocks = env.BASE_BACKFILL_BATCH_BLOCKS
  if (env.OG_DEFER_INDEXES_FROM_BLOCKS !== undefined) profile.og.deferIndexesFromBlocks = env.OG_DEFER_INDEXES_FROM_BLOCKS
  if (env.BASE_DEFER_INDEXES_FROM_BLOCKS !== undefined) profile.base.deferIndexesFromBlocks = env.BASE_DEFER_INDEXES_FROM_BLOCKS
  return profile
}

function withHost(url: string, host: string): string {
  const parsed = new URL(url)
  parsed.hostname = host
  return parsed.toString().replace(/\/$/, '')
}
