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
 * unverifiable is still pending). By MODE and TEE the per-day groups (InferenceDailyGroup) are
 * added up. Either way the range is whole UTC days: the day holding `from`, up to `to`.
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
    source = 'inference_daily_group'
    const key = by === 'MODE' ? 'mode' : 'tee_id'
    const grouped = await db.query<{ key: string; settled: number; verified: number; invalid: number; pending: number; unverifiable: number }>(
      `SELECT ${key} AS key, sum(inferences)::int AS settled, sum(verified)::int AS verified, sum(invalid)::int AS invalid,
         sum(pending)::int AS pending, sum(unverifiable)::int AS unverifiable
       FROM inference_daily_group
       WHERE ($1::timestamptz IS NULL OR date >= date_trunc('day', $1::timestamptz, 'UTC')) AND ($2::timestamptz IS NULL OR date < $2::timestamptz)
       GROUP BY 1 HAVING sum(inferences) > 0 ORDER BY settled DESC, key`,
      range,
    )
    rows = grouped.map((r) => row(r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable))
  }
  return { by, from: fromMs ?? null, to: toMs ?? null, source, rows, total: totalOf(rows) }
}
