import { CHAINS, type Chain } from '@og-explorer/common'
import type { Db } from './db/db'

// the chains are common's; re-exported for the API modules that take them from here with the heads
export { CHAINS, type Chain }

export interface ChainHead {
  chain: Chain
  height: number
  hash: string
}

export type IndexedHeads = Record<Chain, ChainHead | null>

/**
 * A processor's head is the greater of its finalized status and its newest hot (unfinalized) block.
 * The schema may not exist yet when the API starts before the processors.
 */
async function readHead(db: Db, chain: Chain): Promise<ChainHead | null> {
  const schema = `${chain}_processor`
  const [exists] = await db.query<{ status: string | null; hot: string | null }>(`SELECT to_regclass($1) AS status, to_regclass($2) AS hot`, [
    `${schema}.status`,
    `${schema}.hot_block`,
  ])
  if (!exists?.status) return null
  const hot = exists.hot ? `UNION ALL SELECT height, hash FROM ${schema}.hot_block` : ''
  const [row] = await db.query<{ height: number; hash: string }>(
    `SELECT height, hash FROM (SELECT height, hash FROM ${schema}.status ${hot}) h ORDER BY height DESC LIMIT 1`,
  )
  return row && row.height >= 0 ? { chain, height: Number(row.height), hash: row.hash } : null
}

export interface HeadsReader {
  /** the heads as of at most `ttlMs` ago; one database round trip per ttl however many requests ask */
  get(): Promise<IndexedHeads>
}

export function createHeadsReader(db: Db, ttlMs: number): HeadsReader {
  let cached: { at: number; value: Promise<IndexedHeads> } | undefined
  return {
    get() {
      const now = Date.now()
      if (!cached || now - cached.at >= ttlMs) {
        const value = Promise.all(CHAINS.map((c) => readHead(db, c))).then(([og, base]) => ({ og, base }))
        cached = { at: now, value }
        // a failed read is not cached, so the next request tries again
        value.catch(() => {
          if (cached?.value === value) cached = undefined
        })
      }
      return cached.value
    },
  }
}

/** A short fingerprint of the heads, used in response-cache keys so a new block invalidates them. */
export function headsKey(heads: IndexedHeads): string {
  return CHAINS.map((c) => `${c}:${heads[c]?.height ?? -1}:${heads[c]?.hash?.slice(2, 10) ?? ''}`).join('|')
}
