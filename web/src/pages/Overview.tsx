import { lazy } from 'react'
import { Link, useSearchParams } from 'react-router'
import {
  COVERAGE_QUERY,
  HEADLINE_QUERY,
  PRESSURE_QUERY,
  SUPPLY_QUERY,
  USAGE_QUERY,
  mapCoverage,
  mapHeadline,
  mapPressure,
  mapSupply,
  mapUsage,
  type CoverageData,
  type CoverageWire,
  type Headline,
  type HeadlineWire,
  type PressureData,
  type PressureWire,
  type SupplyChartData,
  type SupplyWire,
  type UsageRow,
  type UsageWire,
} from '../api/overview'
import { ChartCard } from '../components/ChartCard'
import { Kpi } from '../components/Kpi'
import { Segmented } from '../components/Segmented'
import { ErrorState } from '../components/States'
import { useDataEnd } from '../hooks/useDataEnd'
import { useGql } from '../hooks/useGql'
import { formatCount, formatDay, formatInteger, formatOpg, formatPercent, formatUsd, shortenHash } from '../lib/format'
import { DAY_MS, RANGES, parseRange, rangeWindow, type RangeKey } from '../lib/range'

// the charts (and recharts) load beside the headline figures, which do not wait for them
const UsageChart = lazy(() => import('../charts/UsageChart').then((m) => ({ default: m.UsageChart })))
const SupplyChart = lazy(() => import('../charts/SupplyChart').then((m) => ({ default: m.SupplyChart })))
const UnlockPressureChart = lazy(() => import('../charts/UnlockPressureChart').then((m) => ({ default: m.UnlockPressureChart })))
const CoverageChart = lazy(() => import('../charts/CoverageChart').then((m) => ({ default: m.CoverageChart })))

const RANGE_LABELS: Record<RangeKey, string> = { '7d': '7D', '30d': '30D', '90d': '90D', all: 'All' }
const PRESSURE_WINDOW: Record<RangeKey, number> = { '7d': 7, '30d': 30, '90d': 90, all: 365 }

