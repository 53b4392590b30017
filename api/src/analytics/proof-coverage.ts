import type { Db } from '../db/db'
import { checkOrder } from './range'

export type CoverageGrouping = 'DAY' | 'MODE' | 'TEE'

export interface CoverageRow {
  key: string
  settled: number
  verified: number
  invalid: number
  pending: number
  unverifiable: number
  verifiedShare: number | null
}

function row(key: string, settled: number, verified: number, invalid: number, pending: number, unverifiable: number): CoverageRow {
  const verifiable = settled - unverifiable
  return { key, settled, verified, invalid, pending, unverifiable, verifiedShare: verifiable > 0 ? verified / verifiable : null }
}

export function totalOf(rows: readonly CoverageRow[]): CoverageRow {
  const sum = (k: keyof Omit<CoverageRow, 'key' | 'verifiedShare'>) => rows.reduce((s, r) => s + r[k], 0)
  return row('total', sum('settled'), sum('verified'), sum('invalid'), sum('pending'), sum('unverifiable'))
}

/**
 * By DAY the daily aggregate answers (OgDailyStat counts verdicts on the day an inference settled;
 * legacy and hub inferences are the unverifiable ones, and what is neither verified, failed nor
 * unverifiable is still pending). By MODE and TEE there is no aggregate, so the inference table is
 * grouped over the range (indexed on timestamp, and on (tee_id, timestamp)).
 */
export async function loadProofCoverage(db: Db, by: CoverageGrouping, fromMs?: number, toMs?: number) {
  checkOrder(fromMs, toMs)
  const range = [fromMs === undefined ? null : new Date(fromMs).toISOString(), toMs === undefined ? null : new Date(toMs).toISOString()]
  let rows: CoverageRow[]
  let source: string
  if (by === 'DAY') {
    source = 'og_daily_stat'
    const stored = await db.query<{ key: string; settled: number; verified: number; failed: number; unverifiable: number }>(
      `SELECT id AS key, inferences_settled AS settled, inferences_verified AS verified, inferences_failed AS failed, legacy_inferences + hub_inferences AS unverifiable
       FROM og_daily_stat WHERE ($1::timestamptz IS NULL OR date >= date_trunc('day', $1::timestamptz, 'UTC')) AND ($2::timestamptz IS NULL OR date < $2::timestamptz) ORDER BY date`,
      range,
    )
    rows = stored.map((r) => row(r.key, r.settled, r.verified, r.failed, r.settled - r.verified - r.failed - r.unverifiable, r.unverifiable))
  } else {
    source = 'inference (grouped; no per-mode or per-TEE aggregate is stored)'
    const key = by === 'MODE' ? 'mode' : `coalesce(tee_id, '')`
    const grouped = await db.query<{ key: string; settled: number; verified: number; invalid: number; pending: number; unverifiable: number }>(
      `SELECT ${key} AS key, count(*) AS settled,
         count(*) FILTER (WHERE status = 'VERIFIED') AS verified,
         count(*) FILTER (WHERE status IN ('INVALID', 'PARTIAL', 'MISSING')) AS invalid,
         count(*) FILTER (WHERE status = 'PENDING') AS pending,
         count(*) FILTER (WHERE status = 'UNVERIFIABLE') AS unverifiable
       FROM inference WHERE ($1::timestamptz IS NULL OR timestamp >= $1) AND ($2::timestamptz IS NULL OR timestamp < $2)
       GROUP BY 1 ORDER BY settled DESC, key`,
      range,
    )
    rows = grouped.map((r) => row(r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable))
  }
  return { by, from: fromMs ?? null, to: toMs ?? null, source, rows, total: totalOf(rows) }
}
