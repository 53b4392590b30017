import { ChartCard } from '../../components/ChartCard'
import { Define } from '../../components/Define'
import { Kpi } from '../../components/Kpi'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatDay, formatInteger, formatPercent, plural } from '../../lib/format'
import type { RangeKey } from '../../lib/range'
import type { OrganicView, SpikeNote } from './mapper'
import { organicRequest } from './request'
import { ORGANIC_QUERY } from './query'
import { Loading } from '../../components/States'
import { preloadable } from '../../lib/preloadable'

const CHART_LOADING = <Loading height={280} label="Loading chart…" />
const OrganicCharts = preloadable(() => import('./OrganicCharts').then((m) => m.OrganicCharts), CHART_LOADING)
export const preloadOrganicCharts = OrganicCharts.preload

const CSV_HEADER = ['period_start_utc', 'paying_wallets', 'new_wallets', 'returning_wallets', 'usage_spike']

function SpikeList({ spikes, bucket }: { spikes: SpikeNote[]; bucket: 'day' | 'week' }) {
  if (spikes.length === 0)
    return (
      <p className="muted" data-testid="organic-no-spikes">
        No usage spikes in this range.
      </p>
    )
  return (
    <ul data-testid="organic-spikes" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.6 }}>
      {spikes.map((s) => (
        <li key={s.t} data-t={s.t}>
          <strong>
            {bucket === 'week' ? 'Week of ' : ''}
            {formatDay(s.t)}
          </strong>
          : {plural(s.payments, 'payment', 'payments')} against a usual {s.baseline === null ? '—' : formatInteger(Math.round(s.baseline))};{' '}
          {formatPercent(s.newWalletPaymentShare, 0).text} of them from wallets paying for the first time; {formatInteger(s.newWalletsNotReturned)} of those{' '}
          {plural(s.newWallets, 'new wallet', 'new wallets')} ({formatPercent(s.notReturnedShare, 0).text}) never paid again{' '}
          <Define
            label="Never paid again in how long?"
            text={`In the ${plural(s.daysObservedAfter, 'day', 'days')} indexed after this ${bucket}: a wallet that pays later than that is not seen yet.`}
          />
          .
        </li>
      ))}
    </ul>
  )
}

function Figures({ v, bucket }: { v: OrganicView; bucket: 'day' | 'week' }) {
  return (
    <div
      className="kpis"
      data-testid="organic-figures"
      data-payers={v.payers}
      data-new-payers={v.newPayers}
      data-top-payments-share={v.topPaymentsShare ?? ''}
      data-top-opg-share={v.topOpgShare ?? ''}
    >
      <Kpi
        testId="organic-new"
        label="New paying wallets"
        value={formatPercent(v.payers > 0 ? v.newPayers / v.payers : null)}
        sub={`${formatInteger(v.newPayers)} of ${plural(v.payers, 'wallet', 'wallets')} paid for the first time`}
      />
      <Kpi
        testId="organic-retention"
        label={`Paid again the next ${bucket}`}
        value={formatPercent(v.nextPeriodRetention)}
        sub={`of wallets new in a ${bucket}, all cohorts pooled`}
      />
      <Kpi
        testId="organic-top-count"
        label={`Top ${plural(v.topN, "payer's", "payers'")} share`}
        value={formatPercent(v.topPaymentsShare)}
        sub={`of ${plural(v.payments, 'payment', 'payments')}; ${formatPercent(v.topOpgShare).text} of the OPG paid`}
      />
      <Kpi
        testId="organic-per-wallet"
        label="Payments per wallet (median)"
        value={formatCount(v.paymentsPerWalletMedian, ['payment', 'payments'])}
        sub={`mean ${v.paymentsPerWalletMean === null ? '—' : v.paymentsPerWalletMean.toFixed(1)} payments; ${plural(v.payers, 'paying wallet', 'paying wallets')}`}
      />
    </div>
  )
}

/** "Organic or farming?": who pays, whether they come back, how concentrated paying is, and what drove the spikes. */
export function OrganicPanel({ range, lastDay }: { range: RangeKey; lastDay: number | null }) {
  const { window, interval, variables, map } = organicRequest(range, lastDay)
  const bucket = interval === 'WEEK' ? 'week' : 'day'
  const q = useGql(ORGANIC_QUERY, variables, { map })
  const v = q.data?.value
  return (
    <ChartCard
      id="organic"
      title="Organic or farming?"
      chains={['base']}
      subtitle={`Wallets paying for inference (x402) per ${bucket}: how many are new, how many come back, and how much of the paying the ten largest payers do. ${window ? `${window.from} to ${window.to}, UTC.` : ''}`}
      query={{ document: ORGANIC_QUERY, variables: variables ?? {} }}
      result={lastDay === null && !window ? { ...q, isPending: true } : q}
      empty={!v || v.payers === 0}
      emptyText="No x402 payments in this range."
      note={v ? `Spike rule: ${v.spikeRule}.` : undefined}
      extraActions={
        variables && (
          <span className="row nowrap" style={{ gap: 2 }}>
            <a className="btn" href={`/export/payer-cohorts.csv?${new URLSearchParams(variables).toString()}`} download>
              Cohorts CSV ↓
            </a>
            <Define label="What is in the cohorts CSV?" text="Every period's new and returning wallets with the whole retention triangle, from the API." />
          </span>
        )
      }
      csv={() =>
        v
          ? {
              filename: `organic-${range}`,
              header: CSV_HEADER,
              rows: v.bars.map((b) => [new Date(b.t).toISOString(), b.payers, b.newPayers, b.returningPayers, b.spike]),
            }
          : null
      }
    >
      {() =>
        v && (
          <>
            <Figures v={v} bucket={bucket} />
            <OrganicCharts view={v} bucket={bucket} />
            <h3 style={{ fontSize: 13, fontWeight: 600, margin: '14px 0 6px' }}>Usage spikes and what drove them</h3>
            <SpikeList spikes={v.spikes} bucket={bucket} />
          </>
        )
      }
    </ChartCard>
  )
}
