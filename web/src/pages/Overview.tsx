import { useSearchParams } from 'react-router'
import { Segmented } from '../components/Segmented'
import { ErrorState } from '../components/States'
import { Headlines } from '../features/overview/Headlines'
import { useDataEnd } from '../features/overview/useDataEnd'
import { LatestPanel } from '../features/blocks/LatestPanel'
import { CoverageByModePanel, preloadCoverageByModeChart } from '../features/proofs/CoverageByModePanel'
import { CoverageByTeePanel, preloadCoverageByTeeChart } from '../features/proofs/CoverageByTeePanel'
import { OrganicPanel, preloadOrganicCharts } from '../features/organic/OrganicPanel'
import { PressurePanel, preloadUnlockPressureChart } from '../features/supply/PressurePanel'
import { SupplyPanel, preloadSupplyChart } from '../features/supply/SupplyPanel'
import { UsagePanel, preloadUsageChart } from '../features/usage/UsagePanel'
import { formatDay } from '../lib/format'
import { RANGES, parseRange, type RangeKey } from '../lib/range'

const RANGE_LABELS: Record<RangeKey, string> = { '7d': '7D', '30d': '30D', '90d': '90D', all: 'All' }

// Every chart's code starts loading with this page, while the charts' queries run, not after each answer: a chart
// whose code is here draws as soon as its answer arrives, instead of all of them together after the last one.
// A load that fails is tried again when the chart is drawn.
for (const preload of [
  preloadUsageChart,
  preloadSupplyChart,
  preloadUnlockPressureChart,
  preloadCoverageByModeChart,
  preloadCoverageByTeeChart,
  preloadOrganicCharts,
])
  preload().catch(() => {})

/** The landing page: the headline figures and one panel per feature, all following the range in the URL. */
export default function Overview() {
  const [params] = useSearchParams()
  const range = parseRange(params.get('range'))
  const end = useDataEnd()
  const lastDay = end.data?.value ?? null
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Network overview</h1>
          <p>
            Usage of OpenGradient's verifiable inference against the OPG price and supply schedule.
            {lastDay !== null && ` Data through ${formatDay(lastDay)} (UTC).`}
            {end.data && lastDay === null && ' Nothing has been indexed yet.'}
          </p>
        </div>
        <Segmented param="range" options={RANGES} value={range} labels={RANGE_LABELS} ariaLabel="Time range" />
      </div>
      <Headlines />
      <div className="stack">
        {end.error ? (
          <div className="card">
            <ErrorState error={end.error} retry={() => void end.refetch()} />
          </div>
        ) : (
          <UsagePanel range={range} lastDay={lastDay} />
        )}
        <SupplyPanel />
        <div className="grid grid-2">
          <PressurePanel range={range} />
          <CoverageByModePanel range={range} lastDay={lastDay} />
        </div>
        <CoverageByTeePanel range={range} lastDay={lastDay} />
        <OrganicPanel range={range} lastDay={lastDay} />
        <LatestPanel />
      </div>
      <p className="faint" style={{ fontSize: 12, marginTop: 14 }}>
        Figures come from the indexer's daily aggregates and entity tables; every chart links to its GraphQL query and downloads the rows it draws. Days are UTC
        days.
      </p>
    </>
  )
}
