import { Client } from 'pg'
import type { Chain } from '../util/metrics'
import { DEFERRED_TABLE } from '../store/deferred-indexes'
import type { NodeReader } from './node-reader'
import { decideDeepReorg, type IndexedHead, type Observation, type ReorgVerdict } from './reorg-decision'
import { SettingError } from '../util/setting-error'

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
 *
 * Because that costs a whole re-index, the evidence must be real (reorg-decision.ts): a node that
 * cannot show our block is asked again and finally the processor stops, changing nothing.
 */

export type { IndexedHead } from './reorg-decision'

/** State tables a reset keeps: the definitions of indexes deferred for a backfill are still to be built. */
export const KEPT_STATE_TABLES = [DEFERRED_TABLE]

/** pauses before each further read while the node cannot show our block (the reads stop after the last) */
export const UNVERIFIABLE_RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000]
/** pause between a read that saw a different hash and the read that confirms it */
export const CONFIRM_DELAY_MS = 5_000

export interface ChainCheck {
  /** what the database says was final, or undefined before the first batch */
  indexed?: IndexedHead
  verdict?: ReorgVerdict
  /** the chain's index was emptied */
  reset: boolean
}

/** The last final block a processor stored, or undefined before its first batch. */
export async function readIndexedHead(db: Client, stateSchema: string): Promise<IndexedHead | undefined> {
  const exists = await db.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = 'status'`, [stateSchema])
  if (exists.rowCount === 0) return undefined
  const { rows } = await db.query<{ height: number; hash: string }>(`select height, hash from "${stateSchema}".status where id = 0`)
  const indexed = rows[0]
  // -1 is "nothing indexed yet"; '0x' is a status written before hashes were kept
  if (!indexed || indexed.height < 0 || indexed.hash === '0x') return undefined
  return { height: indexed.height, hash: indexed.hash }
}

/** One read of the node: its head first, so a block it lacks can be told from a block it replaced. */
export async function observe(node: NodeReader, height: number): Promise<Observation> {
  try {
    const head = await node.head()
    return { head, hash: await node.hashAt(height) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Clears one chain's tables and processor state in one transaction, so a crash halfway leaves either
 * the old index or a clean slate, and records the event. The stored final block is read again under
 * a lock first: if another run moved it since the check, nothing is cleared.
 */
export async function resetChainIndex(db: Client, chain: Chain, stateSchema: string, tables: string[], checked: IndexedHead, detail: string): Promise<void> {
  await db.query('BEGIN')
  try {
    const { rows } = await db.query<{ height: number; hash: string }>(`select height, hash from "${stateSchema}".status where id = 0 for update`)
    if (rows[0]?.height !== checked.height || rows[0]?.hash !== checked.hash) {
      throw new Error(`[${chain}] the stored final block changed during the deep-reorg check (another processor running?); nothing was cleared`)
    }
    await db.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`)
    await db.query(`DELETE FROM indexing_issue WHERE chain = $1 AND reason <> 'deep-reorg'`, [chain])
    // emptied rather than dropped: the API's read-only role keeps its grants on the schema
    const state = await db.query<{ t: string }>(`select table_name t from information_schema.tables where table_schema = $1 and not (table_name = any($2))`, [
      stateSchema,
      KEPT_STATE_TABLES,
    ])
    if (state.rows.length > 0) await db.query(`TRUNCATE ${state.rows.map((r) => `"${stateSchema}"."${r.t}"`).join(', ')}`)
    await db.query(`INSERT INTO indexing_issue (id, chain, block_number, reason, detail, timestamp) VALUES ($1, $2, $3, 'deep-reorg', $4, now())`, [
      `${chain}-deep-reorg-${Date.now()}`,
      chain,
      checked.height,
      detail.slice(0, 2000),
    ])
    await db.query('COMMIT')
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {})
    throw error
  }
}

