import { ChartCard, type CsvTable } from '../../components/ChartCard'
import { useGql } from '../../hooks/useGql'
import { mapSupply, type SupplyChartData } from './mapper'
import { SUPPLY_QUERY, SUPPLY_VARIABLES } from './query'
import { SupplySeam } from './SupplySeam'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

const CHART_LOADING = <Loading height={280} label="Loading chart…" />
const SupplyChart = preloadable(() => import('./SupplyChart').then((m) => m.SupplyChart), CHART_LOADING)
export const preloadSupplyChart = SupplyChart.preload

/** the supply chart's variables, exported for the overview's prefetch */
const VARIABLES = SUPPLY_VARIABLES

/** Says what the forecast assumes, so nobody reads the dashed line as observed or as a promise. */
function assumedNote(d: SupplyChartData | undefined): string | undefined {
  if (!d) return undefined
  const assumed = d.allocations.filter((a) => !a.published)
  const schedules = assumed.length > 0 ? ` Assumed schedules (none published): ${assumed.map((a) => a.label).join(', ')}.` : ''
  return `Forecast assumes: ${d.forecastAssumes.join(' ')}${schedules}`
}

function supplyCsv(d: SupplyChartData): CsvTable {
  return {
    filename: 'supply-schedule-weekly',
    header: ['week_start_utc', 'kind', ...d.allocations.map((a) => `${a.id}_opg`), 'circulating_percent', 'unclaimed_airdrop_percent'],
    rows: d.rows.map((r) => [
      new Date(r.t).toISOString(),
      r.projected ? 'projected' : 'observed',
      ...d.allocations.map((a) => r.values[a.id] ?? 0),
      r.circulatingObserved ?? r.circulatingProjected,
      r.unclaimedAirdrop,
    ]),
  }
}

/** The weekly supply schedule by allocation, observed then projected; the range does not apply. */
export function SupplyPanel() {
  const q = useGql(SUPPLY_QUERY, VARIABLES, { map: mapSupply })
  const d = q.data?.value
  return (
    <ChartCard
      id="supply"
      title="Supply schedule"
      subtitle="OPG unlocked by allocation: observed on chain up to the last indexed day, the published schedule after it. The line is circulating supply as a share of the 1 B total, forecast from its last observed value; the band above it is airdrop not yet claimed. Not affected by the range."
      query={{ document: SUPPLY_QUERY, variables: VARIABLES }}
      result={q}
      empty={!d || d.rows.length === 0}
      note={assumedNote(d)}
      csv={() => (d ? supplyCsv(d) : null)}
    >
      {() => (
        <>
          <SupplyChart data={d!} />
          <SupplySeam data={d!} />
        </>
      )}
    </ChartCard>
  )
}
