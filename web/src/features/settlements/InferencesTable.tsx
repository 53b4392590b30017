import { Link } from 'react-router'
import { exportUrl } from '../../api/client'
import { INFERENCES_QUERY, type InferenceRow } from './query'
import { usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { formatInteger, leafNumber } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'
import { KindBadge, StatusBadge, VerdictBadge } from '../../components/Badges'
import type { Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'

export const inferenceColumns: Array<Column<InferenceRow>> = [
  {
    key: 'id',
    header: 'Inference',
    render: (r) => (
      <span className="stack" style={{ gap: 2 }}>
        <Link to={`/inferences/${r.id}`} className="mono" title={r.id}>{`${r.txHash.slice(0, 10)}…-${r.id.split('-').slice(-2).join('-')}`}</Link>
        {/* the id ends in the tree's index, counted from 0; the label counts from 1 as people do */}
        {(r.kind === 'BATCH' || r.kind === 'LEGACY_BATCH') && (
          <span className="faint" style={{ fontSize: 12 }}>
            leaf {leafNumber(r.leafIndex)} of {formatInteger(r.settlement.inferenceCount)}
          </span>
        )}
      </span>
    ),
  },
  { key: 'kind', header: 'Kind', render: (r) => <KindBadge kind={r.kind} /> },
  { key: 'mode', header: 'Mode', render: (r) => <span className="badge">{r.mode}</span> },
  { key: 'verdict', header: 'Signature', render: (r) => <VerdictBadge valid={r.signatureValid} /> },
  { key: 'status', header: 'Status', render: (r) => <StatusBadge status={r.status} /> },
  { key: 'tee', header: 'TEE', render: (r) => (r.teeId ? <Hash value={r.teeId} to={`/tees/${r.teeId}`} /> : <span className="faint">—</span>) },
  { key: 'input', header: 'Input hash', render: (r) => <Hash value={r.inputHash} /> },
  { key: 'output', header: 'Output hash', render: (r) => <Hash value={r.outputHash} /> },
  { key: 'block', header: 'OG block', align: 'right', sort: 'blockNumber', render: (r) => formatInteger(r.blockNumber) },
  { key: 'time', header: 'Time (UTC)', render: (r) => <Time value={r.timestamp} /> },
]

export function InferencesTable({
  where,
  testId = 'inferences-table',
  emptyText = 'No inferences match.',
}: {
  where: Record<string, unknown>
  testId?: string
  emptyText?: string
}) {
  const [state, set] = useUrlState({ sort: '-blockNumber', page: '1' })
  const page = pageFromUrl(state.page)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(INFERENCES_QUERY, 'inferencesConnection', where, orderBy, page)
  return (
    <>
      <PagedTable
        testId={testId}
        columns={inferenceColumns}
        rows={result.data?.value}
        rowKey={(r) => r.id}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('inferences', where, orderBy)}
        chains={['og']}
        emptyText={emptyText}
      />
    </>
  )
}
