/**
 * Paying-wallet cohorts: which wallets paid in a period, which of them paid for the first time
 * then, and how many of each first-payment cohort paid again in the periods after it. Pure: the
 * loader hands in one aggregated row per (period, cohort) pair, counted in Postgres.
 */

/** Wallets that paid in `period` and whose first payment ever fell in `cohort` (null: before the first period asked for). */
export interface CohortCell {
  period: number
  cohort: number | null
  wallets: number
}

export interface PeriodPayers {
  t: number
  payers: number
  /** first payment ever in this period */
  newPayers: number
  /** paid in this period and in an earlier one */
  returningPayers: number
}

export interface RetentionPoint {
  /** periods after the cohort's own */
  offset: number
  t: number
  wallets: number
  /** wallets ÷ cohort size */
  share: number
}

export interface Cohort {
  /** the period of the cohort's first payments */
  t: number
  size: number
  retention: RetentionPoint[]
}

export interface CohortTable {
  periods: PeriodPayers[]
  cohorts: Cohort[]
}

/** Periods and the retention triangle over `buckets` (the period starts, ascending). */
export function buildCohorts(buckets: readonly number[], cells: readonly CohortCell[]): CohortTable {
  const index = new Map(buckets.map((t, i) => [t, i]))
  // active[period][cohort index, or -1 for wallets first seen before the range]
  const active = buckets.map(() => new Map<number, number>())
  for (const c of cells) {
    const p = index.get(c.period)
    if (p === undefined) continue
    const k = c.cohort === null ? -1 : (index.get(c.cohort) ?? -1)
    active[p].set(k, (active[p].get(k) ?? 0) + c.wallets)
  }
  const periods = buckets.map((t, i) => {
    let payers = 0
    for (const n of active[i].values()) payers += n
    const newPayers = active[i].get(i) ?? 0
    return { t, payers, newPayers, returningPayers: payers - newPayers }
  })
  const cohorts = buckets.map((t, i) => {
    const size = active[i].get(i) ?? 0
    const retention: RetentionPoint[] = []
    for (let j = i + 1; j < buckets.length; j++) {
      const wallets = active[j].get(i) ?? 0
      retention.push({ offset: j - i, t: buckets[j], wallets, share: size > 0 ? wallets / size : 0 })
    }
    return { t, size, retention }
  })
  return { periods, cohorts }
}
