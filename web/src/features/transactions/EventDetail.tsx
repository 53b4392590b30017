import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { EVENT_CHAIN, EVENT_QUERIES, EVENT_TITLES, type EventItem, type EventKind, type EventRows } from './events'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'
import type { Document } from '../../api/document'
import { useGql } from '../../hooks/useGql'
import { formatDuration, formatInteger, formatOpg, formatUnitsExact, formatUsd, titleCase } from '../../lib/format'

const acct = (a: { id: string; label?: string | null } | null | undefined) =>
  a ? <Hash value={a.id} to={`/accounts/${a.id}`} label={a.label ?? undefined} /> : '—'

function rowsOf(item: EventItem): Array<[ReactNode, ReactNode] | null | undefined | false | ''> {
  const { kind, e } = item
  const common: Array<[ReactNode, ReactNode]> = [
    [
      'Transaction',
      e.txHash ? <Hash value={e.txHash} to={`/tx/${e.txHash}`} full /> : <span className="faint">no transaction: read from the chain's state</span>,
    ],
    [`${EVENT_CHAIN[kind] === 'og' ? 'OG' : 'Base'} block`, formatInteger(e.blockNumber)],
    ['Time', <Time value={e.timestamp} seconds />],
  ]
  switch (item.kind) {
    case 'payment': {
      const e = item.e
      return [
        ['Payer', acct(e.payer)],
        [
          'Payee',
          <span className="row">
            {acct(e.payee)}
            {e.payee?.category && <Badge tone="info">{e.payee.category}</Badge>}
          </span>,
        ],
        ['TEE node', e.teeId ? <Hash value={e.teeId} to={`/tees/${e.teeId}`} full /> : <span className="faint">payee is no TEE node's payment address</span>],
        [
          'Amount',
          <span>
            <Value f={formatOpg(e.amount)} /> <span className="faint">({formatUnitsExact(e.amount)} OPG)</span>
          </span>,
        ],
        ['Amount (USD)', <Value f={formatUsd(e.amountUsd)} />],
        ['Scheme', <Badge>{String(e.scheme).toLowerCase()}</Badge>],
        ['With permit', e.withPermit ? 'yes (Permit2)' : 'no'],
        ['x402 proxy', <Hash value={e.proxy} />],
        [
          'Facilitator',
          e.facilitator ? <Hash value={e.facilitator} to={`/accounts/${e.facilitator}`} /> : <span className="faint">unknown for exact payments</span>,
        ],
        ...common,
      ]
    }
    case 'transfer': {
      const e = item.e
      return [
        ['From', acct(e.from)],
        ['To', acct(e.to)],
        [
          'Amount',
          <span>
            <Value f={formatOpg(e.amount)} /> <span className="faint">({formatUnitsExact(e.amount)} OPG)</span>
          </span>,
        ],
        ...common,
      ]
    }
    case 'swap': {
      const e = item.e
      const opg = BigInt(e.amountOpg)
      return [
        ['Direction', opg > 0n ? 'OPG sold into the pool' : 'OPG bought from the pool'],
        ['OPG', <Value f={formatOpg(opg < 0n ? -opg : opg)} />],
        ['USDC', `${formatUnitsExact(BigInt(e.amountUsdc) < 0n ? -BigInt(e.amountUsdc) : BigInt(e.amountUsdc), 6)} USDC`],
        ['Price after', <Value f={formatUsd(e.priceUsd)} />],
        ['Volume', <Value f={formatUsd(e.volumeUsd)} />],
        ['Sender', <Hash value={e.sender} to={`/accounts/${e.sender}`} />],
        ['Recipient', <Hash value={e.recipient} to={`/accounts/${e.recipient}`} />],
        ['Tick', formatInteger(e.tick)],
        ...common,
      ]
    }
    case 'stakingEvent': {
      const e = item.e
      return [
        ['Kind', <Badge tone={e.kind === 'SLASH' || e.kind === 'JAIL' ? 'bad' : ''}>{titleCase(e.kind)}</Badge>],
        ['Validator', e.validator ? <Link to={`/validators/${e.validator.id}`}>{e.validator.moniker ?? e.validator.id}</Link> : '—'],
        e.dstValidator && ['To validator', <Link to={`/validators/${e.dstValidator.id}`}>{e.dstValidator.moniker ?? e.dstValidator.id}</Link>],
        ['Delegator', e.delegator ? <Hash value={e.delegator} to={`/accounts/${e.delegator}`} /> : '—'],
        ['Amount', e.amount ? <Value f={formatOpg(e.amount)} /> : '—'],
        e.completionTime && ['Completes', <Time value={e.completionTime} />],
        ['Detected by', e.detectedBy === 'state' ? 'the staking precompile’s state (slashes and jails leave no EVM log)' : 'its EVM log'],
        ...common,
      ]
    }
    case 'heartbeat': {
      const e = item.e
      return [
        [
          'TEE node',
          <span className="row">
            <Hash value={e.tee.id} to={`/tees/${e.tee.id}`} full />
            {e.tee.endpoint && <span className="muted">{e.tee.endpoint}</span>}
          </span>,
        ],
        ['Reported at (signed by the enclave)', <Time value={e.reportedAt} seconds />],
        [
          'Gap since previous',
          e.gapSeconds == null ? (
            'first heartbeat'
          ) : (
            <span>
              {formatDuration(e.gapSeconds)} {e.gapSeconds > e.tee.heartbeatMaxAge && <Badge tone="bad">longer than heartbeatMaxAge</Badge>}
            </span>
          ),
        ],
        ...common,
      ]
    }
    case 'unlock': {
      const e = item.e
      return [
        ['Allocation', <Badge tone="info">{e.allocation}</Badge>],
        [
          'Source',
          <span className="row">
            <Hash value={e.source} to={`/accounts/${e.source}`} />
            <span className="muted">{e.sourceKind}</span>
          </span>,
        ],
        ['Beneficiary', <Hash value={e.beneficiary} to={`/accounts/${e.beneficiary}`} />],
        ['Amount', <Value f={formatOpg(e.amount)} />],
        ...common,
      ]
    }
  }
}

export default function EventDetail({ kind }: { kind: EventKind }) {
  const { id = '' } = useParams()
  const document: Document<{ event: EventRows[EventKind] | null }, { id: string }> = EVENT_QUERIES[kind]
  const q = useGql(document, { id })
  if (q.isPending) return <Loading height={300} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const e = q.data.value.event
  if (!e)
    return (
      <EmptyState>
        No {EVENT_TITLES[kind].toLowerCase()} with id <span className="mono">{id}</span> has been indexed.
      </EmptyState>
    )
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">{kind === 'payment' ? <Link to="/payments">Payments</Link> : EVENT_TITLES[kind]}</div>
          <h1>{'kind' in e ? titleCase(e.kind) : EVENT_TITLES[kind]}</h1>
          <p className="mono" style={{ wordBreak: 'break-all' }}>
            {e.id}
          </p>
        </div>
      </div>
      <Card title="Details" flush footer={<AsOf heads={q.data.heads} chains={[EVENT_CHAIN[kind]]} />}>
        {/* the query for `kind` returns that kind's row */}
        <KeyValue rows={rowsOf({ kind, e } as EventItem)} />
      </Card>
    </>
  )
}
