import { ErrorState } from '../../components/States'
import { Kpi } from '../../components/Kpi'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatDay, formatInteger, formatOpg, formatPercent, formatUsd, plural, pluralWord, type Formatted } from '../../lib/format'
import { DAY_MS } from '../../lib/range'
import { mapHeadline, type Headline } from './mapper'
import { HEADLINE_QUERY } from './query'

function Share({ share, digits }: { share: number | null; digits: number }) {
  return <span title={formatPercent(share, digits).exact}>{formatPercent(share).text}</span>
}

function DrawdownSub({ h }: { h: Headline }) {
  return (
    <>
      <span className="down" title={formatPercent(h.drawdown, 4).exact}>
        {formatPercent(h.drawdown).text}
      </span>{' '}
      from the high of {formatUsd(h.highUsd).text}
    </>
  )
}

function cliffValue(h: Headline): Formatted {
  if (!h.nextCliff) return { text: 'none', exact: 'no cliff ahead' }
  const { daysUntil, date } = h.nextCliff
  return {
    text: plural(Math.ceil(daysUntil), 'day', 'days'),
    exact: `${daysUntil} ${pluralWord(daysUntil, 'day', 'days')} from ${formatDay(Date.parse(date) - daysUntil * DAY_MS)}`,
  }
}

/** The row of headline figures at the top of the overview; it does not wait for the charts. */
export function Headlines() {
  const q = useGql(HEADLINE_QUERY, {}, { map: (w) => mapHeadline(w) })
  if (q.error)
    return (
      <div className="card" style={{ marginBottom: 14 }}>
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      </div>
    )
  const h = q.data?.value
  const lastDay = h?.lastDay ? formatDay(h.lastDay) : '—'
  return (
    <div className="kpis" data-testid="kpis">
      <Kpi
        testId="kpi-inferences"
        label="Inferences settled"
        value={h ? formatCount(h.inferencesSettled, ['inference', 'inferences']) : null}
        sub={
          h ? (
            <span data-testid="kpi-inferences-split">{`declared; ${formatInteger(h.inferencesExpanded)} expanded, ${formatInteger(h.inferencesNotExpanded)} not`}</span>
          ) : (
            ' '
          )
        }
        hint={`Declared on the OG chain: each batch's size plus one per other settlement (proofCoverage total.settled). Expanded: the inferences the indexer could list one by one${h ? `; the other ${formatInteger(h.inferencesNotExpanded)}: ${h.notExpandedWords}` : ''}`}
      />
      <Kpi
        testId="kpi-verified"
        label="Proofs verified"
        value={h ? formatCount(h.proofsVerified, ['proof', 'proofs']) : null}
        sub={
          h ? (
            <>
              <Share share={h.verifiedShare} digits={4} /> of verifiable inferences
            </>
          ) : (
            ' '
          )
        }
        hint="Inferences whose TEE signature was re-verified by the indexer against the key registered on chain; the share excludes legacy and hub inferences, which publish nothing to verify"
      />
      <Kpi
        testId="kpi-wallets"
        label="Paying wallets"
        value={h ? formatCount(h.payingWalletsAllTime, ['wallet', 'wallets']) : null}
        sub={h ? `${h.payingWalletsLastDay != null ? formatInteger(h.payingWalletsLastDay) : '—'} paid on ${lastDay}` : ' '}
        hint="Distinct Base addresses that made at least one x402 payment (accounts with paymentsMade > 0)"
      />
      <Kpi
        testId="kpi-tx"
        label="Transactions per day"
        value={h ? formatCount(h.txPerDay, 'tx') : null}
        sub={h ? `mean of the last ${plural(h.txDays, 'complete day', 'complete days')}` : ' '}
        hint="OG settlements + TEE heartbeats + staking events, plus OPG transfers on Base (which include every payment, swap and unlock), per UTC day"
      />
      <Kpi
        testId="kpi-tees"
        label="Active TEE nodes"
        value={h ? formatCount(h.enabledTees, ['node', 'nodes']) : null}
        sub={h ? `${h.heartbeatingTees ?? '—'} sent heartbeats on ${lastDay}` : ' '}
        hint="TEE nodes enabled in the registry; the second figure counts nodes with at least one heartbeat that day"
      />
      <Kpi
        testId="kpi-price"
        label="OPG price"
        value={h ? formatUsd(h.priceUsd) : null}
        sub={h ? <DrawdownSub h={h} /> : ' '}
        hint="Close of the last hourly candle of the OPG/USDC pool on Base; drawdown against the highest hourly high since TGE"
      />
      <Kpi
        testId="kpi-circulating"
        label="Circulating supply"
        value={h ? formatOpg(h.circulatingWei) : null}
        sub={
          h ? (
            <>
              <Share share={h.circulatingShare} digits={6} /> of 1 B OPG
            </>
          ) : (
            ' '
          )
        }
        hint="Total supply minus the balances of vesting contracts, distributors, treasury, staking pool and bridge, at the end of the last indexed day"
      />
      <Kpi
        testId="kpi-cliff"
        label="Days to next cliff"
        value={h ? cliffValue(h) : null}
        sub={h?.nextCliff ? `${formatDay(h.nextCliff.date)} · team and investors` : ' '}
        hint="The 12-month cliff of Core Contributors and Investors/Advisors, counted from the last indexed day"
      />
    </div>
  )
}
