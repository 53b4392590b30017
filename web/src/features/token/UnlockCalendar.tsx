import { useEffect, useState } from 'react'
import { ALLOCATIONS_QUERY, UNLOCK_CALENDAR_QUERY, type CalendarEvent } from './allocation-query'
import { countdown, daysUntil, groupByDate, type CalendarDay } from './unlock-calendar'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable, type Column } from '../../components/DataTable'
import { Value } from '../../components/Value'
import { useGql } from '../../hooks/useGql'
import { formatDay, formatOpg, formatPercent, formatUsd, plural } from '../../lib/format'

const pct = (p: number | null | undefined) => formatPercent(p == null ? null : p / 100, 2)

/** The wall clock, every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/**
 * "Next unlock in N days": counted from the API's reference time (the end of the last indexed day)
 * plus the time since the answer arrived, so the countdown agrees with the table on a devnet whose
 * chain time is not the wall clock, and runs live on mainnet where the two are the same.
 */
export function NextUnlockBanner() {
  const q = useGql(ALLOCATIONS_QUERY, {})
  const now = useNow()
  const data = q.data?.value.allocations
  if (!data) return null
  const next = data.nextUnlock
  if (!next) return <div className="callout">Every scheduled unlock has happened.</div>
  const reference = Date.parse(data.asOf) + Math.max(0, now - q.dataUpdatedAt)
  const left = Date.parse(next.date) - reference
  const names = data.allocations.filter((a) => next.allocations.includes(a.id)).map((a) => a.label)
  const opg = formatOpg(next.amount)
  return (
    <div className="callout" data-testid="next-unlock" data-wei={next.amount} data-date={next.date}>
      <strong>
        Next unlock in {plural(daysUntil(left), 'day', 'days')} ({formatDay(next.date)}): <span title={opg.exact}>{opg.text}</span>,{' '}
        {pct(next.circulatingPercent).text} of circulating supply
      </strong>{' '}
      <span className="muted">
        ({pct(next.supplyPercent).text} of total{next.amountUsd ? `, ${formatUsd(next.amountUsd).text} at today's price` : ''}) from {names.join(', ')},
        unlocking until {formatDay(next.until)}.
      </span>
      <div className="num" data-testid="next-unlock-countdown" aria-live="off">
        {countdown(left)}
      </div>
    </div>
  )
}

const COLUMNS: Column<CalendarDay<CalendarEvent>>[] = [
  {
    key: 'date',
    header: 'Starts',
    render: (d) => (
      <span>
        {formatDay(d.date)} {d.cliff && <Badge tone="warn">cliff ends</Badge>}
      </span>
    ),
  },
  {
    key: 'what',
    header: 'What unlocks',
    render: (d) => (
      <span>
        {d.events.map((e, i) => (
          <span key={`${e.allocation}-${e.kind}`}>
            {i > 0 && ', '}
            {e.label} <span title={formatOpg(e.amount).exact}>{formatOpg(e.amount).text}</span>
            {e.kind === 'TGE' ? ' at once' : e.kind === 'CLIFF' ? ' (first month after the cliff)' : ''}
          </span>
        ))}
      </span>
    ),
  },
  {
    key: 'amount',
    header: 'Amount',
    align: 'right',
    render: (d) => (
      <span className="num" title={formatOpg(d.amount).exact} data-wei={d.amount.toString()}>
        {formatOpg(d.amount).text}
      </span>
    ),
  },
  { key: 'supply', header: '% of supply', align: 'right', render: (d) => <Value f={pct(d.supplyPercent)} /> },
  {
    key: 'circ',
    header: '% of circulating',
    align: 'right',
    title: "The amount ÷ today's circulating supply",
    render: (d) => <Value f={pct(d.circulatingPercent)} />,
  },
  {
    key: 'usd',
    header: "At today's price",
    align: 'right',
    render: (d) => <Value f={formatUsd(d.events.every((e) => e.amountUsd == null) ? null : d.events.reduce((s, e) => s + Number(e.amountUsd ?? 0), 0))} />,
  },
]

/** Upcoming unlocks, one row per start date, with the next one counted down above. */
export function UnlockCalendar() {
  const q = useGql(UNLOCK_CALENDAR_QUERY, {})
  const days = q.data ? groupByDate(q.data.value.unlockCalendar) : undefined
  return (
    <Card
      title="Unlock calendar"
      subtitle="The next 18 months of the schedule. Linear vesting unlocks by the second; here it is cut into calendar months, each row showing what unlocks from its date until the next month. Cliff allocations unlock nothing before their cliff ends."
      flush
    >
      <div style={{ padding: '0 14px 12px' }}>
        <NextUnlockBanner />
      </div>
      <DataTable
        testId="unlock-calendar"
        columns={COLUMNS}
        rows={days}
        rowKey={(d) => d.date}
        highlight={(d) => d.cliff}
        isPending={q.isPending}
        error={q.error}
        retry={() => void q.refetch()}
        emptyText="No unlocks in the next 18 months."
      />
    </Card>
  )
}
