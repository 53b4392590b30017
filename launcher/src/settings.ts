import { z } from 'zod'

/** What `npm start` reads from the environment. The processors and the API read their own settings. */
const schema = z.object({
  /** an external Postgres; unset: the embedded server */
  DATABASE_URL: z.string().optional(),
  /** the embedded server's port */
  PG_PORT: z.coerce.number().int().min(1).max(65_535).default(23_798),
  /** both set: index the real chains instead of starting a devnet */
  OG_RPC_URL: z.string().optional(),
  BASE_RPC_URL: z.string().optional(),
  PROFILE: z.enum(['devnet', 'mainnet'], { message: 'must be devnet or mainnet' }).optional(),
  /** size of the devnet's simulated history (the devnet CLI checks the name) */
  SCALE: z.string().default('small'),
  /** the API's own connection; unset: a read-only role created on DATABASE_URL */
  API_DATABASE_URL: z.string().optional(),
  API_PORT: z.coerce.number().int().min(1).max(65_535).default(4350),
})

export interface LaunchSettings {
  /** an external Postgres, else undefined for the embedded one */
  databaseUrl?: string
  pgPort: number
  profile: 'devnet' | 'mainnet'
  /** a fresh devnet (reset database) instead of real endpoints */
  useDevnet: boolean
  scale: string
  apiDatabaseUrl?: string
  apiPort: number
}

/** A setting `npm start` cannot work with; the message names the variable. */
export class LaunchSettingError extends Error {}

/**
 * Reads the environment once. An empty (or blank) variable means unset, as in the indexer's and the
 * API's settings.
 */
export function parseLaunchSettings(env: NodeJS.ProcessEnv): LaunchSettings {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''))
  const parsed = schema.safeParse(given)
  if (!parsed.success) {
    throw new LaunchSettingError(
      parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}${i.path.length && given[String(i.path[0])] !== undefined ? ` (got "${given[String(i.path[0])]}")` : ''}`)
        .join('; '),
    )
  }
  const s = parsed.data
  const endpointsGiven = !!(s.OG_RPC_URL && s.BASE_RPC_URL)
  const profile = s.PROFILE ?? (endpointsGiven ? 'mainnet' : 'devnet')
  // never fall back to a devnet here: that would reset the database a mainnet index may live in
  if (profile === 'mainnet' && !endpointsGiven) throw new LaunchSettingError('PROFILE=mainnet needs OG_RPC_URL and BASE_RPC_URL (see .env.example)')
  return {
    databaseUrl: s.DATABASE_URL,
    pgPort: s.PG_PORT,
    profile,
    // only a devnet started here is new on every start; the real chains' index is kept
    useDevnet: !endpointsGiven,
    scale: s.SCALE,
    apiDatabaseUrl: s.API_DATABASE_URL,
    apiPort: s.API_PORT,
  }
}
