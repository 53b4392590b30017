import { formatDay } from '../../lib/format'
import type { SupplyChartData, SupplyRow } from './mapper'

/** The rows where observation stops and the forecast takes over: the last observed and the one after it. */
export function seamRows(d: SupplyChartData): { last: SupplyRow; next: SupplyRow | null } | null {
  const i = d.rows.findLastIndex((r) => !r.projected && r.circulatingObserved != null)
  return i < 0 ? null : { last: d.rows[i], next: d.rows[i + 1] ?? null }
}

const pct = (v: number | null) => (v == null ? '—' : `${v.toFixed(2)} %`)

/**
 * Where the observed line hands over to the forecast, in words and exact figures: the forecast
 * must start at the observed value, and the airdrop nobody claimed yet is named, not counted.
 */
export function SupplySeam({ data }: { data: SupplyChartData }) {
  const seam = seamRows(data)
  if (!seam) return null
  const { last, next } = seam
  return (
    <p className="muted" style={{ fontSize: 12.5, margin: '6px 0 0' }} data-testid="supply-seam">
      Circulating on {formatDay(last.t)}:{' '}
      <strong
        data-testid="seam-observed"
        data-t={last.t}
        data-percent={last.circulatingObserved ?? ''}
        data-forecast-percent={last.circulatingProjected ?? ''}
        title={`${last.circulatingObserved} %`}
      >
        {pct(last.circulatingObserved)}
      </strong>{' '}
      observed; the forecast starts there
      {next && (
        <>
          {' '}
          and reads{' '}
          <strong data-testid="seam-forecast" data-t={next.t} data-percent={next.circulatingProjected ?? ''} title={`${next.circulatingProjected} %`}>
            {pct(next.circulatingProjected)}
          </strong>{' '}
          on {formatDay(next.t)}
        </>
      )}
      . Airdrop not yet claimed:{' '}
      <strong data-testid="seam-unclaimed" data-percent={last.unclaimedAirdrop ?? ''} title={`${last.unclaimedAirdrop} %`}>
        {pct(last.unclaimedAirdrop)}
      </strong>{' '}
      of supply, shown as a band, not counted as circulating.
    </p>
  )
}
