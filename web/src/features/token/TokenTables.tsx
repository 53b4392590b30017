import { exportUrl } from '../../api/client'
import { pageArgs, pageOf } from '../../api/connection'
import { HOLDERS_QUERY, TRANSFERS_QUERY, UNLOCKS_QUERY, type HolderRow, type TransferRow, type UnlockRow } from './query'
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common'
import { useGql } from '../../hooks/useGql'
import { PAGE_SIZE, usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { formatInteger, formatOpg, formatPercent, unitsToNumber } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { Pager } from '../../components/Pager'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'

const TOTAL = unitsToNumber(OPG_TOTAL_SUPPLY)

const account = (a: { id: string; label: string | null }, self?: string) =>
  a.id === self ? <span className="badge">this address</span> : <Hash value={a.id} to={`/accounts/${a.id}`} label={a.label} />

export function HoldersTable() {
  const [state, set] = useUrlState({ page: '1' })
  const page = Math.max(1, Number(state.page) || 1)
  const q = useGql(HOLDERS_QUERY, pageArgs(page, PAGE_SIZE), { keepPrevious: true })
  const p = q.data ? pageOf(q.data.value.accountsConnection) : undefined
  const columns: Array<Column<HolderRow>> = [
    { key: 'rank', header: '#', align: 'right', render: (r) => formatInteger((page - 1) * PAGE_SIZE + (p?.rows.indexOf(r) ?? 0) + 1) },
    { key: 'account', header: 'Account', render: (r) => <Hash value={r.id} to={`/accounts/${r.id}`} /> },
    { key: 'label', header: 'Label', render: (r) => (r.label ? <span>{r.label}</span> : <span className="faint">—</span>) },
    { key: 'category', header: 'Category', render: (r) => (r.category ? <Badge tone="info">{r.category}</Badge> : <span className="faint">—</span>) },
    { key: 'circ', header: 'Circulating', render: (r) => (r.circulating ? <Badge tone="ok">yes</Badge> : <Badge tone="warn">locked</Badge>) },
    { key: 'balance', header: 'Balance', align: 'right', render: (r) => <Value f={formatOpg(r.balance)} /> },
    { key: 'share', header: 'Share of supply', align: 'right', render: (r) => formatPercent(unitsToNumber(r.balance) / TOTAL, 2).text },
    { key: 'tx', header: 'Transfers in / out', align: 'right', render: (r) => `${formatInteger(r.transfersIn)} / ${formatInteger(r.transfersOut)}` },
  ]
  return (
    <>
      <DataTable
        testId="holders-table"
        columns={columns}
        rows={p?.rows}
        rowKey={(r) => r.id}
        isPending={q.isFetching}
        error={q.error}
        retry={() => void q.refetch()}
        emptyText="No holders yet."
      />
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        count={p?.rows.length ?? 0}
        total={p?.total}
        hasNext={p?.hasNext ?? false}
        onPage={(n) => set({ page: String(n) })}
        exportHref={exportUrl('accounts', { balance_gt: '0' }, ['balance_DESC', 'id_ASC'])}
      />
      <div className="card-foot">
        <AsOf heads={q.data?.heads} chains={['base']} />
      </div>
    </>
  )
}

export function TransfersTable({ where = {}, self }: { where?: Record<string, unknown>; self?: string }) {
  const [state, set] = useUrlState({ sort: '-blockNumber', page: '1' })
  const page = Math.max(1, Number(state.page) || 1)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(TRANSFERS_QUERY, 'transfersConnection', where, orderBy, page)
  const p = result.data?.value
  const columns: Array<Column<TransferRow>> = [
    { key: 'tx', header: 'Base tx', render: (r) => <Hash value={r.txHash} to={`/transfers/${r.id}`} /> },
    { key: 'time', header: 'Time (UTC)', render: (r) => <Time value={r.timestamp} /> },
    { key: 'from', header: 'From', render: (r) => account(r.from, self) },
    { key: 'to', header: 'To', render: (r) => account(r.to, self) },
    { key: 'amount', header: 'Amount', align: 'right', sort: 'amount', render: (r) => <Value f={formatOpg(r.amount)} /> },
    { key: 'block', header: 'Block', align: 'right', sort: 'blockNumber', render: (r) => formatInteger(r.blockNumber) },
  ]
  return (
    <>
      <DataTable
        testId="transfers-table"
        columns={columns}
        rows={p?.rows}
        rowKey={(r) => r.id}
        isPending={result.isFetching}
        error={result.error}
        retry={() => void result.refetch()}
        sort={state.sort}
        onSort={(sort) => set({ sort })}
        emptyText="No OPG transfers."
      />
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        count={p?.rows.length ?? 0}
        total={p?.total}
        hasNext={p?.hasNext ?? false}
        onPage={(n) => set({ page: String(n) })}
        exportHref={exportUrl('transfers', where, orderBy)}
      />
      <div className="card-foot">
        <AsOf heads={result.data?.heads} chains={['base']} />
      </div>
    </>
  )
}

export function UnlocksTable({ where = {} }: { where?: Record<string, unknown> }) {
  const [state, set] = useUrlState({ sort: '-timestamp', page: '1' })
  const page = Math.max(1, Number(state.page) || 1)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(UNLOCKS_QUERY, 'unlocksConnection', where, orderBy, page)
  const p = result.data?.value
  const columns: Array<Column<UnlockRow>> = [
    { key: 'time', header: 'Time (UTC)', sort: 'timestamp', render: (r) => <Time value={r.timestamp} /> },
    { key: 'allocation', header: 'Allocation', render: (r) => <Badge tone="info">{r.allocation}</Badge> },
    {
      key: 'source',
      header: 'Source',
      render: (r) => (
        <span className="row">
          <Hash value={r.source} to={`/accounts/${r.source}`} />
          <span className="faint">{r.sourceKind}</span>
        </span>
      ),
    },
    { key: 'beneficiary', header: 'Beneficiary', render: (r) => <Hash value={r.beneficiary} to={`/accounts/${r.beneficiary}`} /> },
    { key: 'amount', header: 'Amount', align: 'right', sort: 'amount', render: (r) => <Value f={formatOpg(r.amount)} /> },
    { key: 'tx', header: 'Base tx', render: (r) => <Hash value={r.txHash} to={`/unlocks/${r.id}`} /> },
  ]
  return (
    <>
      <DataTable
        testId="unlocks-table"
        columns={columns}
        rows={p?.rows}
        rowKey={(r) => r.id}
        isPending={result.isFetching}
        error={result.error}
        retry={() => void result.refetch()}
        sort={state.sort}
        onSort={(sort) => set({ sort })}
        emptyText="No unlocks."
      />
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        count={p?.rows.length ?? 0}
        total={p?.total}
        hasNext={p?.hasNext ?? false}
        onPage={(n) => set({ page: String(n) })}
        exportHref={exportUrl('unlocks', where, orderBy)}
      />
      <div className="card-foot">
        <AsOf heads={result.data?.heads} chains={['base']} />
      </div>
    </>
  )
}
