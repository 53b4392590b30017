import { teeTypeName } from '@og-explorer/common'
import { Link, useParams, useSearchParams } from 'react-router'
import { mapHeartbeats } from './heartbeats'
import { livenessOf } from './liveness'
import { PAYEE_QUERY, PCRS_QUERY, TEE_NODE_QUERY, type PcrRow } from './query'
import { HeartbeatChart } from './HeartbeatChart'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { ChartCard } from '../../components/ChartCard'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { Kpi } from '../../components/Kpi'
import { LivenessBadge } from './Liveness'
import { DisabledTime } from './DisabledTime'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Tabs } from '../../components/Tabs'
import { Time } from '../../components/Time'
import { InferencesTable } from '../settlements/InferencesTable'
import { PaymentsTable } from '../payments/PaymentsTable'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatDuration, formatInteger, formatOpg, formatPercent } from '../../lib/format'

export const pcrColumns = (current?: string | null): Array<Column<PcrRow>> => [
  {
    key: 'hash',
    header: 'PCR hash',
    render: (r) => (
      <span className="row">
        <Hash value={r.pcrHash} to={`/pcrs/${r.pcrHash}`} />
        {current === r.pcrHash && <Badge tone="info">this node</Badge>}
      </span>
    ),
  },
  { key: 'type', header: 'TEE type', render: (r) => (r.teeType == null ? '—' : teeTypeName(r.teeType)) },
  { key: 'version', header: 'Version', render: (r) => r.version ?? '—' },
  { key: 'state', header: 'State', render: (r) => (r.active ? <Badge tone="ok">Approved</Badge> : <Badge tone="bad">Revoked</Badge>) },
  { key: 'approved', header: 'Approved (UTC)', render: (r) => <Time value={r.approvedAt} /> },
  { key: 'revoked', header: 'Revoked (UTC)', render: (r) => <Time value={r.revokedAt} /> },
  { key: 'registry', header: 'Registry', render: (r) => <Hash value={r.registry} /> },
]

function PcrHistory({ registry, current }: { registry: string; current: string | null }) {
  const q = useGql(PCRS_QUERY, { registry })
  return (
    <>
      <p className="muted" style={{ margin: '10px 14px', fontSize: 12.5 }}>
        Enclave measurements approved and revoked on this node's registry. A node whose PCR is revoked can no longer register; its past signatures stay
        checkable.
      </p>
      <DataTable
        testId="pcr-table"
        columns={pcrColumns(current)}
        rows={q.data?.value.pcrs}
        rowKey={(r) => r.id}
        isPending={q.isPending}
        error={q.error}
        emptyText="No PCRs on this registry."
        highlight={(r) => r.pcrHash === current}
      />
      <div className="card-foot">
        <AsOf heads={q.data?.heads} chains={['og']} />
      </div>
    </>
  )
}

const TABS = [
  { id: 'inferences', label: 'Settled inferences' },
  { id: 'payments', label: 'Payments received' },
  { id: 'pcrs', label: 'PCR history' },
] as const