export interface DeepReorgOptions {
  databaseUrl: string
  chain: Chain
  stateSchema: string
  tables: string[]
  node: NodeReader
  /** variables named in the messages: the chain's RPC URL and finality settings */
  variables: { rpcUrl: string; finality: string }
  finality: number
  /** a reset needs ALLOW_REINDEX=1 (the mainnet profile) */
  consentRequired: boolean
  consentGiven: boolean
  log: (line: string) => void
  retryDelaysMs?: number[]
  confirmDelayMs?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * Run before the processor starts. In sync: nothing happens. A confirmed divergence: the chain's index
 * is reset so the processor indexes it again instead of crashing for good (with consent where needed).
 * Anything it cannot verify: it throws, and the processor stops with nothing changed.
 */
export async function recoverFromDeepReorg(options: DeepReorgOptions): Promise<ChainCheck> {
  const indexed = await withClient(options.databaseUrl, (db) => readIndexedHead(db, options.stateSchema))
  if (!indexed) return { reset: false }
  const delays = options.retryDelaysMs ?? UNVERIFIABLE_RETRY_DELAYS_MS
  const confirmDelay = options.confirmDelayMs ?? CONFIRM_DELAY_MS
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const policy = { maxReads: delays.length + 1, consentRequired: options.consentRequired, consentGiven: options.consentGiven }
  const tag = `[${options.chain}]`
  const started = Date.now()
  const observations: Observation[] = []
  let retries = 0
  for (;;) {
    observations.push(await observe(options.node, indexed.height))
    const verdict = decideDeepReorg(indexed, observations, policy)
    switch (verdict.action) {
      case 'in-sync':
        if (observations.length > 1) options.log(`${tag} final block ${indexed.height} verified on ${options.node.endpoint} after ${observations.length} reads`)
        return { indexed, verdict, reset: false }
      case 'read-again':
        options.log(`${tag} cannot verify final block ${indexed.height} yet: ${verdict.reason}; reading again`)
        await sleep(verdict.confirming ? confirmDelay : delays[Math.min(retries++, delays.length - 1)])
        continue
      case 'cannot-verify':
        throw new Error(
          `${tag} cannot verify our last final block ${indexed.height}: ${verdict.reason}. Read ${observations.length} times over ` +
            `${Math.round((Date.now() - started) / 1000)} s from ${options.node.endpoint} (${options.variables.rpcUrl}); the block was ${indexed.hash}. Nothing was changed. ` +
            `The node must be synced past block ${indexed.height} and keep blocks from the start block on; the processor checks again at its next start.`,
        )
      case 'needs-consent':
        throw new SettingError(
          `${tag} stopped: re-indexing needs ALLOW_REINDEX=1. The ${divergence(indexed, verdict, options)} Recovering means emptying the ${options.chain} tables and indexing ${options.chain} again from its start block ` +
            `(the other chain is untouched). Nothing was changed. If this node is right, start the processor once with ALLOW_REINDEX=1 (then remove it); ` +
            `if it is not, point ${options.variables.rpcUrl} at another node of the same chain.`,
        )
      case 'reset': {
        const detail = `${divergence(indexed, verdict, options)} The ${options.chain} index was cleared and is being rebuilt from the start block.`
        options.log(`${tag} deep reorg: ${detail}`)
        await withClient(options.databaseUrl, (db) => resetChainIndex(db, options.chain, options.stateSchema, options.tables, indexed, detail))
        return { indexed, verdict, reset: true }
      }
    }
  }
}

function divergence(indexed: IndexedHead, verdict: { chainHash: string; nodeHead: number }, options: DeepReorgOptions): string {
  return (
    `final block ${indexed.height} was ${indexed.hash} when indexed; the chain now has ${verdict.chainHash} there ` +
    `(read twice from ${options.node.endpoint}, node head ${verdict.nodeHead}): a reorg deeper than ${options.variables.finality} (${options.finality} blocks).`
  )
}

async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url })
  await db.connect()
  try {
    return await work(db)
  } finally {
    await db.end()
  }
}

/** Table of an entity class under Subsquid's snake_case naming (TeeNode -> tee_node). */
export function tableOf(cls: { name: string }): string {
  return cls.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}
