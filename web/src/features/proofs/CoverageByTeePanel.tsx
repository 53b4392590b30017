import { Link } from 'react-router'
import { ChartCard } from '../../components/ChartCard'
import { shortenHash } from '../../lib/format'
import type { RangeKey } from '../../lib/range'
import type { CoverageRow } from './mapper'
import { COVERAGE_QUERY } from './query'
import { coverageCsv, useCoverage } from './useCoverage'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

const CHART_LOADING = <Loading height={280} label="Loading chart…" />
const CoverageChart = preloadable(() => import('./CoverageChart').then((m) => m.CoverageChart), CHART_LOADING)
export const preloadCoverageByTeeChart = CoverageChart.preload

const teeLabel = (key: string) => (key ? shortenHash(key, 6, 4) : 'none')

/** Links to every node in the chart; the row without a key (legacy and hub) has no node. */
function NodeLinks({ rows }: { rows: CoverageRow[] }) {
  return (
    <div className="chart-legend-note">
      Nodes:{' '}
      {rows
        .filter((r) => r.key)
        .map((r, i) => (
          <span key={r.key}>
            {i > 0 && ', '}
            <Link to={`/tees/${r.key}`} className="mono" title={r.key}>
              {shortenHash(r.key, 6, 4)}
            </Link>
          </span>
        ))}
    </div>
  )
}

/** The same verdicts per enclave, in the selected range. */
export function CoverageByTeePanel({ range, lastDay }: { range: RangeKey; lastDay: number | null }) {
  const { variables, result, d } = useCoverage(range, lastDay)
  return (
    <ChartCard
      id="coverage-tee"
      title="Proof coverage by TEE node"
      subtitle="The same verdicts per enclave; “none” is legacy and hub inferences, which name no TEE."
      query={{ document: COVERAGE_QUERY, variables: variables ?? {} }}
      result={result}
      empty={!d || d.byTee.length === 0}
      emptyText="No inferences settled in this range."
      csv={() => (d ? coverageCsv(d.byTee, 'tee', range) : null)}
    >
      {() => (
        <>
          <CoverageChart rows={d!.byTee} labelOf={teeLabel} testId="coverage-tee-chart" />
          <NodeLinks rows={d!.byTee} />
        </>
      )}
    </ChartCard>
  )
}
