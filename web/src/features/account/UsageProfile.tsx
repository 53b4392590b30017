import { AsOf } from '../../components/AsOf'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { ErrorState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { formatInteger, formatOpg, formatPercent, plural } from '../../lib/format'
import { ACCOUNT_USAGE_QUERY } from '../organic/query'

/** How an address uses the network: who funded it, on how many days it paid, how many TEE nodes it paid, its share of all payments. */
export function UsageProfile({ id }: { id: string }) {
  const q = useGql(ACCOUNT_USAGE_QUERY, { id })
  const u = q.data?.value.accountUsage
  const f = u?.fundedBy
  return (
    <Card
      title="Usage profile"
      subtitle="Organic or farming? Who funded this wallet and how it pays for inference."
      footer={q.data && <AsOf heads={q.data.heads} />}
    >
      {q.error ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : !u ? (
        <Loading />
      ) : (
        <div
          data-testid="usage-profile"
          data-funded-by={f?.from ?? ''}
          data-active-days={u.activeDays}
          data-tees={u.distinctTees}
          data-payment-share={u.paymentShare ?? ''}
        >
          <KeyValue
            rows={[
              [
                'Funded by',
                f ? (
                  <span>
                    <Hash value={f.from} to={`/accounts/${f.from}`} label={f.fromLabel} /> sent{' '}
                    <span title={formatOpg(f.amount).exact}>{formatOpg(f.amount).text}</span> on <Time value={f.timestamp} />
                    {f.allocation && <span className="muted"> (an unlock from the {f.fromLabel ?? f.allocation} allocation)</span>}
                    {!f.allocation && f.fromCategory && <span className="muted"> ({f.fromCategory})</span>}
                  </span>
                ) : (
                  <span className="faint">no OPG transfer into this address was indexed</span>
                ),
              ],
              ['Days with payments', `${plural(u.activeDays, 'day', 'days')} (UTC)`],
              [
                'TEE nodes paid',
                u.distinctTees === 0 && u.payments > 0
                  ? 'none identified (no payee was a registered TEE payment address)'
                  : plural(u.distinctTees, 'node', 'nodes'),
              ],
              [
                'Share of all payments',
                <span>
                  {formatPercent(u.paymentShare, 3).text} of {plural(Number(u.networkPayments), 'payment', 'payments')} ({formatInteger(u.payments)} made) ·{' '}
                  <span title={formatOpg(u.paidOpg).exact}>{formatPercent(u.opgShare, 3).text} of the OPG paid</span>
                </span>,
              ],
              [
                'First and last payment',
                u.firstPaymentAt ? (
                  <span>
                    <Time value={u.firstPaymentAt} /> → <Time value={u.lastPaymentAt} />
                  </span>
                ) : (
                  <span className="faint">never paid</span>
                ),
              ],
            ]}
          />
        </div>
      )}
    </Card>
  )
}
