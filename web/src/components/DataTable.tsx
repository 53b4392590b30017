import type { ReactNode } from 'react'
import { EmptyState, ErrorState, Loading } from './States'

export interface Column<T> {
  key: string
  header: ReactNode
  render: (row: T) => ReactNode
  align?: 'left' | 'right'
  /** the orderBy / sort key this column sorts by, when sortable */
  sort?: string
  title?: string
}

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
      <table className="data" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = c.sort && c.sort === current
              return (
                <th
                  key={c.key}
                  className={c.align === 'right' ? 'right' : undefined}
                  title={c.title}
                  aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}
                >
                  {c.sort && onSort ? (
                    <button type="button" onClick={() => onSort(sorted && !descending ? `-${c.sort}` : sorted ? c.sort! : `-${c.sort}`)}>
                      {c.header}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody style={isPending ? { opacity: 0.55 } : undefined}>
          {rows?.map((row) => (
            <tr key={rowKey(row)} className={highlight?.(row) ? 'highlight' : undefined}>
              {columns.map((c) => (
                <td key={c.key} className={c.align === 'right' ? 'right num' : undefined}>
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
