import type { Db } from '../db/db'
import { createHeadsReader } from '../heads'
import type { LivePayment, LiveSettlement, LiveSource } from './events'

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v))

/**
 * The hub's reads, on the API's own pool (not a request's budget: they serve every subscriber at
 * once). Both row reads are bounded by the block range and `limit`, on the block_number index.
 */
export function dbLiveSource(db: Db): LiveSource {
  // no cache: the hub is the only caller and polls at its own pace
  const heads = createHeadsReader(db, 0)
  return {
    async heads() {
      const h = await heads.get()
      return { og: h.og && { height: h.og.height, hash: h.og.hash }, base: h.base && { height: h.base.height, hash: h.base.hash } }
    },
    async settlements(after, upTo, limit) {
      const rows = await db.query<LiveSettlement & { timestamp: Date }>(
        `SELECT id, kind, tx_hash AS "txHash", block_number AS "blockNumber", "timestamp", status, inference_count AS "inferenceCount", tee_id AS "teeId"
           FROM settlement WHERE block_number > $1 AND block_number <= $2
          ORDER BY block_number DESC, id DESC LIMIT $3`,
        [after, upTo, limit],
      )
      return rows.map((r) => ({ ...r, timestamp: iso(r.timestamp) }))
    },
    async payments(after, upTo, limit) {
      const rows = await db.query<LivePayment & { timestamp: Date }>(
        `SELECT id, tx_hash AS "txHash", block_number AS "blockNumber", "timestamp", scheme, payer_id AS payer, payee_id AS payee,
                amount::text AS amount, amount_usd::text AS "amountUsd", tee_id AS "teeId"
           FROM payment WHERE block_number > $1 AND block_number <= $2
          ORDER BY block_number DESC, id DESC LIMIT $3`,
        [after, upTo, limit],
      )
      return rows.map((r) => ({ ...r, timestamp: iso(r.timestamp) }))
    },
  }
}
