import { Client } from 'pg'
import type { Chain } from '../util/metrics'
import { DEFERRED_TABLE } from '../db/deferred-indexes'

/**
 * Recovery from a reorg deeper than the finality window.
 *
 * Subsquid keeps undo information only for hot blocks. When the chain replaces a block it already
 * treated as final, the processor crashes ("already indexed block … was not found on chain",
 * squid-sdk#406) and refuses every restart. Without undo data for final blocks, the aggregates
 * (balances, daily stats, validator state, verdicts) cannot be rolled back in place, so the exact
 * way back is to index that chain again: its own tables and its processor state are emptied and the
 * processor starts from the profile's start block. The other chain's data is untouched (each
 * pipeline owns disjoint tables; `indexing_issue` rows are split by chain). A row in
 * `indexing_issue` records what happened.
 */

export interface IndexedHead {
  height: number
  hash: string
}

export interface ChainCheck {
  /** what the database says was final, or undefined before the first batch */
  indexed?: IndexedHead
  /** the chain's hash at that height (null when the chain is now shorter) */
  chainHash?: string | null
  diverged: boolean
}

export type BlockHashAt = (height: number) => Promise<string | null>

/** Compares the last final block the processor stored with the chain's block at that height. */
export async function checkIndexedHead(db: Client, stateSchema: string, hashAt: BlockHashAt): Promise<ChainCheck> {
  const exists = await db.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = 'status'`, [stateSchema])
  if (exists.rowCount === 0) return { diverged: false }
  const { rows } = await db.query<{ height: number; hash: string }>(`select height, hash from "${stateSchema}".status where id = 0`)
  const indexed = rows[0]
  // -1 is "nothing indexed yet"; '0x' is a status written before hashes were kept
  if (!indexed || indexed.height < 0 || indexed.hash === '0x') return { indexed, diverged: false }
  const chainHash = await hashAt(indexed.height)
  return { indexed, chainHash, diverged: chainHash?.toLowerCase() !== indexed.hash.toLowerCase() }
}

/**
 * Clears one chain's tables and processor state in one transaction, so a crash halfway leaves either
 * the old index or a clean slate, and records the event.
 */
export async function resetChainIndex(db: Client, chain: Chain, stateSchema: string, tables: string[], orphaned: number, detail: string): Promise<void> {
  await db.query('BEGIN')
  try {
    await db.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`)
    await db.query(`DELETE FROM indexing_issue WHERE chain = $1 AND reason <> 'deep-reorg'`, [chain])
    // emptied rather than dropped: the API's read-only role keeps its grants on the schema
    // the definitions of indexes deferred for a backfill stay: those indexes are still to be built
    const state = await db.query<{ t: string }>(`select table_name t from information_schema.tables where table_schema = $1 and table_name <> $2`, [stateSchema, DEFERRED_TABLE])
    if (state.rows.length > 0) await db.query(`TRUNCATE ${state.rows.map((r) => `"${stateSchema}"."${r.t}"`).join(', ')}`)
    await db.query(
      `INSERT INTO indexing_issue (id, chain, block_number, reason, detail, timestamp) VALUES ($1, $2, $3, 'deep-reorg', $4, now())`,
      [`${chain}-deep-reorg-${Date.now()}`, chain, orphaned, detail.slice(0, 2000)],
    )
    await db.query('COMMIT')
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {})
    throw error
  }
}

/** A block's hash over plain JSON-RPC, or null when the chain has no such block. */
export function rpcBlockHash(rpcUrl: string): BlockHashAt {
  return async (height) => {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getBlockByNumber', params: [`0x${height.toString(16)}`, false] }),
      signal: AbortSignal.timeout(30_000),
    })
    if (!response.ok) throw new Error(`eth_getBlockByNumber(${height}): HTTP ${response.status}`)
    const body = (await response.json()) as { result?: { hash: string } | null; error?: { message: string } }
    if (body.error) throw new Error(`eth_getBlockByNumber(${height}): ${body.error.message}`)
    return body.result?.hash ?? null
  }
}

/**
 * Run before the processor starts: when the stored final block is no longer on the chain, reset
 * that chain's index so the processor indexes it again instead of crashing for good. Returns what
 * it found, for the log.
 */
export async function recoverFromDeepReorg(options: { databaseUrl: string; chain: Chain; stateSchema: string; tables: string[]; hashAt: BlockHashAt; log: (line: string) => void }): Promise<ChainCheck> {
  const db = new Client({ connectionString: options.databaseUrl })
  await db.connect()
  try {
    const check = await checkIndexedHead(db, options.stateSchema, options.hashAt)
    if (!check.diverged || !check.indexed) return check
    const detail = `final block ${check.indexed.height} was ${check.indexed.hash} when indexed; the chain now has ${check.chainHash ?? 'no block'} there (a reorg deeper than the finality window). The ${options.chain} index was cleared and is being rebuilt from the start block.`
    options.log(`[${options.chain}] deep reorg: ${detail}`)
    await resetChainIndex(db, options.chain, options.stateSchema, options.tables, check.indexed.height, detail)
    return check
  } finally {
    await db.end()
  }
}

/** Table of an entity class under Subsquid's snake_case naming (TeeNode -> tee_node). */
export function tableOf(cls: { name: string }): string {
  return cls.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}
