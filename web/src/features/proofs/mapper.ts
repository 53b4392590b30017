/** Coverage rows, largest group first. */
import type { ProofCoverageQuery } from '../../generated/graphql'

export type CoverageRow = ProofCoverageQuery['byMode']['rows'][number]

export interface CoverageData {
  byMode: CoverageRow[]
  byTee: CoverageRow[]
  total: ProofCoverageQuery['byMode']['total']
  source: string
}

export function mapCoverage(w: ProofCoverageQuery): CoverageData {
  const bySettled = (a: CoverageRow, b: CoverageRow) => b.settled - a.settled
  return {
    byMode: [...w.byMode.rows].sort(bySettled),
    byTee: [...w.byTee.rows].sort(bySettled),
    total: w.byMode.total,
    source: w.byMode.source,
  }
}
