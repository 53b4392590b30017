/**
 * Declared against expanded inferences: what the chain says was settled (each batch's batchSize, one
 * per other settlement; the same sum as og_daily_stat.inferences_settled, which the overview shows)
 * and how many Inference rows the indexer could expand, with the difference by cause. A batch is
 * expanded only from a blob that proves it, so a missing, expired or corrupt blob leaves its declared
 * leaves without rows.
 */
import type { SettlementKind, VerificationStatus } from '@og-explorer/common'
import type { Db } from '../db/db'

export interface SettledInferences {
  declared: number
  expanded: number
  notExpanded: number
  /** batches whose blob could not be read or did not prove them (missing, expired, corrupt, bad blob id) */
  unreadableBatches: number
  inUnreadableBatches: number
  /** batches still waiting for their blob */
  pendingBatches: number
  inPendingBatches: number
  /** v0 batches: a root without a blob, nothing to expand */
  legacyBatches: number
  inLegacyBatches: number
}

/** the batches that declare leaves the indexer has no rows for, by why */
const GROUPS = `
  SELECT CASE WHEN kind = 'LEGACY_BATCH' THEN 'legacy' WHEN status = 'PENDING' THEN 'pending' ELSE 'unreadable' END AS cause,
         count(*)::int AS batches, sum(coalesce(batch_size, 0) - inference_count)::int AS inferences
  FROM settlement WHERE kind IN ('BATCH', 'LEGACY_BATCH') AND inference_count < coalesce(batch_size, 0) GROUP BY 1`

export async function loadSettledInferences(db: Db): Promise<SettledInferences> {
  const [totals, groups] = await Promise.all([
    db.query<{ declared: number; expanded: number }>(
      `SELECT coalesce(sum(coalesce(batch_size, 1)), 0)::float8 AS declared, coalesce(sum(inference_count), 0)::float8 AS expanded FROM settlement`,
    ),
    db.query<{ cause: 'legacy' | 'pending' | 'unreadable'; batches: number; inferences: number }>(GROUPS),
  ])
  const by = (cause: string) => groups.find((g) => g.cause === cause) ?? { batches: 0, inferences: 0 }
  const declared = Number(totals[0]?.declared ?? 0)
  const expanded = Number(totals[0]?.expanded ?? 0)
  return {
    declared,
    expanded,
    notExpanded: declared - expanded,
    unreadableBatches: by('unreadable').batches,
    inUnreadableBatches: by('unreadable').inferences,
    pendingBatches: by('pending').batches,
    inPendingBatches: by('pending').inferences,
    legacyBatches: by('legacy').batches,
    inLegacyBatches: by('legacy').inferences,
  }
}

export interface UnexpandedBatch {
  id: string
  kind: SettlementKind
  status: VerificationStatus
  statusReason: string | null
  batchSize: number
  attempts: number
  blockNumber: number
  timestamp: Date
}

const BATCH_COLUMNS = `id, kind, status, status_reason AS "statusReason", coalesce(batch_size, 0) AS "batchSize", attempts, block_number AS "blockNumber", timestamp`

/** the settlement id inside an inference id (<txHash>-<logIndex>-<leafIndex>) or a settlement id itself */
export function settlementIdOf(q: string): string | null {
  const m = /^(0x[0-9a-f]{64}-\d{1,9})(?:-\d{1,9})?$/i.exec(q.trim())
  return m ? m[1].toLowerCase() : null
}

/**
 * Batches a search cannot look into (their leaves are not indexed), latest first, and the one the
 * query names when it names one: an inference id whose settlement is such a batch.
 */
export async function loadUnexpandedBatches(db: Db, q: string | null | undefined, limit: number) {
  const named = q ? settlementIdOf(q) : null
  const where = `kind IN ('BATCH', 'LEGACY_BATCH') AND inference_count < coalesce(batch_size, 0)`
  const [count, batches, match] = await Promise.all([
    db.query<{ batches: number; inferences: number }>(
      `SELECT count(*)::int AS batches, coalesce(sum(coalesce(batch_size, 0) - inference_count), 0)::int AS inferences FROM settlement WHERE ${where}`,
    ),
    db.query<UnexpandedBatch>(`SELECT ${BATCH_COLUMNS} FROM settlement WHERE ${where} ORDER BY block_number DESC, id LIMIT $1`, [limit]),
    named ? db.query<UnexpandedBatch>(`SELECT ${BATCH_COLUMNS} FROM settlement WHERE id = $1 AND ${where}`, [named]) : Promise.resolve([]),
  ])
  return { count: count[0]?.batches ?? 0, inferences: count[0]?.inferences ?? 0, match: match[0] ?? null, batches }
}
