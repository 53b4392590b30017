import { TEE_TYPE_NAMES, teeTypeName } from '@og-explorer/common'
import { Link } from 'react-router'
import { livenessOf } from './liveness'
import { TEE_NODES_QUERY, type TeeNodeRow } from './query'
import type { Column } from '../../components/DataTable'
import { FilterBar, type FilterField } from '../../components/FilterBar'
import { Hash } from '../../components/Hash'
import { LivenessBadge, UPTIME_DEFINITION, UptimeMeter } from './Liveness'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { PAGE_SIZE } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { pageArgs, pageOf } from '../../api/connection'
import { formatInteger } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'

const FIELDS: FilterField[] = [
  {
    key: 'enabled',
    label: 'Registry status',
    type: 'select',
    options: [
      { value: '', label: 'All' },
      { value: 'true', label: 'Enabled' },
      { value: 'false', label: 'Disabled' },
    ],
  },
  {
    key: 'type',
    label: 'TEE type',
    type: 'select',
    options: [{ value: '', label: 'All types' }, ...Object.keys(TEE_TYPE_NAMES).map((t) => ({ value: t, label: teeTypeName(Number(t)) }))],
  },
]

export default function TeeNodes() {
  const [state, set] = useUrlState({ enabled: '', type: '', sort: '-inferenceCount', page: '1' })
  const page = pageFromUrl(state.page)
  const where: Record<string, unknown> = {}
  if (state.enabled) where.enabled_eq = state.enabled === 'true'
  if (state.type) where.teeType_eq = Number(state.type)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const q = useGql(TEE_NODES_QUERY, { where, orderBy, ...pageArgs(page, PAGE_SIZE) }, { keepPrevious: true })
  const p = q.data ? pageOf(q.data.value.teeNodesConnection) : undefined
  const reference = q.data?.value.latestHeartbeat[0] ? Date.parse(q.data.value.latestHeartbeat[0].timestamp) : null
  const columns: Array<Column<TeeNodeRow>> = [
    { key: 'id', header: 'TEE id', render: (r) => <Hash value={r.id} to={`/tees/${r.id}`} /> },
    { key: 'status', header: 'Status', render: (r) => <LivenessBadge liveness={livenessOf(r, reference)} /> },
    {
      key: 'endpoint',
      header: 'Endpoint',
      render: (r) => (
        <span className="muted" style={{ fontSize: 12.5 }}>
          {r.endpoint ?? '—'}
        </span>
      ),
    },
    { key: 'type', header: 'Type', render: (r) => <span className="badge">{teeTypeName(r.teeType)}</span> },
    {
      key: 'validator',
      header: 'Operator',
      render: (r) =>
        r.validator ? (
          <Link to={`/validators/${r.validator.id}`}>{r.validator.moniker ?? r.validator.id.slice(0, 10)}</Link>
        ) : (
          <Hash value={r.owner} to={`/accounts/${r.owner}`} />
        ),
    },
    { key: 'hb', header: 'Last heartbeat (UTC)', sort: 'lastHeartbeatAt', render: (r) => <Time value={r.lastHeartbeatAt} /> },
    { key: 'hbc', header: 'Heartbeats', align: 'right', sort: 'heartbeatCount', render: (r) => formatInteger(r.heartbeatCount) },
    { key: 'uptime', header: 'Uptime', sort: 'uptime', title: UPTIME_DEFINITION, render: (r) => <UptimeMeter uptime={r.uptime} defined={false} /> },
    { key: 'inf', header: 'Inferences', align: 'right', sort: 'inferenceCount', render: (r) => formatInteger(r.inferenceCount) },
    { key: 'pcr', header: 'PCR', render: (r) => (r.pcrHash ? <Hash value={r.pcrHash} to={`/pcrs/${r.pcrHash}`} /> : '—') },
    { key: 'reg', header: 'Registered (UTC)', sort: 'registeredAt', render: (r) => <Time value={r.registeredAt} /> },
  ]
  return (
    <>
      <div className="page-head">
        <div>
          <h1>TEE nodes</h1>
          <p>
            Enclaves registered on the TEE registry, keyed by the hash of their signing key. Uptime is the share of the time enabled since registration covered
            by heartbeats (each covers up to the registry's heartbeatMaxAge); a node is live when enabled and its last heartbeat is within that age of the
            newest one indexed.
          </p>
        </div>
      </div>
      <section className="card">
        <FilterBar fields={FIELDS} values={state} onChange={set} />
        <PagedTable
          testId="tees-table"
          columns={columns}
          rows={p}
          rowKey={(r) => r.id}
          query={q}
          page={page}
          sort={state.sort}
          onChange={set}
          chains={['og']}
          emptyText="No TEE nodes match."
        />
      </section>
    </>
  )
}
