import path from 'node:path'
import { z } from 'zod'

const port = z.coerce.number().int().min(1).max(65535)

const envSchema = z.object({
  DEVNET_HOST: z.string().default('127.0.0.1'),
  DEVNET_OG_PORT: port.default(8545),
  DEVNET_BASE_PORT: port.default(8546),
  DEVNET_BLOB_PORT: port.default(9002),
  DEVNET_GATEWAY_PORT: port.default(9003),
  /** API key the devnet's SQD gateway requires (empty: none) */
  DEVNET_GATEWAY_KEY: z.string().optional(),
  DEVNET_DATA_DIR: z.string().default(path.resolve(__dirname, '..', '.data')),
})

export type DevnetConfig = {
  host: string
  ogPort: number
  basePort: number
  blobPort: number
  /** the local SQD Network gateway serving the Base chain */
  gatewayPort: number
  gatewayKey?: string
  dataDir: string
}

/** Devnet settings from the environment (DEVNET_*), validated once with clear messages. */
export function loadDevnetConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<DevnetConfig> = {}): DevnetConfig {
  // an empty variable means unset (as in the indexer's and the API's settings): `DEVNET_DATA_DIR=` is not the cwd
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''))
  const parsed = envSchema.safeParse(given)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid devnet settings: ${problems}`)
  }
  const e = parsed.data
  return {
    host: e.DEVNET_HOST,
    ogPort: e.DEVNET_OG_PORT,
    basePort: e.DEVNET_BASE_PORT,
    blobPort: e.DEVNET_BLOB_PORT,
    gatewayPort: e.DEVNET_GATEWAY_PORT,
    gatewayKey: e.DEVNET_GATEWAY_KEY || undefined,
    dataDir: path.resolve(e.DEVNET_DATA_DIR),
    ...overrides,
  }
}
