import { Link, useParams } from 'react-router'
import { livenessOf } from './liveness'
import { PCR_QUERY } from './query'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { LivenessBadge } from './Liveness'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { pcrColumns } from './TeeDetail'

/** A PCR id is registry-pcrHash-teeType (what search links to); a bare hash works too. */
function pcrHashOf(id: string): string {
  const m = /0x[0-9a-f]{64}/i.exec(id)
  return (m ? m[0] : id).toLowerCase()
}

export default function PcrDetail() {
  const { id = '' } = useParams()
  const pcrHash = pcrHashOf(id)
  const q = useGql(PCR_QUERY, { pcrHash })
  if (q.isPending) return <Loading height={300} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const { pcrs, teeNodes, latestHeartbeat } = q.data.value
  if (pcrs.length === 0)
    return (
      <EmptyState>
        No registry has approved the measurement <span className="mono">{pcrHash}</span>.
      </EmptyState>
    )
  const reference = latestHeartbeat[0] ? Date.parse(latestHeartbeat[0].timestamp) : null
  const active = pcrs.some((p) => p.active)
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">
            <Link to="/tees">TEE nodes</Link> / PCR
          </div>
          <h1 className="row">Enclave measurement (PCR) {active ? <Badge tone="ok">Approved</Badge> : <Badge tone="bad">Revoked everywhere</Badge>}</h1>
          <p className="mono" style={{ wordBreak: 'break-all' }}>
            {pcrHash}
          </p>
        </div>
      </div>
      <div className="stack">
        <Card
          title="Approvals and revocations"
          subtitle="Each registry that approved this measurement, for which TEE type."
          flush
          footer={<AsOf heads={q.data.heads} chains={['og']} />}
        >
          <DataTable columns={pcrColumns()} rows={pcrs} rowKey={(r) => r.id} />
        </Card>
        <Card title={`TEE nodes running it (${teeNodes.length})`} flush>
          <DataTable
            columns={[
              { key: 'id', header: 'TEE id', render: (r) => <Hash value={r.id} to={`/tees/${r.id}`} /> },
              { key: 'status', header: 'Status', render: (r) => <LivenessBadge liveness={livenessOf(r, reference)} /> },
              { key: 'endpoint', header: 'Endpoint', render: (r) => r.endpoint ?? '—' },
              { key: 'registered', header: 'Registered (UTC)', render: (r) => <Time value={r.registeredAt} /> },
            ]}
            rows={teeNodes}
            rowKey={(r) => r.id}
            emptyText="No registered node reports this measurement now."
          />
        </Card>
      </div>
    </>
  )
}
