import { ChartCard } from '../../components/ChartCard'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatUsd, plural } from '../../lib/format'
import type { RangeKey } from '../../lib/range'
import { mapPressure, type PressureData } from './mapper'
import { coverageWords, durationWords, trailingWords } from './pressure-words'
import { PRESSURE_QUERY, PRESSURE_WINDOW } from './query'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

const CHART_LOADING = <Loading height={170} label="Loading chart…" />
const UnlockPressureChart = preloadable(() => import('./UnlockPressureChart').then((m) => m.UnlockPressureChart), CHART_LOADING)
export const preloadUnlockPressureChart = UnlockPressureChart.preload

/** the window that follows each range, exported for the overview's prefetch */

function CoverageRatio({ ratio }: { ratio: number | null }) {
  return (
    <strong title={ratio == null ? undefined : `revenue ÷ unlocks = ${ratio}`} data-testid="coverage-ratio">
      {coverageWords(ratio)}
      {ratio == null && <span className="faint"> (no price yet)</span>}
    </strong>
  )
}

/** The three figures under the bars: how far revenue covers unlocks. */
function PressureFigures({ d }: { d: PressureData }) {
  return (
    <div className="grid grid-3" style={{ marginTop: 8, gap: 8, fontSize: 12.5 }}>
      <div>
        <div className="muted">Revenue against unlocks</div>
        <CoverageRatio ratio={d.coverageRatio} />{' '}
        <span className="muted">
          revenue per day ({trailingWords(d.trailingDays, d.windowDays)}) × {plural(d.windowDays, 'day', 'days')} ÷ unlocks over the next{' '}
          {plural(d.windowDays, 'day', 'days')}
        </span>
      </div>
      <div>
        <div className="muted">Revenue per day, {trailingWords(d.trailingDays, d.windowDays)}</div>
        <strong title={formatUsd(d.dailyRevenueUsd).exact}>{formatUsd(d.dailyRevenueUsd).text}</strong>
      </div>
      <div>
        <div className="muted">Today's usage needed to absorb the cliff's first {plural(d.windowDays, 'day', 'days')}</div>
        <strong
          data-testid="absorb-cliff"
          title={d.daysOfUsageToAbsorbCliff == null ? undefined : formatCount(d.daysOfUsageToAbsorbCliff, ['day', 'days']).exact}
        >
          {durationWords(d.daysOfUsageToAbsorbCliff)}
        </strong>
      </div>
    </div>
  )
}

/** Trailing x402 revenue against the USD value of the coming unlocks, over a window that follows the range. */
export function PressurePanel({ range }: { range: RangeKey }) {
  const variables = { windowDays: PRESSURE_WINDOW[range] }
  const q = useGql(PRESSURE_QUERY, variables, { map: mapPressure })
  const d = q.data?.value
  return (
    <ChartCard
      id="pressure"
      title="Unlock pressure"
      subtitle={`x402 revenue over the ${d ? trailingWords(d.trailingDays, d.windowDays) : `trailing ${plural(variables.windowDays, 'day', 'days')}`} against the USD value of what unlocks in the next ${plural(variables.windowDays, 'day', 'days')}, at the current price.`}
      query={{ document: PRESSURE_QUERY, variables }}
      result={q}
      empty={!d}
      height={170}
      csv={() =>
        d ? { filename: `unlock-pressure-${variables.windowDays}d`, header: ['measure', 'usd', 'opg'], rows: d.bars.map((b) => [b.label, b.usd, b.opg]) } : null
      }
    >
      {() => (
        <>
          <UnlockPressureChart bars={d!.bars} />
          <PressureFigures d={d!} />
        </>
      )}
    </ChartCard>
  )
}