export default function TeeDetail() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'inferences') as (typeof TABS)[number]['id']
  const q = useGql(TEE_NODE_QUERY, { id: id.toLowerCase() })
  const payeeId = q.data?.value.teeNodeById?.paymentAddress ?? ''
  const payee = useGql(PAYEE_QUERY, { id: payeeId }, { enabled: Boolean(payeeId) })
  if (q.isPending) return <Loading height={400} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const n = q.data.value.teeNodeById
  if (!n)
    return (
      <EmptyState>
        No TEE node with id <span className="mono">{id}</span> is registered.
      </EmptyState>
    )
  const reference = q.data.value.latestHeartbeat[0] ? Date.parse(q.data.value.latestHeartbeat[0].timestamp) : null
  const points = mapHeartbeats(q.data.value.heartbeats, n.heartbeatMaxAge)
  const late = points.filter((p) => p.late).length
  const account = payee.data?.value.accountById
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">
            <Link to="/tees">TEE nodes</Link> / {n.endpoint ?? n.id.slice(0, 10)}
          </div>
          <h1 className="row">
            TEE node <LivenessBadge liveness={livenessOf(n, reference)} />
          </h1>
          <p className="mono" style={{ wordBreak: 'break-all' }} data-testid="tee-id">
            {n.id}
          </p>
        </div>
      </div>
      <div className="kpis">
        <Kpi
          testId="tee-uptime"
          label="Uptime"
          value={formatPercent(n.uptime, 2)}
          sub={
            <>
              {formatDuration(n.coveredSeconds)} covered by heartbeats
              <DisabledTime seconds={n.disabledSeconds} since={n.disabledAt} />
            </>
          }
          hint="coveredSeconds ÷ seconds the node was enabled since registration, as of the last indexed block"
        />
        <Kpi
          testId="tee-heartbeats"
          label="Heartbeats"
          value={formatCount(n.heartbeatCount, ['heartbeat', 'heartbeats'])}
          sub={
            <>
              last <Time value={n.lastHeartbeatAt} />
            </>
          }
        />
        <Kpi
          testId="tee-inferences"
          label="Inferences settled"
          value={formatCount(n.inferenceCount, ['inference', 'inferences'])}
          sub="leaves and individual settlements naming this TEE"
        />
        <Kpi
          testId="tee-received"
          label="Payments received"
          value={
            account
              ? formatOpg(account.receivedTotal)
              : payeeId && payee.isPending
                ? null
                : payeeId
                  ? { text: '0 OPG', exact: 'the payment address has never received OPG' }
                  : { text: '—', exact: 'no payment address registered' }
          }
          sub={
            account
              ? `${formatInteger(account.paymentsReceived)} x402 payments to the payment address`
              : payeeId
                ? 'no payments to the payment address'
                : 'no payment address'
          }
        />
      </div>
      <div className="stack">
        <div className="grid grid-2">
          <Card title="Registration" flush footer={<AsOf heads={q.data.heads} chains={['og']} />}>
            <KeyValue
              rows={[
                ['Endpoint', n.endpoint ?? '—'],
                ['Registry status', n.enabled ? <Badge tone="ok">Enabled</Badge> : <Badge tone="bad">Disabled</Badge>],
                ['TEE type', teeTypeName(n.teeType)],
                [
                  'Operator',
                  n.validator ? (
                    <Link to={`/validators/${n.validator.id}`}>{n.validator.moniker ?? n.validator.id}</Link>
                  ) : (
                    <Hash value={n.owner} to={`/accounts/${n.owner}`} />
                  ),
                ],
                ['Owner', <Hash value={n.owner} to={`/accounts/${n.owner}`} />],
                ['Payment address', <Hash value={n.paymentAddress} to={n.paymentAddress ? `/accounts/${n.paymentAddress}` : undefined} />],
                ['PCR (enclave measurement)', <Hash value={n.pcrHash} to={n.pcrHash ? `/pcrs/${n.pcrHash}` : undefined} />],
                ['Registry contract', <Hash value={n.registry} />],
                [
                  'Registered',
                  <span>
                    {<Time value={n.registeredAt} />} · OG block {formatInteger(n.registeredBlock)}
                  </span>,
                ],
                ['heartbeatMaxAge', formatDuration(n.heartbeatMaxAge)],
                n.publicKey && ['Signing key (DER)', <Hash value={n.publicKey} />],
              ]}
            />
          </Card>
          <ChartCard
            title="Heartbeat timeline"
            chains={['og']}
            subtitle={`Gap before each heartbeat, not counting time the node was disabled; ${late} of ${formatInteger(points.length)} came later than heartbeatMaxAge (${formatDuration(n.heartbeatMaxAge)}).`}
            query={{ document: TEE_NODE_QUERY, variables: { id: n.id } }}
            result={q}
            empty={points.length === 0}
            emptyText="No heartbeats indexed for this node."
            csv={() => ({
              filename: `heartbeats-${n.id.slice(0, 10)}`,
              header: ['time_utc', 'enabled_gap_hours', 'disabled_hours', 'late'],
              rows: points.map((p) => [new Date(p.t).toISOString(), p.gapHours, p.disabledHours, p.late]),
            })}
          >
            {() => <HeartbeatChart points={points} maxAgeHours={n.heartbeatMaxAge / 3600} />}
          </ChartCard>
        </div>
        <section className="card">
          <Tabs tabs={TABS} value={tab} />
          {tab === 'inferences' && <InferencesTable where={{ teeId_eq: n.id }} emptyText="No inferences name this TEE." />}
          {tab === 'payments' && <PaymentsTable where={{ teeId_eq: n.id }} />}
          {tab === 'pcrs' && <PcrHistory registry={n.registry} current={n.pcrHash} />}
        </section>
      </div>
    </>
  )
}
