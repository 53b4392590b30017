import { CHAINS, type Chain } from '@og-explorer/common'
import { Suspense, useDeferredValue, type ReactNode } from 'react'
import { graphiqlUrl, type IndexedHeads } from '../api/client'
import { downloadCsv, toCsv, type CsvValue } from '../lib/csv'
import { csvWithHeads } from '../lib/csv-heads'
import { AsOf } from './AsOf'
import { Card } from './Card'
import { ChartTable, type ChartTableData } from './ChartTable'
import { Loading, QueryState } from './States'

export interface CsvTable {
  filename: string
  header: readonly string[]
  rows: ReadonlyArray<readonly CsvValue[]>
}

interface ChartCardProps {
  title: string
  subtitle?: ReactNode
  /** the document and variables the chart was drawn from, for "open in GraphiQL" */
  query: { document: string; variables?: object | null }
  result: { isPending: boolean; error: unknown; refetch: () => unknown; data?: { heads: IndexedHeads | null } }
  empty?: boolean
  emptyText?: ReactNode
  /** exactly the rows the chart draws */
  csv?: () => CsvTable | null
  /** the chart's text alternative behind "Show as table"; the CSV's rows when left out */
  table?: () => ChartTableData | null
  height?: number
  note?: ReactNode
  extraActions?: ReactNode
  id?: string
  /** the chains the data comes from, for "as of block N" */
  chains?: Chain[]
  children: () => ReactNode
}

function asOfSuffix(heads: IndexedHeads | null | undefined): string {
  if (!heads) return ''
  return CHAINS.map((c) => heads[c])
    .filter(Boolean)
    .map((h) => `-${h!.chain}-${h!.height}`)
    .join('')
}

/**
 * Every chart's frame: title, the GraphQL it came from, a CSV of what it draws, "as of block N",
 * and its loading, error and empty states (blockscout's ChartWidgetContainer → ChartWidget split).
 */
export function ChartCard({
  title,
  subtitle,
  query,
  result,
  empty,
  emptyText,
  csv,
  table,
  height = 280,
  note,
  extraActions,
  id,
  chains,
  children,
}: ChartCardProps) {
  const alternative = table ?? csv
  const heads = result.data?.heads
  // the chart draws in a render of its own, after the update that brought its answer (often with other cards'
  // answers, the headline figures among them) has been painted: recharts takes long to draw, and React would
  // otherwise hold that whole update, and every card in it, until the chart is done
  const pending = useDeferredValue(result.isPending, true)
  const download = () => {
    const table = csv?.()
    if (!table) return
    const name = table.filename.replace(/\.csv$/, '')
    downloadCsv(`${name}${asOfSuffix(heads)}.csv`, csvWithHeads(toCsv(table.header, table.rows), heads))
  }
  const actions = (
    <>
      {extraActions}
      <a
        className="btn"
        href={graphiqlUrl(query.document, { ...query.variables })}
        target="_blank"
        rel="noreferrer"
        title="Open this chart's query in GraphiQL"
      >
        GraphiQL ↗
      </a>
      {csv && (
        <button type="button" className="btn" onClick={download} disabled={!result.data || empty} title="Download the data this chart draws as CSV">
          CSV ↓
        </button>
      )}
    </>
  )
  return (
    <Card
      id={id}
      title={title}
      subtitle={subtitle}
      actions={actions}
      footer={
        <>
          <AsOf heads={heads} chains={chains} />
          {note && <span>{note}</span>}
        </>
      }
    >
      <QueryState query={{ ...result, isPending: pending }} empty={empty} emptyText={emptyText} height={height}>
        {() => (
          <>
            <Suspense fallback={<Loading height={height} label="Loading chart…" />}>{children()}</Suspense>
            {alternative && <ChartTable title={title} table={alternative} />}
          </>
        )}
      </QueryState>
    </Card>
  )
}
