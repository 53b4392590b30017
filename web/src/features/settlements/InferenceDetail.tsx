import { Link, useParams } from 'react-router'
import { INFERENCE_QUERY } from './query'
import { AsOf } from '../../components/AsOf'
import { Badge, KindBadge, StatusBadge, VerdictBadge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { KIND_LABELS, formatInteger, leafNumber } from '../../lib/format'
import { settlementLeafHref } from './leaf-param'
import { CandidatePayments } from './SettlementDetail'
import { verdictSentence } from './status-words'
import { VerifyYourself } from './VerifyYourself'

export default function InferenceDetail() {
  const { id = '' } = useParams()
  const q = useGql(INFERENCE_QUERY, { id })
  if (q.isPending) return <Loading height={400} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const i = q.data.value.inferenceById
  if (!i)
    return (
      <EmptyState>
        No inference with id <span className="mono">{id}</span> has been indexed.
      </EmptyState>
    )
  const s = i.settlement
  const answer =
    i.signatureValid === true
      ? {
          tone: 'ok',
          text: `Yes: this inference ran in TEE ${i.teeId?.slice(0, 10)}…, its signature verifies against the key that enclave registered on chain, and it was settled in OG block ${formatInteger(i.blockNumber)}.`,
        }
      : i.signatureValid === false
        ? { tone: 'bad', text: 'The TEE signature on this inference does NOT verify against the key registered on chain.' }
        : { tone: '', text: 'This inference carries no TEE signature to check (a legacy or hub settlement); only its settlement is on chain.' }
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">
            <Link to="/inferences">Inferences</Link> / <Link to={`/settlements/${s.id}`}>{KIND_LABELS[s.kind] ?? s.kind} settlement</Link> / leaf{' '}
            {leafNumber(i.leafIndex)}
          </div>
          <h1 className="row">
            Inference <VerdictBadge valid={i.signatureValid} />
          </h1>
        </div>
      </div>
      <div className="stack">
        <div className={`callout ${answer.tone}`} data-testid="inference-answer">
          {answer.text}
        </div>
        <Card title="Inference" footer={<AsOf heads={q.data.heads} chains={['og']} />} flush>
          <KeyValue
            rows={[
              [
                'Inference id',
                <span className="row">
                  <Hash value={i.id} full />
                  {/* the id ends in the tree's index, counted from 0; people count leaves from 1 */}
                  {s.merkleRoot && (
                    <span className="muted" data-testid="inference-leaf">
                      leaf {leafNumber(i.leafIndex)} of {formatInteger(s.inferenceCount)}
                    </span>
                  )}
                </span>,
              ],
              ['Mode', <Badge>{i.mode}</Badge>],
              ['Signature verdict', <VerdictBadge valid={i.signatureValid} />],
              ['Status', <StatusBadge status={i.status} />],
              [
                'TEE node',
                i.teeId ? (
                  <span className="row">
                    <Hash value={i.teeId} to={`/tees/${i.teeId}`} full />
                    {!i.teeNode && <Badge tone="warn">not registered</Badge>}
                  </span>
                ) : (
                  '—'
                ),
              ],
              i.teeNode?.endpoint && ['Enclave endpoint', i.teeNode.endpoint],
              ['Input hash', <Hash value={i.inputHash} full />],
              ['Output hash', <Hash value={i.outputHash} full />],
              ['Signed by the enclave at', <Time value={i.teeTimestamp} seconds />],
              i.signature && [
                'TEE signature',
                <span className="mono" style={{ fontSize: 11.5, wordBreak: 'break-all' }}>
                  {i.signature}
                </span>,
              ],
              i.model && ['Model', <span className="mono">{i.model}</span>],
              i.ethAddress && ['User address', <Hash value={i.ethAddress} to={`/accounts/${i.ethAddress}`} full />],
            ]}
          />
        </Card>
        <Card title="Settlement" flush>
          <KeyValue
            rows={[
              [
                'Settlement',
                <span className="row">
                  <Link to={settlementLeafHref(s.id, i.leafIndex)} data-testid="settlement-leaf-link">
                    {KIND_LABELS[s.kind] ?? s.kind} settlement
                  </Link>
                  <StatusBadge status={s.status} />
                  <KindBadge kind={s.kind} />
                </span>,
              ],
              s.merkleRoot && ['Merkle root', <Hash value={s.merkleRoot} full />],
              s.merkleRoot && ['Leaf', `${leafNumber(i.leafIndex)} of ${formatInteger(s.inferenceCount)}`],
              s.blobId && ['Walrus blob id', <Hash value={s.blobId} full />],
              ['OG transaction', <Hash value={i.txHash} to={`/tx/${i.txHash}`} full />],
              ['OG block', formatInteger(i.blockNumber)],
              ['Settled at', <Time value={i.timestamp} seconds />],
              ['Base payment', <CandidatePayments payer={i.ethAddress} teeId={i.teeId} before={i.timestamp} />],
            ]}
          />
          <p className="faint" style={{ padding: '0 12px 12px' }} data-testid="settlement-verdict">
            {verdictSentence(s)}
          </p>
        </Card>
        <VerifyYourself inferenceId={i.id} />
      </div>
    </>
  )
}