function Headlines() {
  const q = useGql<HeadlineWire, Headline>(HEADLINE_QUERY, {}, { map: (w) => mapHeadline(w) })
  if (q.error) return <div className="card" style={{ marginBottom: 14 }}><ErrorState error={q.error} retry={() => void q.refetch()} /></div>
  const h = q.data?.value
  const lastDay = h?.lastDay ? formatDay(h.lastDay) : '—'
  return (
    <div className="kpis" data-testid="kpis">
      <Kpi testId="kpi-inferences" label="Inferences settled" value={h ? formatCount(h.inferencesSettled, 'inferences') : null} sub="all time, every settlement kind" hint="Sum of every inference settled on the OG chain: batch leaves, individual, legacy and hub (proofCoverage total.settled)" />
      <Kpi
        testId="kpi-verified"
        label="Proofs verified"
        value={h ? formatCount(h.proofsVerified, 'proofs') : null}
        sub={h ? <><span title={formatPercent(h.verifiedShare, 4).exact}>{formatPercent(h.verifiedShare).text}</span> of verifiable inferences</> : ' '}
        hint="Inferences whose TEE signature was re-verified by the indexer against the key registered on chain; the share excludes legacy and hub inferences, which publish nothing to verify"
      />
      <Kpi testId="kpi-wallets" label="Paying wallets" value={h ? formatCount(h.payingWalletsAllTime, 'wallets') : null} sub={h ? `${h.payingWalletsLastDay != null ? formatInteger(h.payingWalletsLastDay) : '—'} paid on ${lastDay}` : ' '} hint="Distinct Base addresses that made at least one x402 payment (accounts with paymentsMade > 0)" />
      <Kpi
        testId="kpi-tx"
        label="Transactions per day"
        value={h ? formatCount(h.txPerDay, 'tx') : null}
        sub={h ? `mean of the last ${h.txDays} complete days` : ' '}
        hint="OG settlements + TEE heartbeats + staking events, plus OPG transfers on Base (which include every payment, swap and unlock), per UTC day"
      />
      <Kpi testId="kpi-tees" label="Active TEE nodes" value={h ? formatCount(h.enabledTees, 'nodes') : null} sub={h ? `${h.heartbeatingTees ?? '—'} sent heartbeats on ${lastDay}` : ' '} hint="TEE nodes enabled in the registry; the second figure counts nodes with at least one heartbeat that day" />
      <Kpi
        testId="kpi-price"
        label="OPG price"
        value={h ? formatUsd(h.priceUsd) : null}
        sub={
          h ? (
            <>
              <span className="down" title={formatPercent(h.drawdown, 4).exact}>{formatPercent(h.drawdown).text}</span> from the high of {formatUsd(h.highUsd).text}
            </>
          ) : ' '
        }
        hint="Close of the last hourly candle of the OPG/USDC pool on Base; drawdown against the highest hourly high since TGE"
      />
      <Kpi
        testId="kpi-circulating"
        label="Circulating supply"
        value={h ? formatOpg(h.circulatingWei) : null}
        sub={h ? <><span title={formatPercent(h.circulatingShare, 6).exact}>{formatPercent(h.circulatingShare).text}</span> of 1 B OPG</> : ' '}
        hint="Total supply minus the balances of vesting contracts, distributors, treasury, staking pool and bridge, at the end of the last indexed day"
      />
      <Kpi
        testId="kpi-cliff"
        label="Days to next cliff"
        value={h ? (h.nextCliff ? { text: `${formatInteger(Math.ceil(h.nextCliff.daysUntil))} days`, exact: `${h.nextCliff.daysUntil} days from ${formatDay(Date.parse(h.nextCliff.date) - h.nextCliff.daysUntil * DAY_MS)}` } : { text: 'none', exact: 'no cliff ahead' }) : null}
        sub={h?.nextCliff ? `${formatDay(h.nextCliff.date)} · team and investors` : ' '}
        hint="The 12-month cliff of Core Contributors and Investors/Advisors, counted from the last indexed day"
      />
    </div>
  )
}

function UsagePanel({ range, lastDay }: { range: RangeKey; lastDay: number | null }) {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  const interval = window && window.days > 180 ? 'WEEK' : 'DAY'
  const variables = window ? { from: window.from, to: window.to, interval } : {}
  const q = useGql<UsageWire, UsageRow[]>(USAGE_QUERY, variables, { enabled: window !== null, map: (w) => mapUsage(w, interval === 'WEEK' ? 7 * DAY_MS : DAY_MS) })
  const rows = q.data?.value ?? []
  const empty = rows.length === 0 || rows.every((r) => r.inferences === 0 && r.payments === 0)
  return (
    <ChartCard
      id="usage"
      title="Usage against price"
      subtitle={`Inferences settled per ${interval === 'WEEK' ? 'week' : 'day'} by settlement kind, x402 payments and paying wallets, with the OPG price on the right axis. ${window ? `${window.from} to ${window.to}, UTC.` : ''}`}
      query={{ document: USAGE_QUERY, variables }}
      result={lastDay === null && !window ? { ...q, isPending: true } : q}
      empty={empty}
      emptyText="No inferences or payments in this range."
      note={rows.some((r) => r.partial) ? 'The lighter bar is the current period so far' : undefined}
      csv={() => ({
        filename: `usage-${range}`,
        header: ['bucket_start_utc', 'batch_inferences', 'individual_inferences', 'legacy_inferences', 'hub_inferences', 'inferences', 'x402_payments', 'paying_wallets', 'price_usd', 'partial'],
        rows: rows.map((r) => [new Date(r.t).toISOString(), r.batch, r.individual, r.legacy, r.hub, r.inferences, r.payments, r.payingWallets, r.priceUsd, r.partial]),
      })}
    >
      {() => <UsageChart rows={rows} bucket={interval === 'WEEK' ? 'week' : 'day'} />}
    </ChartCard>
  )
}

