import type { ReactNode } from 'react'
import { Define } from './Define'
import { EmptyState, ErrorState, Loading } from './States'

export interface Column<T> {
  key: string
  header: ReactNode
  render: (row: T) => ReactNode
  align?: 'left' | 'right'
  /** the orderBy / sort key this column sorts by, when sortable */
  sort?: string
  /** what the column means: a "?" beside the header that opens on hover, focus and tap */
  title?: string
  /** the header in words, for the card layout on phones and the definition's button; the header when it is a string */
  label?: string
}

const labelOf = <T,>(c: Column<T>): string => c.label ?? (typeof c.header === 'string' ? c.header : c.key)

interface DataTableProps<T> {
  columns: Array<Column<T>>
  rows: T[] | undefined
  rowKey: (row: T) => string
  isPending?: boolean
  error?: unknown
  retry?: () => void
  emptyText?: ReactNode
  /** current sort as `<key>` or `-<key>` (descending) */
  sort?: string
  onSort?: (sort: string) => void
  highlight?: (row: T) => boolean
  testId?: string
  /** on phones each row becomes a card of "header: value" lines, so the page never scrolls sideways; false keeps a table that scrolls in its box */
  cards?: boolean
}

/** A dense table with loading, error and empty states and optional sortable headers. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  isPending,
  error,
  retry,
  emptyText = 'No rows match.',
  sort,
  onSort,
  highlight,
  testId,
  cards = true,
}: DataTableProps<T>) {
  if (isPending && !rows)
    return (
      <div style={{ padding: 14 }}>
        <Loading height={160} />
      </div>
    )
  if (error && !rows) return <ErrorState error={error} retry={retry} />
  const current = sort?.replace(/^-/, '')
  const descending = sort?.startsWith('-')
  return (
    <div className="table-wrap">
      <table className={cards ? 'data cards' : 'data'} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = c.sort && c.sort === current
              return (
                <th
                  key={c.key}
                  className={c.align === 'right' ? 'right' : undefined}
                  aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}
                  data-sortable={c.sort && onSort ? '' : undefined}
                >
                  {c.sort && onSort ? (
                    <button type="button" className="sort" onClick={() => onSort(sorted && !descending ? `-${c.sort}` : sorted ? c.sort! : `-${c.sort}`)}>
                      {c.header}
                    </button>
                  ) : (
                    c.header
                  )}
                  {c.title && <Define text={c.title} label={`What is ${labelOf(c)}?`} />}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody style={isPending ? { opacity: 0.55 } : undefined}>
          {rows?.map((row) => (
            <tr key={rowKey(row)} className={highlight?.(row) ? 'highlight' : undefined}>
              {columns.map((c) => (
                <td key={c.key} className={c.align === 'right' ? 'right num' : undefined} data-col={c.key} data-label={labelOf(c)}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows && rows.length === 0 && <EmptyState>{emptyText}</EmptyState>}
    </div>
  )
}
