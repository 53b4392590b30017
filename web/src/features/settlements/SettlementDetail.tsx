import { Link, useParams, useSearchParams } from 'react-router'
import { CANDIDATE_PAYMENTS_QUERY, SETTLEMENT_QUERY, type LeafRow } from './query'
import { AsOf } from '../../components/AsOf'
import { Badge, KindBadge, StatusBadge, VerdictBadge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { Pager } from '../../components/Pager'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { KIND_LABELS, formatInteger, formatOpg, formatUsd, leafNumber, plural } from '../../lib/format'
import { leafIndexFromParam, leafSearch, pageOfLeaf } from './leaf-param'
import { checkedAtLabel, verdictSentence } from './status-words'
import { VerifyYourself } from './VerifyYourself'

const LEAVES_PER_PAGE = 50

export function leafColumns(highlightTee?: string | null): Array<Column<LeafRow>> {
  return [
    {
      key: 'i',
      header: '#',
      label: 'Leaf',
      align: 'right',
      // picks the leaf on this page: highlighted, its proof laid out below, its number in the URL
      render: (r) => (
        <Link to={{ search: leafSearch(r.leafIndex) }} aria-label={`Leaf ${leafNumber(r.leafIndex)}: show its proof`}>
          {leafNumber(r.leafIndex)}
        </Link>
      ),
    },
    { key: 'verdict', header: 'Signature verdict', render: (r) => <VerdictBadge valid={r.signatureValid} /> },
    {
      key: 'tee',
      header: 'TEE',
      render: (r) =>
        r.teeId ? (
          <Hash value={r.teeId} to={`/tees/${r.teeId}`} label={highlightTee && r.teeId === highlightTee ? 'this node' : undefined} />
        ) : (
          <span className="faint">—</span>
        ),
    },
    { key: 'input', header: 'Input hash', render: (r) => <Hash value={r.inputHash} /> },
    { key: 'output', header: 'Output hash', render: (r) => <Hash value={r.outputHash} /> },
    { key: 'signed', header: 'Signed (UTC)', render: (r) => <Time value={r.teeTimestamp} seconds /> },
    { key: 'link', header: '', render: (r) => <Link to={`/inferences/${r.id}`}>Details</Link> },
  ]
}

/** Payments the same wallet made to the same TEE node up to the settlement: the nearest link the chains record. */
export function CandidatePayments({ payer, teeId, before }: { payer: string | null; teeId: string | null; before: string }) {
  const enabled = Boolean(payer && teeId)
  const q = useGql(CANDIDATE_PAYMENTS_QUERY, { payer: payer ?? '', teeId: teeId ?? '', before }, { enabled })
  if (!enabled) return <span className="faint">{payer ? 'it names no TEE node' : 'it names no user address'}, so no Base payment can be matched to it</span>
  if (q.isPending) return <span className="faint">looking for payments…</span>
  if (q.error) return <span className="faint">payments could not be loaded</span>
  const rows = q.data!.value.payments
  if (rows.length === 0) return <span className="faint">no payment from this wallet to this TEE node before it settled</span>
  return (
    <span className="stack" style={{ gap: 4 }}>
      {rows.map((p) => (
        <span key={p.id} className="row">
          <Hash value={p.txHash} to={`/payments/${p.id}`} /> <span title={formatOpg(p.amount).exact}>{formatOpg(p.amount).text}</span>
          <span className="muted">({formatUsd(p.amountUsd).text})</span> <Time value={p.timestamp} />
        </span>
      ))}
      <span className="faint" style={{ fontSize: 12 }}>
        Base payments by the same wallet to this TEE node's payment address, latest first; the chains record no direct link from a payment to a settlement.
      </span>
    </span>
  )
}

export default function SettlementDetail() {
  const { id = '' } = useParams()
  const [params, setParams] = useSearchParams()
  // ?leaf= is the 1-based number the page shows; without ?page= the list opens on that leaf's page
  const leafIndex = leafIndexFromParam(params.get('leaf'))
  const page = Math.max(1, Number(params.get('page')) || (leafIndex !== null ? pageOfLeaf(leafIndex, LEAVES_PER_PAGE) : 1))
  const q = useGql(SETTLEMENT_QUERY, { id, leafLimit: LEAVES_PER_PAGE, leafOffset: (page - 1) * LEAVES_PER_PAGE }, { keepPrevious: true })
  if (q.isPending) return <Loading height={400} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const s = q.data.value.settlementById
  if (!s)
    return (
      <EmptyState>
        No settlement with id <span className="mono">{id}</span> has been indexed.
      </EmptyState>
    )
  const isBatch = s.kind === 'BATCH' || s.kind === 'LEGACY_BATCH'
  // the leaf picked in the URL, or the first on the page: its proof is laid out below the leaves
  const picked = s.inferences.find((r) => r.leafIndex === leafIndex)
  const proofLeaf = picked ?? s.inferences[0]
  // a leaf number this settlement does not have (a mistyped link, or one from before ?leaf= counted from 1)
  const noSuchLeaf = params.get('leaf') !== null && !picked && (leafIndex === null || leafIndex >= s.inferenceCount)
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">
            <Link to="/settlements">Settlements</Link> / {KIND_LABELS[s.kind] ?? s.kind}
          </div>
          <h1 className="row">
            {KIND_LABELS[s.kind] ?? s.kind} settlement <StatusBadge status={s.status} />
          </h1>
          <p data-testid="verdict-sentence">{verdictSentence(s)}</p>
        </div>
      </div>
      <div className="stack">
        <Card title="Proof" footer={<AsOf heads={q.data.heads} chains={['og']} />} flush>
          <KeyValue
            rows={[
              ['Settlement id', <Hash value={s.id} full />],
              ['Kind', <KindBadge kind={s.kind} />],
              [
                'Verdict',
                <span className="row">
                  <StatusBadge status={s.status} />
                  {s.statusReason && <span className="mono">{s.statusReason}</span>}
                </span>,
              ],
              s.merkleRoot !== null && [
                'Merkle root',
                <span data-testid="merkle-root">
                  <Hash value={s.merkleRoot} full />
                </span>,
              ],
              isBatch && ['Batch size', `${formatInteger(s.batchSize ?? 0)} declared · ${plural(s.inferenceCount, 'leaf', 'leaves')} indexed`],
              [
                'Signatures',
                <span className="row">
                  <Badge tone="ok">{formatInteger(s.validSignatures)} valid</Badge>
                  <Badge tone={s.invalidSignatures ? 'bad' : ''}>{formatInteger(s.invalidSignatures)} invalid</Badge>
                </span>,
              ],
              s.blobId !== null && [
                'Walrus blob id',
                <span data-testid="blob-id">
                  <Hash value={s.blobId} full />
                </span>,
              ],
              ['Blob fetch attempts', formatInteger(s.attempts)],
              s.status === 'PENDING' && s.nextAttemptAt !== null && ['Next attempt', <Time value={s.nextAttemptAt} seconds />],
              [checkedAtLabel(s.status), <Time value={s.verifiedAt} seconds />],
              (s.teeId !== null || s.teeNode !== null) && [
                'TEE node',
                <span className="row">
                  <Hash value={s.teeId ?? s.teeNode?.id} to={`/tees/${s.teeId ?? s.teeNode?.id}`} full />
                  {s.teeNode?.endpoint && <span className="muted">{s.teeNode.endpoint}</span>}
                  {s.teeId && !s.teeNode && <Badge tone="warn">not registered</Badge>}
                </span>,
              ],
              s.ethAddress !== null && ['User address', <Hash value={s.ethAddress} to={`/accounts/${s.ethAddress}`} full />],
            ]}
          />
        </Card>
        <Card title="Transactions" subtitle="The settlement on the OpenGradient chain and, where one can be matched, the x402 payment on Base." flush>
          <KeyValue
            rows={[
              [
                'OG transaction',
                <span data-testid="og-tx">
                  <Hash value={s.txHash} to={`/tx/${s.txHash}`} full />
                </span>,
              ],
              ['OG block', formatInteger(s.blockNumber)],
              ['Settled at', <Time value={s.timestamp} seconds />],
              ['Relay contract', <Hash value={s.relay} to={`/accounts/${s.relay}`} />],
              s.kind === 'INDIVIDUAL' && ['Base payment', <CandidatePayments payer={s.ethAddress} teeId={s.teeId} before={s.timestamp} />],
            ]}
          />
        </Card>
        <Card
          title={isBatch ? `Leaves (${formatInteger(s.inferenceCount)})` : 'Inference'}
          subtitle={
            isBatch ? 'Each leaf of the Merkle dump with the verdict on its TEE signature, checked against the key the enclave registered on chain.' : undefined
          }
          flush
        >
          {noSuchLeaf && (
            <p className="callout" style={{ margin: 12 }} data-testid="no-such-leaf">
              This settlement has no leaf {params.get('leaf')}: its leaves are numbered 1 to {formatInteger(s.inferenceCount)}.
            </p>
          )}
          <DataTable
            testId="leaves-table"
            columns={leafColumns()}
            rows={s.inferences}
            rowKey={(r) => r.id}
            isPending={q.isFetching}
            highlight={(r) => r.leafIndex === leafIndex}
            emptyText={s.status === 'PENDING' ? 'The blob has not been verified yet.' : 'This settlement carries no leaves.'}
          />
          {s.inferenceCount > LEAVES_PER_PAGE && (
            <Pager
              page={page}
              pageSize={LEAVES_PER_PAGE}
              count={s.inferences.length}
              total={s.inferenceCount}
              hasNext={page * LEAVES_PER_PAGE < s.inferenceCount}
              onPage={(n) =>
                setParams((p) => {
                  p.set('page', String(n))
                  return p
                })
              }
            />
          )}
        </Card>
        {proofLeaf && <VerifyYourself inferenceId={proofLeaf.id} title={`Verify leaf ${leafNumber(proofLeaf.leafIndex)} yourself`} />}
      </div>
    </>
  )
}
