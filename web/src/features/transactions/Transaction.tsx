import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { TRANSACTION_QUERY, chainOf } from './query'
import { ChainTransaction } from './ChainTransaction'
import { AsOf } from '../../components/AsOf'
import { Badge, KindBadge, StatusBadge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'
import { useGql } from '../../hooks/useGql'
import { formatInteger, formatOpg, formatUsd, titleCase } from '../../lib/format'

function Section<T>({ title, rows, columns, rowKey }: { title: string; rows: T[]; columns: Array<Column<T>>; rowKey: (r: T) => string }) {
  if (rows.length === 0) return null
  return (
    <Card title={`${title} (${rows.length})`} flush>
      <DataTable columns={columns} rows={rows} rowKey={rowKey} />
    </Card>
  )
}

const blockCol = <T extends { blockNumber: number }>(): Column<T> => ({
  key: 'block',
  header: 'Block',
  align: 'right',
  render: (r) => formatInteger(r.blockNumber),
})
const timeCol = <T extends { timestamp: string }>(): Column<T> => ({ key: 'time', header: 'Time (UTC)', render: (r) => <Time value={r.timestamp} seconds /> })
const named = (n: { id: string; label?: string | null; moniker?: string | null } | null, route: string): ReactNode =>
  n ? <Hash value={n.id} to={`${route}/${n.id}`} label={n.label ?? n.moniker ?? undefined} /> : '—'

export default function Transaction() {
  const { hash: raw = '' } = useParams()
  const hash = raw.toLowerCase()
  const q = useGql(TRANSACTION_QUERY, { hash })
  if (!/^0x[0-9a-f]{64}$/.test(hash)) return <ErrorState error={new Error(`"${raw}" is not a transaction hash (0x followed by 64 hex digits)`)} />
  if (q.isPending) return <Loading height={300} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const tx = q.data.value
  const chain = chainOf(tx)
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">Transaction</div>
          <h1 className="row">
            {chain === 'og' ? 'OpenGradient chain transaction' : chain === 'base' ? 'Base transaction' : 'Transaction'}{' '}
            {chain && <Badge tone="info">{chain === 'og' ? 'OG' : 'Base'}</Badge>}
          </h1>
          <p className="mono row" data-testid="tx-hash">
            <Hash value={hash} full />
          </p>
        </div>
      </div>
      <div className="stack">
        <ChainTransaction hash={hash} indexedChain={chain} />
      </div>
      {chain === null ? (
        <EmptyState>Nothing the explorer indexes happened in this transaction (or it is not indexed yet).</EmptyState>
      ) : (
        <div className="stack" style={{ marginTop: 16 }}>
          <h2 style={{ margin: 0 }}>What the explorer indexed</h2>
          <Section
            title="Settlements"
            rows={tx.settlements}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Settlement', render: (r) => <Link to={`/settlements/${r.id}`}>log {r.id.split('-').pop()}</Link> },
              { key: 'kind', header: 'Kind', render: (r) => <KindBadge kind={r.kind} /> },
              { key: 'status', header: 'Verdict', render: (r) => <StatusBadge status={r.status} /> },
              { key: 'n', header: 'Inferences', align: 'right', render: (r) => formatInteger(r.inferenceCount) },
              { key: 'root', header: 'Merkle root', render: (r) => <Hash value={r.merkleRoot} /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="TEE heartbeats"
            rows={tx.heartbeats}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Heartbeat', render: (r) => <Link to={`/heartbeats/${r.id}`}>log {r.id.split('-').pop()}</Link> },
              { key: 'tee', header: 'TEE node', render: (r) => <Hash value={r.tee.id} to={`/tees/${r.tee.id}`} /> },
              { key: 'rep', header: 'Reported at (UTC)', render: (r) => <Time value={r.reportedAt} seconds /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="Staking events"
            rows={tx.stakingEvents}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Event', render: (r) => <Link to={`/staking-events/${r.id}`}>{titleCase(r.kind)}</Link> },
              { key: 'v', header: 'Validator', render: (r) => named(r.validator, '/validators') },
              { key: 'd', header: 'Delegator', render: (r) => <Hash value={r.delegator} to={r.delegator ? `/accounts/${r.delegator}` : undefined} /> },
              { key: 'dst', header: 'To validator', render: (r) => named(r.dstValidator, '/validators') },
              { key: 'a', header: 'Amount', align: 'right', render: (r) => (r.amount ? <Value f={formatOpg(r.amount)} /> : '—') },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="Commission changes"
            rows={tx.commissionChanges}
            rowKey={(r) => r.id}
            columns={[
              { key: 'v', header: 'Validator', render: (r) => named(r.validator, '/validators') },
              { key: 'r', header: 'Rate', render: (r) => `${(Number(r.previousRate) * 100).toFixed(2)}% → ${(Number(r.rate) * 100).toFixed(2)}%` },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="x402 payments"
            rows={tx.payments}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Payment', render: (r) => <Link to={`/payments/${r.id}`}>{r.scheme.toLowerCase()} payment</Link> },
              { key: 'payer', header: 'Payer', render: (r) => named(r.payer, '/accounts') },
              { key: 'payee', header: 'Payee', render: (r) => named(r.payee, '/accounts') },
              { key: 'tee', header: 'TEE node', render: (r) => <Hash value={r.teeId} to={r.teeId ? `/tees/${r.teeId}` : undefined} /> },
              { key: 'a', header: 'Amount', align: 'right', render: (r) => <Value f={formatOpg(r.amount)} /> },
              { key: 'u', header: 'USD', align: 'right', render: (r) => <Value f={formatUsd(r.amountUsd)} /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="OPG transfers"
            rows={tx.transfers}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Transfer', render: (r) => <Link to={`/transfers/${r.id}`}>log {r.id.split('-').pop()}</Link> },
              { key: 'f', header: 'From', render: (r) => named(r.from, '/accounts') },
              { key: 't', header: 'To', render: (r) => named(r.to, '/accounts') },
              { key: 'a', header: 'Amount', align: 'right', render: (r) => <Value f={formatOpg(r.amount)} /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="Swaps"
            rows={tx.swaps}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Swap', render: (r) => <Link to={`/swaps/${r.id}`}>log {r.id.split('-').pop()}</Link> },
              { key: 'p', header: 'Price', align: 'right', render: (r) => <Value f={formatUsd(r.priceUsd)} /> },
              { key: 'v', header: 'Volume', align: 'right', render: (r) => <Value f={formatUsd(r.volumeUsd)} /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <Section
            title="Unlocks"
            rows={tx.unlocks}
            rowKey={(r) => r.id}
            columns={[
              { key: 'id', header: 'Unlock', render: (r) => <Link to={`/unlocks/${r.id}`}>{r.allocation}</Link> },
              { key: 'b', header: 'Beneficiary', render: (r) => <Hash value={r.beneficiary} to={`/accounts/${r.beneficiary}`} /> },
              { key: 'a', header: 'Amount', align: 'right', render: (r) => <Value f={formatOpg(r.amount)} /> },
              blockCol(),
              timeCol(),
            ]}
          />
          <div className="faint" style={{ fontSize: 12 }}>
            <AsOf heads={q.data.heads} chains={[chain]} />
          </div>
        </div>
      )}
    </>
  )
}
