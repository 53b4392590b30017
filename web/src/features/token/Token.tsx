import { useSearchParams } from 'react-router'
import { mapCandles, mapSupplySeries, mapTokenSummary } from './mapper'
import { CANDLES_QUERY, SUPPLY_SERIES_QUERY, TOKEN_SUMMARY_QUERY } from './query'
import { CandleChart } from './CandleChart'
import { CirculatingChart } from './CirculatingChart'
import { AllocationTable } from './AllocationTable'
import { UnlockCalendar } from './UnlockCalendar'
import { ChartCard } from '../../components/ChartCard'
import { Kpi } from '../../components/Kpi'
import { Segmented } from '../../components/Segmented'
import { Tabs } from '../../components/Tabs'
import { HoldersTable, TransfersTable, UnlocksTable } from './TokenTables'
import { useDataEnd } from '../overview/useDataEnd'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatDay, formatOpg, formatPercent, formatUsd } from '../../lib/format'
import { RANGES, isoDay, parseRange, rangeWindow } from '../../lib/range'
import { OpgContract } from './OpgContract'

const TABS = [
  { id: 'holders', label: 'Largest accounts' },
  { id: 'transfers', label: 'Transfers' },
  { id: 'unlocks', label: 'Unlock events' },
] as const

export default function Token() {
  const [params] = useSearchParams()
  const range = parseRange(params.get('range'))
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'holders') as (typeof TABS)[number]['id']
  const summary = useGql(TOKEN_SUMMARY_QUERY, {}, { map: mapTokenSummary })
  const end = useDataEnd()
  const lastDay = end.data?.value ?? null
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const seriesVars = window ? { from: window.from, to: window.to } : null
  const series = useGql(SUPPLY_SERIES_QUERY, seriesVars, { map: mapSupplySeries })
  // hourly candles for a week, daily ones otherwise (at most 1,000 per page)
  const interval = range === '7d' ? 'HOUR' : 'DAY'
  const candleVars = window ? ({ interval, from: window.from } as const) : null
  const candles = useGql(CANDLES_QUERY, candleVars, { map: mapCandles })
  const s = summary.data?.value
  const pending = <T extends { isPending: boolean }>(r: T) => (window === null ? { ...r, isPending: true } : r)
  return (
    <>
      <div className="page-head">
        <div>
          <h1>OPG token</h1>
          <p>
            OPG on Base: 1,000,000,000 tokens, 18 decimals. Circulating supply is total supply minus the balances of vesting contracts, distributors, treasury,
            staking pool and bridge; unlocks are transfers out of vesting contracts and distributors. The price is the OPG/USDC pool on Base.
          </p>
          <OpgContract />
        </div>
        <Segmented param="range" options={RANGES} value={range} labels={{ '7d': '7D', '30d': '30D', '90d': '90D', all: 'All' }} ariaLabel="Time range" />
      </div>
      <div className="kpis">
        <Kpi testId="token-price" label="Price" value={s ? formatUsd(s.priceUsd) : null} sub="last hourly close, OPG/USDC" />
        <Kpi
          testId="token-circulating"
          label="Circulating supply"
          value={s ? formatOpg(s.circulatingWei) : null}
          sub={s ? `${formatPercent(s.circulatingShare).text} of total · ${s.asOfDay ? formatDay(s.asOfDay) : '—'}` : ' '}
        />
        <Kpi
          testId="token-mcap"
          label="Market cap / FDV"
          value={s ? formatUsd(s.marketCapUsd) : null}
          sub={s ? `FDV ${formatUsd(s.fdvUsd).text} (1 B × price)` : ' '}
          hint="Circulating supply × price; FDV = total supply × price"
        />
        <Kpi
          testId="token-holders"
          label="Holders"
          value={s ? formatCount(s.holders, ['account', 'accounts']) : null}
          sub={s ? `${formatCount(s.unlockEvents, ['unlock event', 'unlock events']).text} so far` : ' '}
          hint="Base accounts with a non-zero OPG balance"
        />
      </div>
      <div className="stack">
        <div className="grid grid-2">
          <ChartCard
            title="Circulating supply"
            chains={['base']}
            subtitle={window ? `End-of-day circulating OPG and the OPG unlocked each day, ${window.from} to ${window.to} (UTC).` : undefined}
            query={{ document: SUPPLY_SERIES_QUERY, variables: seriesVars }}
            result={pending(series)}
            empty={(series.data?.value ?? []).length === 0}
            csv={() => ({
              filename: `circulating-${range}`,
              header: ['day_utc', 'circulating_opg', 'circulating_percent', 'unlocked_opg'],
              rows: (series.data?.value ?? []).map((r) => [isoDay(r.t), r.circulating, r.circulatingPercent, r.unlocked]),
            })}
          >
            {() => <CirculatingChart rows={series.data!.value} />}
          </ChartCard>
          <ChartCard
            title="Price"
            chains={['base']}
            subtitle={`${interval === 'HOUR' ? 'Hourly' : 'Daily'} OHLC candles of the OPG/USDC pool in USD, with volume.${window ? ` From ${window.from} (UTC).` : ''}`}
            query={{ document: CANDLES_QUERY, variables: candleVars }}
            result={pending(candles)}
            empty={(candles.data?.value ?? []).length === 0}
            emptyText="No swaps in this range."
            csv={() => ({
              filename: `candles-${interval.toLowerCase()}-${range}`,
              header: ['start_utc', 'open', 'high', 'low', 'close', 'volume_usd', 'swaps'],
              rows: (candles.data?.value ?? []).map((c) => [new Date(c.t).toISOString(), c.open, c.high, c.low, c.close, c.volumeUsd, c.swaps]),
            })}
          >
            {() => <CandleChart candles={candles.data!.value} interval={interval} />}
          </ChartCard>
        </div>
        <AllocationTable />
        <UnlockCalendar />
        <section className="card">
          <Tabs tabs={TABS} value={tab} />
          {tab === 'holders' && <HoldersTable />}
          {tab === 'transfers' && <TransfersTable />}
          {tab === 'unlocks' && <UnlocksTable />}
        </section>
      </div>
    </>
  )
}
