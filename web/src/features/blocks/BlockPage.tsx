import type { Chain } from '@og-explorer/common'
import { Link, useParams, useSearchParams } from 'react-router'
import { BLOCK_QUERY, TX_PAGE_SIZE } from './query'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { EmptyState, ErrorState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { formatAge, formatInteger, formatUnitsExact, plural } from '../../lib/format'

const LABEL: Record<Chain, string> = { og: 'OpenGradient chain', base: 'Base' }
const COIN: Record<Chain, string> = { og: 'OPG', base: 'ETH' }

/** /blocks/:chain/:number — one block as the chain's node reports it, with its transactions a page at a time. */
export default function BlockPage() {
  const { chain: rawChain = '', number: rawNumber = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const chain = rawChain === 'og' || rawChain === 'base' ? (rawChain as Chain) : null
  const number = /^\d{1,15}$/.test(rawNumber) ? Number(rawNumber) : null
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1))
  const q = useGql(BLOCK_QUERY, chain && number !== null ? { chain, number, txOffset: (page - 1) * TX_PAGE_SIZE, txLimit: TX_PAGE_SIZE } : null)
  if (!chain) return <ErrorState error={new Error(`"${rawChain}" is not a chain: use og (the OpenGradient chain) or base`)} />
  if (number === null) return <ErrorState error={new Error(`"${rawNumber}" is not a block number (digits only)`)} />
  if (q.isPending) return <Loading height={300} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const b = q.data.value.block
  const head = (
    <div className="page-head">
      <div>
        <div className="crumbs">Block</div>
        <h1 className="row">
          {LABEL[chain]} block {formatInteger(number)} <Badge tone="info">{chain === 'og' ? 'OG' : 'Base'}</Badge>
        </h1>
        <p className="row">
          {number > 0 && <Link to={`/blocks/${chain}/${number - 1}`}>← block {formatInteger(number - 1)}</Link>}
          <Link to={`/blocks/${chain}/${number + 1}`}>block {formatInteger(number + 1)} →</Link>
        </p>
      </div>
    </div>
  )
  if (!b)
    return (
      <>
        {head}
        <EmptyState>
          The {LABEL[chain]} node has no block {formatInteger(number)} yet.
        </EmptyState>
      </>
    )
  if (!b.chainReads)
    return (
      <>
        {head}
        <EmptyState>Chain reads are off on this server (no RPC URL is set), so blocks cannot be shown.</EmptyState>
      </>
    )
  const txCount = b.txCount ?? 0
  const pages = Math.max(1, Math.ceil(txCount / TX_PAGE_SIZE))
  return (
    <>
      {head}
      <div className="stack">
        <Card title="Overview">
          <KeyValue
            rows={[
              ['Block hash', <Hash value={b.hash} full />],
              ['Parent', <Hash value={b.parentHash} to={`/blocks/${chain}/${number - 1}`} full />],
              [
                'Time (UTC)',
                <span className="row">
                  <Time value={b.timestamp} seconds /> <span className="muted">{formatAge(b.timestamp)}</span>
                </span>,
              ],
              [
                'Transactions',
                <span data-testid="block-tx-count" data-count={txCount}>
                  {plural(txCount, 'transaction', 'transactions')}
                </span>,
              ],
              ['Confirmations', formatInteger(b.confirmations ?? 0), 'Blocks from this one to the newest block the node knows, this one included.'],
              ['Gas used', `${formatInteger(BigInt(b.gasUsed ?? '0'))} of ${formatInteger(BigInt(b.gasLimit ?? '0'))} gas`],
              ['Base fee', b.baseFeePerGas == null ? 'none (before EIP-1559)' : `${formatUnitsExact(b.baseFeePerGas, 9)} gwei per gas`],
              [
                'Fee recipient',
                <Hash value={b.miner} to={b.miner ? `/accounts/${b.miner}` : undefined} full />,
                'The address the block’s fees went to: miner, validator or sequencer.',
              ],
            ]}
          />
        </Card>
        <Card title={`Transactions (${formatInteger(txCount)})`} flush>
          {txCount === 0 ? (
            <p className="muted" style={{ padding: 16 }}>
              This block holds no transactions.
            </p>
          ) : (
            <>
              <DataTable
                rows={b.transactions}
                rowKey={(t) => t.hash}
                columns={[
                  { key: 'hash', header: 'Transaction', render: (t) => <Hash value={t.hash} to={`/tx/${t.hash}`} /> },
                  {
                    key: 'method',
                    header: 'Method',
                    render: (t) => (t.method ? (t.method.name ?? <span className="mono faint">{t.method.selector}</span>) : 'transfer'),
                  },
                  { key: 'from', header: 'From', render: (t) => <Hash value={t.from} to={`/accounts/${t.from}`} /> },
                  { key: 'to', header: 'To', render: (t) => (t.to ? <Hash value={t.to} to={`/accounts/${t.to}`} /> : 'contract creation') },
                  { key: 'value', header: `Value (${COIN[chain]})`, align: 'right', render: (t) => formatUnitsExact(t.value) },
                ]}
              />
              {pages > 1 && (
                <nav className="row" aria-label="Transaction pages" style={{ padding: 12 }}>
                  {page > 1 && (
                    <button type="button" onClick={() => setParams({ page: String(page - 1) })}>
                      Previous
                    </button>
                  )}
                  <span className="muted">
                    page {page} of {pages}
                  </span>
                  {page < pages && (
                    <button type="button" onClick={() => setParams({ page: String(page + 1) })}>
                      Next
                    </button>
                  )}
                </nav>
              )}
            </>
          )}
        </Card>
      </div>
    </>
  )
}
