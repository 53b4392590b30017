import { CHAINS } from '@og-explorer/common'
import { Link, useSearchParams } from 'react-router'
import { LATEST_CHAIN_QUERY, latestChainVariables } from './query'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { Segmented } from '../../components/Segmented'
import { ErrorState, Loading } from '../../components/States'
import { useGql } from '../../hooks/useGql'
import { formatAge, formatInteger, plural } from '../../lib/format'

const REFRESH_MS = 10_000

/** The home page's latest blocks and transactions of one chain, from its node, refreshed while the page is open. */
export function LatestPanel() {
  const [params] = useSearchParams()
  const variables = latestChainVariables(params)
  const { chain } = variables
  const q = useGql(LATEST_CHAIN_QUERY, variables, { refetchIntervalMs: REFRESH_MS, keepPrevious: true })
  const picker = <Segmented param="latest" options={CHAINS} value={chain} labels={{ og: 'OG', base: 'Base' }} ariaLabel="Chain of the latest blocks" />
  const body = q.isPending ? (
    <Loading height={160} />
  ) : q.error ? (
    <ErrorState error={q.error} retry={() => void q.refetch()} />
  ) : !q.data.value.latestBlocks.chainReads ? (
    <p className="muted">Chain reads are off on this server (no RPC URL is set).</p>
  ) : (
    <div className="grid-2" style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))' }}>
      <section aria-label="Latest blocks" style={{ minWidth: 0 }}>
        <h3 style={{ margin: '0 0 8px' }}>Latest blocks</h3>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="latest-blocks">
          {q.data.value.latestBlocks.blocks.map((b) => (
            <li key={b.number} className="row" style={{ justifyContent: 'space-between', padding: '4px 0', flexWrap: 'wrap' }}>
              <Link to={`/blocks/${chain}/${b.number}`}>{formatInteger(b.number)}</Link>
              <span className="muted">{plural(b.txCount, 'transaction', 'transactions')}</span>
              <span className="faint" title={b.timestamp}>
                {formatAge(b.timestamp)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Latest transactions" style={{ minWidth: 0 }}>
        <h3 style={{ margin: '0 0 8px' }}>Latest transactions</h3>
        {q.data.value.latestTransactions.transactions.length === 0 ? (
          <p className="muted">No transactions in the newest 20 blocks.</p>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="latest-transactions">
            {q.data.value.latestTransactions.transactions.map((t) => (
              <li key={t.hash} className="row" style={{ justifyContent: 'space-between', padding: '4px 0', flexWrap: 'wrap' }}>
                <Hash value={t.hash} to={`/tx/${t.hash}`} />
                <span className="muted">{t.method?.name ?? (t.method ? 'call' : 'transfer')}</span>
                <span className="faint">block {formatInteger(t.blockNumber)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
  return (
    <Card title="Latest on chain" subtitle="Read from the chain’s node, refreshed every 10 s" actions={picker} id="latest-chain">
      {body}
    </Card>
  )
}
