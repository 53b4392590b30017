import { useEffect } from 'react'
import { Link, useLocation, useParams, useSearchParams } from 'react-router'
import { DAY_MS } from '@og-explorer/common'
import { balanceHistory } from './balance-history'
import { ACCOUNT_QUERY } from './query'
import { BalanceChart } from './BalanceChart'
import { VestingPanel } from './VestingPanel'
import { UsageProfile } from './UsageProfile'
import { AddressKind } from './AddressKind'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { ChartCard } from '../../components/ChartCard'
import { DataTable } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { Kpi } from '../../components/Kpi'
import { UptimeMeter } from '../tee/Liveness'
import { ErrorState, Loading } from '../../components/States'
import { Tabs } from '../../components/Tabs'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'
import { PaymentsTable } from '../payments/PaymentsTable'
import { TransfersTable, UnlocksTable } from '../token/TokenTables'
import { useGql } from '../../hooks/useGql'
import { formatInteger, formatOpg, plural } from '../../lib/format'

const TABS = [
  { id: 'payments', label: 'x402 payments' },
  { id: 'transfers', label: 'Transfers' },
  { id: 'delegations', label: 'Delegations' },
  { id: 'vesting', label: 'Vesting and unlocks' },
] as const

export default function Account() {
  const { id: rawId = '' } = useParams()
  const id = rawId.toLowerCase()
  const location = useLocation()
  const [params] = useSearchParams()
  // the API's search links a delegator to /accounts/<id>#delegations
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ??
    (location.hash === '#delegations' ? 'delegations' : 'payments')) as (typeof TABS)[number]['id']
  const q = useGql(ACCOUNT_QUERY, { id })
  useEffect(() => {
    if (location.hash === '#delegations') document.getElementById('account-tabs')?.scrollIntoView()
  }, [location.hash, q.isSuccess])
  if (!/^0x[0-9a-f]{40}$/.test(id)) return <ErrorState error={new Error(`"${rawId}" is not an address (0x followed by 40 hex digits)`)} />
  if (q.isPending) return <Loading height={400} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const { accountById: a, validatorById: validator, teeNodes, delegations, recentTransfers, baseEnd } = q.data.value
  // the end of the last indexed Base day, never past now
  const until = baseEnd[0] ? Math.min(Date.now(), Date.parse(baseEnd[0].date) + DAY_MS) : null
  const points = a ? balanceHistory(id, a.balance, recentTransfers, until) : []
  const delegated = delegations.reduce((s, d) => s + BigInt(d.amount), 0n)
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">Address</div>
          <h1 className="row">
            {a?.label ?? (validator?.moniker ? `Validator ${validator.moniker}` : 'Address')}
            {a?.category && <Badge tone="info">{a.category}</Badge>}
            {a && !a.circulating && <Badge tone="warn">excluded from circulating supply</Badge>}
          </h1>
          <p className="mono row" style={{ wordBreak: 'break-all' }} data-testid="account-id">
            <Hash value={id} full />
          </p>
          <AddressKind address={id} />
        </div>
      </div>
      {(validator || teeNodes.length > 0) && (
        <div className="callout" style={{ marginBottom: 14 }}>
          {validator && (
            <div>
              Operates validator <Link to={`/validators/${validator.id}`}>{validator.moniker ?? validator.id}</Link>
              {validator.jailed && ' (jailed)'} with <Value f={formatOpg(validator.tokens)} /> staked.
            </div>
          )}
          {teeNodes.map((t) => (
            <div key={t.id} className="row">
              {t.owner === id ? 'Owns' : 'Is paid for'} TEE node <Hash value={t.id} to={`/tees/${t.id}`} />{' '}
              {t.endpoint && <span className="muted">{t.endpoint}</span>} <UptimeMeter uptime={t.uptime} />
            </div>
          ))}
        </div>
      )}
      <VestingPanel address={id} />
      <div className="kpis">
        <Kpi
          testId="account-balance"
          label="OPG balance"
          value={a ? formatOpg(a.balance) : { text: '0 OPG', exact: 'no OPG account on Base' }}
          sub={
            a ? (
              <>
                first seen <Time value={a.firstSeenAt} />
              </>
            ) : (
              'never held OPG on Base'
            )
          }
        />
        <Kpi
          testId="account-paid"
          label="Paid (x402)"
          value={a ? formatOpg(a.paidTotal) : { text: '—', exact: '' }}
          sub={a ? `${plural(a.paymentsMade, 'payment', 'payments')} made` : ' '}
        />
        <Kpi
          testId="account-received"
          label="Received (x402)"
          value={a ? formatOpg(a.receivedTotal) : { text: '—', exact: '' }}
          sub={a ? `${plural(a.paymentsReceived, 'payment', 'payments')} received` : ' '}
        />
        <Kpi
          testId="account-delegated"
          label="Delegated"
          value={formatOpg(delegated)}
          sub={`to ${plural(delegations.length, 'validator', 'validators')} on the OG chain`}
        />
      </div>
      <div className="stack">
        <div className="grid grid-2">
          <ChartCard
            title="Balance history"
            chains={['base']}
            subtitle={
              recentTransfers.length >= 1000
                ? 'OPG balance after each of the latest 1,000 transfers, walked back from the current balance.'
                : 'OPG balance after each transfer, walked back from the current balance.'
            }
            query={{ document: ACCOUNT_QUERY, variables: { id } }}
            result={q}
            empty={points.length === 0}
            emptyText="No OPG transfers to or from this address."
            csv={() => ({
              filename: `balance-${id.slice(0, 10)}`,
              header: ['time_utc', 'balance_opg'],
              rows: points.map((p) => [new Date(p.t).toISOString(), p.balance]),
            })}
          >
            {() => <BalanceChart points={points} />}
          </ChartCard>
          <Card title="Account" flush footer={<AsOf heads={q.data.heads} />}>
            {a ? (
              <KeyValue
                rows={[
                  ['Label', a.label ?? <span className="faint">none</span>],
                  ['Category', a.category ?? <span className="faint">none</span>],
                  ['Circulating', a.circulating ? 'yes' : 'no: its balance is excluded from circulating supply'],
                  ['Transfers', `${formatInteger(a.transfersIn)} in · ${formatInteger(a.transfersOut)} out`],
                  [
                    'First seen',
                    <span>
                      <Time value={a.firstSeenAt} /> · Base block {formatInteger(a.firstSeenBlock)}
                    </span>,
                  ],
                  ['Last seen', <Time value={a.lastSeenAt} />],
                  ['First x402 payment', <Time value={a.firstPaymentAt} />],
                ]}
              />
            ) : (
              <div className="state">This address has no OPG account on Base.</div>
            )}
          </Card>
        </div>
        <UsageProfile id={id} />
        <section className="card" id="account-tabs">
          <Tabs tabs={TABS} value={tab} />
          {tab === 'payments' && <PaymentsTable where={{ OR: [{ payer: { id_eq: id } }, { payee: { id_eq: id } }] }} self={id} />}
          {tab === 'transfers' && <TransfersTable where={{ OR: [{ from: { id_eq: id } }, { to: { id_eq: id } }] }} self={id} />}
          {tab === 'delegations' && (
            <DataTable
              testId="account-delegations"
              columns={[
                {
                  key: 'v',
                  header: 'Validator',
                  render: (d) => (
                    <span className="row">
                      <Link to={`/validators/${d.validator.id}`}>{d.validator.moniker ?? d.validator.id.slice(0, 10)}</Link>
                      {d.validator.jailed && <Badge tone="bad">jailed</Badge>}
                    </span>
                  ),
                },
                { key: 'a', header: 'Amount', align: 'right', render: (d) => <Value f={formatOpg(d.amount)} /> },
                { key: 'c', header: 'Since (UTC)', render: (d) => <Time value={d.createdAt} /> },
                { key: 'u', header: 'Last change (UTC)', render: (d) => <Time value={d.updatedAt} /> },
              ]}
              rows={delegations}
              rowKey={(d) => d.id}
              emptyText="This address delegates to no validator."
            />
          )}
          {tab === 'vesting' && (
            <>
              <p className="muted" style={{ margin: '10px 14px', fontSize: 12.5 }}>
                Unlocks this address received as a beneficiary
                {a?.category === 'vesting' || a?.category === 'distributor' ? ', and released as a vesting contract or distributor' : ''}.
              </p>
              <UnlocksTable where={{ OR: [{ beneficiary_eq: id }, { source_eq: id }] }} />
            </>
          )}
        </section>
      </div>
    </>
  )
}
