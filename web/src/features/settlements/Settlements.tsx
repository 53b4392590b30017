import { Link, useLocation } from 'react-router'
import { exportUrl } from '../../api/client'
import { INFERENCE_MODES, SETTLEMENT_KINDS, VERIFICATION_STATUSES, filtersToWhere } from './filters'
import { checkFilters } from '../../components/filter-check'
import { SETTLEMENTS_QUERY, type SettlementRow } from './query'
import { KindBadge, StatusBadge } from '../../components/Badges'
import { Define } from '../../components/Define'
import type { Column } from '../../components/DataTable'
import { FilterBar, optionsOf, type FilterField } from '../../components/FilterBar'
import { Hash } from '../../components/Hash'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'
import { DeclaredVsExpanded } from './DeclaredVsExpanded'
import { InferencesTable } from './InferencesTable'
import { usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { KIND_LABELS, STATUS_LABELS, formatInteger } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'
import { reasonShort, verdictSentence } from './status-words'

const COMMON_FIELDS: FilterField[] = [
  { key: 'kind', label: 'Kind', type: 'select', options: optionsOf(SETTLEMENT_KINDS, KIND_LABELS, 'All kinds') },
  { key: 'status', label: 'Status', type: 'select', options: optionsOf(VERIFICATION_STATUSES, STATUS_LABELS, 'All statuses') },
  {
    key: 'tee',
    label: 'TEE id',
    type: 'text',
    placeholder: '0x… (64 hex)',
    wide: true,
    pattern: /^0x[0-9a-fA-F]{64}$/,
    patternHint: 'a TEE id is 0x and 64 hex digits',
  },
  { key: 'from', label: 'From (UTC)', type: 'date' },
  { key: 'to', label: 'To (UTC)', type: 'date' },
]

const DEFAULTS = { kind: '', status: '', tee: '', from: '', to: '', mode: '', sort: '-blockNumber', page: '1' }

const settlementColumns: Array<Column<SettlementRow>> = [
  {
    key: 'id',
    header: 'Settlement',
    render: (r) => <Hash value={r.id} to={`/settlements/${r.id}`} label={`${r.txHash.slice(0, 10)}…-${r.id.split('-').pop()}`} copy={false} />,
  },
  { key: 'kind', header: 'Kind', render: (r) => <KindBadge kind={r.kind} /> },
  {
    key: 'status',
    header: 'Verdict',
    render: (r) => (
      <span className="stack" style={{ gap: 2 }}>
        <span className="row nowrap" style={{ gap: 0, flexWrap: 'nowrap' }}>
          <StatusBadge status={r.status} />
          <Define label="What does this verdict mean?" text={verdictSentence(r)} />
        </span>
        {r.statusReason && (
          <span className="faint" style={{ fontSize: 12 }}>
            {reasonShort(r.statusReason)}
          </span>
        )}
      </span>
    ),
  },
  { key: 'inferences', header: 'Inferences', align: 'right', sort: 'inferenceCount', render: (r) => formatInteger(r.inferenceCount) },
  {
    key: 'sigs',
    header: 'Signatures ✓ / ✗',
    align: 'right',
    render: (r) => (
      <>
        <span>{formatInteger(r.validSignatures)}</span> /{' '}
        <span className={r.invalidSignatures > 0 ? 'badge bad' : undefined}>{formatInteger(r.invalidSignatures)}</span>
      </>
    ),
  },
  {
    key: 'root',
    header: 'Merkle root / TEE',
    render: (r) =>
      r.merkleRoot ? <Hash value={r.merkleRoot} /> : r.teeId ? <Hash value={r.teeId} to={`/tees/${r.teeId}`} /> : <span className="faint">—</span>,
  },
  { key: 'block', header: 'OG block', align: 'right', sort: 'blockNumber', render: (r) => formatInteger(r.blockNumber) },
  { key: 'time', header: 'Time (UTC)', render: (r) => <Time value={r.timestamp} /> },
  { key: 'tx', header: 'OG tx', render: (r) => <Hash value={r.txHash} to={`/tx/${r.txHash}`} /> },
]

function ListTabs({ view }: { view: 'settlements' | 'inferences' }) {
  const { search } = useLocation()
  // carry the shared filters across the two views
  const params = new URLSearchParams(search)
  params.delete('page')
  params.delete('sort')
  if (view === 'settlements') params.delete('mode')
  const qs = params.toString() ? `?${params.toString()}` : ''
  return (
    <div className="tabs">
      <Link to={`/settlements${qs}`} className={view === 'settlements' ? 'on' : undefined}>
        Settlements
      </Link>
      <Link to={`/inferences${qs}`} className={view === 'inferences' ? 'on' : undefined}>
        Inferences
      </Link>
    </div>
  )
}

function SettlementList() {
  const [state, set] = useUrlState(DEFAULTS)
  const page = pageFromUrl(state.page)
  // filters from the URL that a field cannot take are left out (FilterBar says which)
  const where = filtersToWhere(checkFilters(COMMON_FIELDS, state).values)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result, fresh } = usePaged(SETTLEMENTS_QUERY, 'settlementsConnection', where, orderBy, page)
  return (
    <>
      <FilterBar fields={COMMON_FIELDS} values={state} onChange={set} />
      <PagedTable
        testId="settlements-table"
        columns={settlementColumns}
        rows={result.data?.value}
        rowKey={(r) => r.id}
        highlight={fresh}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('settlements', where, orderBy)}
        chains={['og']}
        emptyText="No settlements match these filters."
      />
    </>
  )
}

function InferenceList() {
  const [state, set] = useUrlState(DEFAULTS)
  const fields: FilterField[] = [
    ...COMMON_FIELDS.slice(0, 2),
    { key: 'mode', label: 'Mode', type: 'select', options: optionsOf(INFERENCE_MODES, {}, 'All modes') },
    ...COMMON_FIELDS.slice(2),
  ]
  return (
    <>
      <FilterBar fields={fields} values={state} onChange={set} />
      <DeclaredVsExpanded />
      <InferencesTable where={filtersToWhere(checkFilters(fields, state).values)} emptyText="No inferences match these filters." />
    </>
  )
}

export default function Settlements() {
  const { pathname } = useLocation()
  const view = pathname.startsWith('/inferences') ? 'inferences' : 'settlements'
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Inferences and settlements</h1>
          <p>
            Every settlement log on the OpenGradient chain (Merkle batches, individual, legacy and hub) and every inference it settled, with the indexer's
            verdict: the blob rebuilt the on-chain root and each TEE signature verified against the key the enclave registered.
          </p>
        </div>
      </div>
      <section className="card">
        <ListTabs view={view} />
        {view === 'settlements' ? <SettlementList /> : <InferenceList />}
      </section>
    </>
  )
}
