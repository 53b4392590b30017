import type { Db } from '../../db/db'
import type { Entity, Model } from '../../model/types'
import { buildCappedCountQuery } from '../../sql/select'
import { isTrivialFilter, type WhereInput } from '../../sql/where'

/**
 * Unfiltered counts of the big event tables, exact and cheap: the indexer keeps one counter per
 * day for each, so the sum reads a few hundred rows instead of millions. The end-to-end test
 * holds each of these equal to count(*). Inference is not here: OgDailyStat.inferencesSettled also
 * counts the declared leaves of batches whose blob was missing or corrupt, which have no rows.
 */
export const AGGREGATE_COUNTS: Record<string, string> = {
  Settlement: 'SELECT coalesce(sum(settlements), 0) AS n FROM og_daily_stat',
  Heartbeat: 'SELECT coalesce(sum(heartbeats), 0) AS n FROM og_daily_stat',
  StakingEvent: 'SELECT coalesce(sum(staking_events), 0) AS n FROM og_daily_stat',
  Payment: 'SELECT coalesce(sum(payments), 0) AS n FROM base_daily_stat',
  Transfer: 'SELECT coalesce(sum(transfers), 0) AS n FROM base_daily_stat',
  Swap: 'SELECT coalesce(sum(swaps), 0) AS n FROM base_daily_stat',
}

/** Below this many rows (by the planner's estimate) an exact count(*) is cheap enough. */
export const ESTIMATE_THRESHOLD = 100_000

export type CountSource = 'aggregate' | 'estimate' | 'exact' | 'capped'

/**
 * totalCount: filtered counts are exact up to `cap` (then reported as the cap); unfiltered counts
 * come from the daily aggregates where one exists, else from the planner's estimate (reltuples)
 * for tables above ESTIMATE_THRESHOLD rows, else from an exact count(*).
 */
export async function totalCount(
  db: Db,
  model: Model,
  entity: Entity,
  where: WhereInput | null | undefined,
  cap: number,
): Promise<{ n: number; source: CountSource }> {
  // `id_in: []` is a filter (it matches nothing), so only a filter with no condition at all reads the aggregates
  if (isTrivialFilter(model, entity, where)) {
    const aggregate = AGGREGATE_COUNTS[entity.name]
    if (aggregate) return { n: Number((await db.query(aggregate))[0].n), source: 'aggregate' }
    if (entity.table) {
      const [est] = await db.query<{ n: number }>(`SELECT reltuples::int8 AS n FROM pg_class WHERE oid = to_regclass($1)`, [entity.table])
      if (est && est.n >= ESTIMATE_THRESHOLD) return { n: est.n, source: 'estimate' }
    }
  }
  const [row] = await db.query<{ n: number }>(buildCappedCountQuery(model, entity, where, cap + 1))
  return row.n > cap ? { n: cap, source: 'capped' } : { n: row.n, source: 'exact' }
}