function SupplyPanel() {
  const variables = { interval: 'WEEK' }
  const q = useGql<SupplyWire, SupplyChartData>(SUPPLY_QUERY, variables, { map: mapSupply })
  const d = q.data?.value
  return (
    <ChartCard
      id="supply"
      title="Supply schedule"
      subtitle="OPG unlocked by allocation: observed on chain up to the last indexed day, the published schedule after it. The line is circulating supply as a share of the 1 B total. Not affected by the range."
      query={{ document: SUPPLY_QUERY, variables }}
      result={q}
      empty={!d || d.rows.length === 0}
      note={d?.allocations.some((a) => !a.published) ? `Assumed schedules (none published): ${d.allocations.filter((a) => !a.published).map((a) => a.label).join(', ')}` : undefined}
      csv={() =>
        d
          ? {
              filename: 'supply-schedule-weekly',
              header: ['week_start_utc', 'kind', ...d.allocations.map((a) => `${a.id}_opg`), 'circulating_percent'],
              rows: d.rows.map((r) => [new Date(r.t).toISOString(), r.projected ? 'projected' : 'observed', ...d.allocations.map((a) => r.values[a.id] ?? 0), r.circulatingObserved ?? r.circulatingProjected]),
            }
          : null
      }
    >
      {() => <SupplyChart data={d!} />}
    </ChartCard>
  )
}

function PressurePanel({ range }: { range: RangeKey }) {
  const variables = { windowDays: PRESSURE_WINDOW[range] }
  const q = useGql<PressureWire, PressureData>(PRESSURE_QUERY, variables, { map: mapPressure })
  const d = q.data?.value
  return (
    <ChartCard
      id="pressure"
      title="Unlock pressure"
      subtitle={`Trailing ${variables.windowDays}-day x402 revenue against the USD value of what unlocks in the next ${variables.windowDays} days, at the current price.`}
      query={{ document: PRESSURE_QUERY, variables }}
      result={q}
      empty={!d}
      height={170}
      csv={() => (d ? { filename: `unlock-pressure-${variables.windowDays}d`, header: ['measure', 'usd', 'opg'], rows: d.bars.map((b) => [b.label, b.usd, b.opg]) } : null)}
    >
      {() => (
        <>
          <UnlockPressureChart bars={d!.bars} />
          <div className="grid grid-3" style={{ marginTop: 8, gap: 8, fontSize: 12.5 }}>
            <div>
              <div className="muted">Coverage ratio</div>
              <strong title={d!.coverageRatio == null ? 'no price yet' : String(d!.coverageRatio)} data-testid="coverage-ratio">
                {d!.coverageRatio == null ? '—' : d!.coverageRatio < 0.001 ? d!.coverageRatio.toExponential(2) : d!.coverageRatio.toFixed(3)}
              </strong>{' '}
              <span className="muted">revenue ÷ unlocks</span>
            </div>
            <div>
              <div className="muted">Revenue per day</div>
              <strong title={formatUsd(d!.dailyRevenueUsd).exact}>{formatUsd(d!.dailyRevenueUsd).text}</strong>
            </div>
            <div>
              <div className="muted">Usage to absorb the cliff's first window</div>
              <strong>{d!.daysOfUsageToAbsorbCliff == null ? '—' : `${formatCount(d!.daysOfUsageToAbsorbCliff).text} days`}</strong>
            </div>
          </div>
        </>
      )}
    </ChartCard>
  )
}

