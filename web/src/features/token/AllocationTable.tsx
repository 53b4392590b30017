import { ALLOCATIONS_QUERY, type AllocationRow } from './allocation-query'
import { kindInWords } from './unlock-calendar'
import { Card } from '../../components/Card'
import { DataTable, type Column } from '../../components/DataTable'
import { Define } from '../../components/Define'
import { Value } from '../../components/Value'
import { useGql } from '../../hooks/useGql'
import { formatDay, formatOpg, formatPercent, formatUsd } from '../../lib/format'

const pct = (p: number | null | undefined) => formatPercent(p == null ? null : p / 100, 2)

/** An OPG amount with its exact wei in data-wei, so a test can compare it with the database. */
function Opg({ wei, testId }: { wei: string; testId?: string }) {
  const f = formatOpg(wei)
  return (
    <span className="num" title={f.exact} data-testid={testId} data-wei={wei}>
      {f.text}
    </span>
  )
}

const COLUMNS: Column<AllocationRow>[] = [
  {
    key: 'allocation',
    header: 'Allocation',
    render: (r) => (
      <span>
        {r.label} <span className="muted">({(r.shareBps / 100).toFixed(0)}%)</span>
        {!r.published && <span className="muted"> · assumed</span>}
        {r.note && <Define label={`About the ${r.label} allocation`} text={r.note} />}
      </span>
    ),
  },
  {
    key: 'kind',
    header: 'Unlocks',
    render: (r) => kindInWords(r),
    title: 'How the allocation unlocks under the schedule: at TGE, linear by the second, or after a cliff',
  },
  { key: 'total', header: 'Total', align: 'right', render: (r) => <Opg wei={r.total} testId={`alloc-total-${r.id}`} /> },
  {
    key: 'unlocked',
    header: 'Unlocked',
    align: 'right',
    title:
      'On chain: the sum of indexed transfers out of its vesting contracts and distributors. Schedule: no on-chain source is indexed, so the schedule at the reference day is shown.',
    render: (r) => (
      <span>
        <Opg wei={r.unlocked} testId={`alloc-unlocked-${r.id}`} />
        <span className="muted" style={{ display: 'block' }} data-testid={`alloc-basis-${r.id}`} data-basis={r.unlockedBasis}>
          {r.unlockedBasis === 'OBSERVED' ? 'on chain' : 'by schedule'}
        </span>
      </span>
    ),
  },
  {
    key: 'locked',
    header: 'Locked',
    align: 'right',
    title: 'Total − unlocked. For an allocation that is all unlocked at TGE, what its distributor still holds: not yet claimed.',
    render: (r) => (
      <span>
        <Opg wei={r.locked} testId={`alloc-locked-${r.id}`} />
        {r.kind === 'TGE' && r.unlockedBasis === 'OBSERVED' && BigInt(r.locked) > 0n && (
          <span className="muted" style={{ display: 'block' }}>
            unclaimed
          </span>
        )}
      </span>
    ),
  },
  { key: 'cliff', header: 'Cliff ends', render: (r) => (r.cliffDate ? formatDay(r.cliffDate) : '—') },
  { key: 'end', header: 'Fully unlocked', render: (r) => (r.vestingEnd ? formatDay(r.vestingEnd) : 'no schedule') },
  {
    key: 'next',
    header: 'Next unlock',
    title: 'The next monthly period of unlocks (linear vesting is cut into calendar months) or TGE release, after the reference day',
    render: (r) =>
      r.nextUnlock ? (
        <span data-testid={`alloc-next-${r.id}`}>
          {formatDay(r.nextUnlock.date)} · <Opg wei={r.nextUnlock.amount} />
        </span>
      ) : (
        <span className="muted">none</span>
      ),
  },
  {
    key: 'circ',
    header: '% of circulating',
    align: 'right',
    title:
      'Unlocked ÷ circulating supply on the reference day. The rows can add up to more than 100%: unlocked tokens held by excluded accounts (the bridge lockbox, the staking pool) are not circulating.',
    render: (r) => <Value f={pct(r.circulatingPercent)} />,
  },
  {
    key: 'usd',
    header: 'USD unlocked / total',
    align: 'right',
    title: 'At the last hourly close of the OPG/USDC pool; — without a price',
    render: (r) => (
      <span>
        <Value f={formatUsd(r.unlockedUsd)} /> / <Value f={formatUsd(r.totalUsd)} />
      </span>
    ),
  },
]

/** Tokenomist-style allocation table: each allocation's total, unlocked, locked, schedule and next unlock. */
export function AllocationTable() {
  const q = useGql(ALLOCATIONS_QUERY, {})
  const data = q.data?.value.allocations
  return (
    <Card
      title="Allocations"
      subtitle={
        data ? (
          <>
            As of {formatDay(data.asOf)} (end of the last indexed Base day). Unlocked is on-chain where the allocation has an indexed vesting contract or
            distributor, else by the schedule. Circulating supply {formatOpg(data.circulating).text}
            {data.circulatingBasis === 'PROJECTED' ? ' (by schedule: nothing indexed yet)' : ''}; price{' '}
            {data.priceUsd ? formatUsd(data.priceUsd).text : 'unknown (no swaps indexed)'}.{' '}
            <span className="muted">
              Schedule from the official total supply and TGE and third-party summaries of the shares.
              <Define label="Sources of the schedule" text={data.source} />
            </span>
          </>
        ) : undefined
      }
      flush
    >
      <DataTable
        testId="allocation-table"
        columns={COLUMNS}
        rows={data?.allocations}
        rowKey={(r) => r.id}
        isPending={q.isPending}
        error={q.error}
        retry={() => void q.refetch()}
      />
    </Card>
  )
}
