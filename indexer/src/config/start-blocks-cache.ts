/**
 * Start blocks found once, kept in the `start_block` table (its own migration; a deep-reorg reset
 * leaves it alone). A row is keyed by chain id, genesis hash and the contract set, so another chain
 * behind the same id (a rebuilt devnet) or a profile with other contracts never reads a stale value.
 */
import { createHash } from 'node:crypto'
import { Client } from 'pg'

export interface StartKey {
  chainId: number
  genesisHash: string
  /** the contracts the start was searched for */
  addresses: string[]
}

export interface CachedStart {
  block: number
  foundBy: string
}

export const contractsKey = (addresses: string[]) =>
  createHash('sha256')
    .update([...new Set(addresses.map((a) => a.toLowerCase()))].sort().join(','))
    .digest('hex')
    .slice(0, 32)

async function withClient<T>(databaseUrl: string, run: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    return await run(db)
  } finally {
    await db.end().catch(() => {})
  }
}

export function readCachedStart(databaseUrl: string, key: StartKey): Promise<CachedStart | undefined> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ block: number; found_by: string }>(
      `SELECT block, found_by FROM start_block WHERE chain_id = $1 AND genesis_hash = $2 AND contracts = $3`,
      [key.chainId, key.genesisHash.toLowerCase(), contractsKey(key.addresses)],
    )
    return rows[0] ? { block: rows[0].block, foundBy: rows[0].found_by } : undefined
  })
}

export function writeCachedStart(databaseUrl: string, key: StartKey, start: CachedStart): Promise<void> {
  return withClient(databaseUrl, async (db) => {
    await db.query(
      `INSERT INTO start_block (chain_id, genesis_hash, contracts, block, found_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (chain_id, genesis_hash, contracts) DO UPDATE SET block = EXCLUDED.block, found_by = EXCLUDED.found_by, found_at = now()`,
      [key.chainId, key.genesisHash.toLowerCase(), contractsKey(key.addresses), start.block, start.foundBy],
    )
  })
}
