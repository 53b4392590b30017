import { exportUrl } from '../../api/client'
import { pageArgs, pageOf } from '../../api/connection'
import { HOLDERS_QUERY, TRANSFERS_QUERY, UNLOCKS_QUERY, type HolderRow, type TransferRow, type UnlockRow } from './query'
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common'
import { useGql } from '../../hooks/useGql'
import { PAGE_SIZE, usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { formatInteger, formatOpg, formatPercent, unitsToNumber } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'
import { Badge } from '../../components/Badges'
import type { Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'

const TOTAL = unitsToNumber(OPG_TOTAL_SUPPLY)

const account = (a: { id: string; label: string | null }, self?: string) =>
  a.id === self ? <span className="badge">this address</span> : <Hash value={a.id} to={`/accounts/${a.id}`} label={a.label} />

export function HoldersTable() {
  const [state, set] = useUrlState({ page: '1' })
  const page = pageFromUrl(state.page)
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
      <PagedTable
        testId="holders-table"
        columns={columns}
        rows={p}
        rowKey={(r) => r.id}
        query={q}
        page={page}
        onChange={set}
        exportHref={exportUrl('accounts', { balance_gt: '0' }, ['balance_DESC', 'id_ASC'])}
        chains={['base']}
        emptyText="No holders yet."
      />
    </>
  )
}

export function TransfersTable({ where = {}, self }: { where?: Record<string, unknown>; self?: string }) {
  const [state, set] = useUrlState({ sort: '-blockNumber', page: '1' })
  const page = pageFromUrl(state.page)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(TRANSFERS_QUERY, 'transfersConnection', where, orderBy, page)
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
      <PagedTable
        testId="transfers-table"
        columns={columns}
        rows={result.data?.value}
        rowKey={(r) => r.id}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('transfers', where, orderBy)}
        chains={['base']}
        emptyText="No OPG transfers."
      />
    </>
  )
}

export function UnlocksTable({ where = {} }: { where?: Record<string, unknown> }) {
  const [state, set] = useUrlState({ sort: '-timestamp', page: '1' })
  const page = pageFromUrl(state.page)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(UNLOCKS_QUERY, 'unlocksConnection', where, orderBy, page)
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
      <PagedTable
        testId="unlocks-table"
        columns={columns}
        rows={result.data?.value}
        rowKey={(r) => r.id}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('unlocks', where, orderBy)}
        chains={['base']}
        emptyText="No unlocks."
      />
    </>
  )
}
