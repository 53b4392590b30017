import { ChartCard } from '../../components/ChartCard'
import { formatInteger, formatPercent } from '../../lib/format'
import type { RangeKey } from '../../lib/range'
import type { CoverageRow } from './mapper'
import { COVERAGE_QUERY } from './query'
import { coverageCsv, useCoverage } from './useCoverage'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

const CHART_LOADING = <Loading height={280} label="Loading chart…" />
const CoverageChart = preloadable(() => import('./CoverageChart').then((m) => m.CoverageChart), CHART_LOADING)
export const preloadCoverageByModeChart = CoverageChart.preload

function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard (axe scrollable-region-focusable)
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; the region role names the scroll box only
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Proof coverage by mode">
      <table className="data" data-testid="coverage-mode-table" style={{ marginTop: 6 }}>
        <thead>
          <tr>
            <th>Mode</th>
            <th className="right">Settled</th>
            <th className="right">Verified</th>
            <th className="right">Invalid</th>
            <th className="right">Cannot be checked</th>
            <th className="right">Verified share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{r.key}</td>
              <td className="right num">{formatInteger(r.settled)}</td>
              <td className="right num">{formatInteger(r.verified)}</td>
              <td className="right num">{formatInteger(r.invalid)}</td>
              <td className="right num">{formatInteger(r.unverifiable)}</td>
              <td className="right num" title={formatPercent(r.verifiedShare, 4).exact}>
                {formatPercent(r.verifiedShare).text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Settled inferences by verification mode and verdict, in the selected range. */
export function CoverageByModePanel({ range, lastDay }: { range: RangeKey; lastDay: number | null }) {
  const { window, variables, result, d } = useCoverage(range, lastDay)
  return (
    <ChartCard
      id="coverage-mode"
      title="Proof coverage by mode"
      subtitle={`Settled inferences by verification mode and verdict${window ? `, ${window.from} to ${window.to} (UTC)` : ''}.`}
      query={{ document: COVERAGE_QUERY, variables: variables ?? {} }}
      result={result}
      empty={!d || d.byMode.length === 0}
      emptyText="No inferences settled in this range."
      note={d ? `${formatPercent(d.total.verifiedShare).text} of verifiable inferences re-verified` : undefined}
      csv={() => (d ? coverageCsv(d.byMode, 'mode', range) : null)}
    >
      {() => (
        <>
          <CoverageChart rows={d!.byMode} testId="coverage-mode-chart" />
          <CoverageTable rows={d!.byMode} />
        </>
      )}
    </ChartCard>
  )
}
