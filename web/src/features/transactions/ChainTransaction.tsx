import type { Chain } from '@og-explorer/common'
import { CHAIN_TRANSACTION_QUERY, NATIVE_COIN, type ChainTx } from './chain-query'
import { DecodedLogs } from './DecodedLogs'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { ErrorState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { formatAge, formatInteger, formatUnitsExact, plural } from '../../lib/format'
import { Link } from 'react-router'

const CHAIN_LABEL: Record<Chain, string> = { og: 'OpenGradient chain', base: 'Base' }

function coin(wei: string | null | undefined, chain: Chain) {
  return wei == null ? '—' : `${formatUnitsExact(wei)} ${NATIVE_COIN[chain]}`
}

/** The node's view of one transaction: status, block, time, parties, value, fee, method, then its decoded events. */
export function ChainTransactionDetail({ tx }: { tx: ChainTx }) {
  const chain = tx.chain as Chain
  const tone = tx.status === 'SUCCESS' ? 'ok' : tx.status === 'FAILED' ? 'bad' : 'warn'
  return (
    <>
      <Card title={`Overview (${CHAIN_LABEL[chain]})`} id="tx-overview">
        <KeyValue
          rows={[
            [
              'Status',
              <span data-testid="tx-status">
                <Badge tone={tone}>{tx.status === 'SUCCESS' ? 'Success' : tx.status === 'FAILED' ? 'Failed' : 'Pending'}</Badge>
              </span>,
            ],
            [
              'Block',
              tx.blockNumber == null ? (
                'not in a block yet'
              ) : (
                <span className="row">
                  <Link to={`/blocks/${chain}/${tx.blockNumber}`} data-testid="tx-block">
                    {formatInteger(tx.blockNumber)}
                  </Link>
                  <span className="muted" data-testid="tx-confirmations">
                    {plural(tx.confirmations ?? 0, 'confirmation', 'confirmations')}
                  </span>
                </span>
              ),
              'Confirmations count the blocks from this one to the newest block the node knows, this one included.',
            ],
            [
              'Time (UTC)',
              tx.timestamp ? (
                <span className="row">
                  <Time value={tx.timestamp} seconds /> <span className="muted">{formatAge(tx.timestamp)}</span>
                </span>
              ) : (
                '—'
              ),
            ],
            ['From', <Hash value={tx.from} to={tx.from ? `/accounts/${tx.from}` : undefined} full />],
            [
              'To',
              tx.to ? (
                <Hash value={tx.to} to={`/accounts/${tx.to}`} full />
              ) : (
                <span>
                  contract created: <Hash value={tx.createdContract} to={tx.createdContract ? `/accounts/${tx.createdContract}` : undefined} full />
                </span>
              ),
            ],
            ['Value', coin(tx.value, chain)],
            [
              'Fee',
              <span data-testid="tx-fee" data-wei={tx.fee ?? ''}>
                {coin(tx.fee, chain)}
              </span>,
              `Gas used × the price paid per gas${tx.l1Fee != null ? ', plus the L1 data fee Base charges' : ''}, in ${NATIVE_COIN[chain]}.`,
            ],
            tx.gasUsed != null && [
              'Gas',
              `${formatInteger(BigInt(tx.gasUsed))} gas at ${formatUnitsExact(tx.effectiveGasPrice ?? '0', 9)} gwei${tx.l1Fee != null ? ` + L1 fee ${coin(tx.l1Fee, chain)}` : ''}`,
            ],
            [
              'Method',
              tx.method ? (
                <span className="row" data-testid="tx-method">
                  {tx.method.name ? <Badge tone="info">{tx.method.name}</Badge> : <span className="muted">unknown function</span>}
                  <span className="mono faint">{tx.method.selector}</span>
                </span>
              ) : (
                <span className="muted">plain transfer (no call data)</span>
              ),
              'The function called, named from the first four bytes of the input when one of the explorer’s contract ABIs has them.',
            ],
          ]}
        />
      </Card>
      <DecodedLogs logs={tx.logs} chain={chain} />
    </>
  )
}

/** Asks one chain's node, unless the transaction is known to be on the other chain. */
function useChainTx(chain: Chain, hash: string, indexedChain: Chain | null) {
  return useGql(CHAIN_TRANSACTION_QUERY, { chain, hash }, { enabled: indexedChain === null || indexedChain === chain })
}

/**
 * The transaction as the nodes report it. The chain is the indexed one when the explorer indexed something of the
 * transaction; otherwise both nodes are asked and the one that knows the hash answers.
 */
export function ChainTransaction({ hash, indexedChain }: { hash: string; indexedChain: Chain | null }) {
  const og = useChainTx('og', hash, indexedChain)
  const base = useChainTx('base', hash, indexedChain)
  const queries = indexedChain ? [indexedChain === 'og' ? og : base] : [og, base]
  if (queries.some((q) => q.isPending)) return <Loading height={200} label="Asking the chain’s node…" />
  const found = queries.map((q) => q.data?.value.transaction).find((t) => t?.found)
  if (found) return <ChainTransactionDetail tx={found} />
  const failed = queries.find((q) => q.error)
  if (failed) return <ErrorState error={failed.error} retry={() => void failed.refetch()} />
  const reads = queries.some((q) => q.data?.value.transaction.chainReads)
  return (
    <p className="muted" data-testid="tx-chain-note">
      {reads
        ? `The ${indexedChain ? CHAIN_LABEL[indexedChain] : 'OpenGradient chain and Base'} ${indexedChain ? 'node does' : 'nodes do'} not know this transaction.`
        : 'Chain reads are off on this server (no RPC URL is set), so only what the explorer indexed is shown.'}
    </p>
  )
}