function CoveragePanel({ range, lastDay, by }: { range: RangeKey; lastDay: number | null; by: 'mode' | 'tee' }) {
  const window = lastDay !== null ? rangeWindow(range, lastDay) : null
  // proofCoverage's `to` is exclusive of nothing after it: the window's last day is included up to its end
  const variables = window ? { from: window.from, to: new Date(Date.parse(window.to) + DAY_MS - 1).toISOString() } : {}
  const q = useGql<CoverageWire, CoverageData>(COVERAGE_QUERY, variables, { enabled: window !== null, map: mapCoverage })
  const d = q.data?.value
  const result = window === null ? { ...q, isPending: true } : q
  const csvOf = (rows: CoverageData['byMode'], what: string) => ({
    filename: `proof-coverage-by-${what}-${range}`,
    header: [what, 'settled', 'verified', 'invalid', 'pending', 'unverifiable', 'verified_share'],
    rows: rows.map((r) => [r.key, r.settled, r.verified, r.invalid, r.pending, r.unverifiable, r.verifiedShare]),
  })
  if (by === 'mode')
    return (
      <ChartCard
        id="coverage-mode"
        title="Proof coverage by mode"
        subtitle={`Settled inferences by verification mode and verdict${window ? `, ${window.from} to ${window.to} (UTC)` : ''}.`}
        query={{ document: COVERAGE_QUERY, variables }}
        result={result}
        empty={!d || d.byMode.length === 0}
        emptyText="No inferences settled in this range."
        note={d ? `${formatPercent(d.total.verifiedShare).text} of verifiable inferences re-verified` : undefined}
        csv={() => (d ? csvOf(d.byMode, 'mode') : null)}
      >
        {() => (
          <>
            <CoverageChart rows={d!.byMode} testId="coverage-mode-chart" />
            <div className="table-wrap">
            <table className="data" data-testid="coverage-mode-table" style={{ marginTop: 6 }}>
              <thead>
                <tr>
                  <th>Mode</th>
                  <th className="right">Settled</th>
                  <th className="right">Verified</th>
                  <th className="right">Invalid</th>
                  <th className="right">Nothing to verify</th>
                  <th className="right">Verified share</th>
                </tr>
              </thead>
              <tbody>
                {d!.byMode.map((r) => (
                  <tr key={r.key}>
                    <td>{r.key}</td>
                    <td className="right num">{formatInteger(r.settled)}</td>
                    <td className="right num">{formatInteger(r.verified)}</td>
                    <td className="right num">{formatInteger(r.invalid)}</td>
                    <td className="right num">{formatInteger(r.unverifiable)}</td>
                    <td className="right num" title={formatPercent(r.verifiedShare, 4).exact}>{formatPercent(r.verifiedShare).text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </>
        )}
      </ChartCard>
    )
  return (
      <ChartCard
        id="coverage-tee"
        title="Proof coverage by TEE node"
        subtitle="The same verdicts per enclave; “none” is legacy and hub inferences, which name no TEE."
        query={{ document: COVERAGE_QUERY, variables }}
        result={result}
        empty={!d || d.byTee.length === 0}
        emptyText="No inferences settled in this range."
        csv={() => (d ? csvOf(d.byTee, 'tee') : null)}
      >
        {() => (
          <>
            <CoverageChart rows={d!.byTee} labelOf={(k) => (k ? shortenHash(k, 6, 4) : 'none')} testId="coverage-tee-chart" />
            <div className="chart-legend-note">
              Nodes:{' '}
              {d!.byTee
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
          </>
        )}
      </ChartCard>
  )
}

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
        {end.error ? <div className="card"><ErrorState error={end.error} retry={() => void end.refetch()} /></div> : <UsagePanel range={range} lastDay={lastDay} />}
        <SupplyPanel />
        <div className="grid grid-2">
          <PressurePanel range={range} />
          <CoveragePanel range={range} lastDay={lastDay} by="mode" />
        </div>
        <CoveragePanel range={range} lastDay={lastDay} by="tee" />
      </div>
      <p className="faint" style={{ fontSize: 12, marginTop: 14 }}>
        Figures come from the indexer's daily aggregates and entity tables; every chart links to its GraphQL query and downloads the rows it draws. Days are UTC days.
      </p>
    </>
  )
}
