import { exportUrl } from '../../api/client'
import { PAYMENTS_QUERY, type PaymentRow } from './query'
import { usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { formatInteger, formatOpg, formatUsd } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'
import { Badge } from '../../components/Badges'
import type { Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'

const party = (p: { id: string; label: string | null }, self?: string) =>
  p.id === self ? <span className="badge">this address</span> : <Hash value={p.id} to={`/accounts/${p.id}`} label={p.label} />

export function paymentColumns(self?: string): Array<Column<PaymentRow>> {
  return [
    { key: 'tx', header: 'Base tx', render: (r) => <Hash value={r.txHash} to={`/payments/${r.id}`} /> },
    { key: 'time', header: 'Time (UTC)', sort: 'timestamp', render: (r) => <Time value={r.timestamp} /> },
    { key: 'payer', header: 'Payer', render: (r) => party(r.payer, self) },
    { key: 'payee', header: 'Payee', render: (r) => party(r.payee, self) },
    { key: 'tee', header: 'TEE node', render: (r) => (r.teeId ? <Hash value={r.teeId} to={`/tees/${r.teeId}`} /> : <span className="faint">—</span>) },
    { key: 'scheme', header: 'Scheme', render: (r) => <Badge>{r.scheme.toLowerCase()}</Badge> },
    { key: 'opg', header: 'Amount (OPG)', align: 'right', sort: 'amount', render: (r) => <Value f={formatOpg(r.amount)} /> },
    { key: 'usd', header: 'Amount (USD)', align: 'right', sort: 'amountUsd', render: (r) => <Value f={formatUsd(r.amountUsd)} /> },
    { key: 'block', header: 'Block', align: 'right', render: (r) => formatInteger(r.blockNumber) },
  ]
}

/** A paged, sortable list of x402 payments for any filter; page and sort live in the URL. */
export function PaymentsTable({ where, self, testId = 'payments-table' }: { where: Record<string, unknown>; self?: string; testId?: string }) {
  const [state, set] = useUrlState({ sort: '-timestamp', page: '1' })
  const page = pageFromUrl(state.page)
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result, fresh } = usePaged(PAYMENTS_QUERY, 'paymentsConnection', where, orderBy, page)
  return (
    <>
      <PagedTable
        testId={testId}
        columns={paymentColumns(self)}
        rows={result.data?.value}
        rowKey={(r) => r.id}
        highlight={fresh}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('payments', where, orderBy)}
        chains={['base']}
        emptyText="No x402 payments."
      />
    </>
  )
}
