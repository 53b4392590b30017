import type { CsvTable } from '../../components/ChartCard'
import { useGql } from '../../hooks/useGql'
import { rangeWindow, type RangeKey } from '../../lib/range'
import { mapCoverage, type CoverageRow } from './mapper'
import { COVERAGE_QUERY, coverageVariables } from './query'

/** Both coverage panels read one request: the same document and variables share react-query's cache entry. */
export function useCoverage(range: RangeKey, lastDay: number | null) {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const variables = window ? coverageVariables(window) : null
  const q = useGql(COVERAGE_QUERY, variables, { map: mapCoverage })
  const result = window === null ? { ...q, isPending: true } : q
  return { window, variables, q, result, d: q.data?.value }
}

export function coverageCsv(rows: CoverageRow[], what: 'mode' | 'tee', range: RangeKey): CsvTable {
  return {
    filename: `proof-coverage-by-${what}-${range}`,
    header: [what, 'settled', 'verified', 'invalid', 'pending', 'unverifiable', 'verified_share'],
    rows: rows.map((r) => [r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable, r.verifiedShare]),
  }
}
