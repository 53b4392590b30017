import { useEffect } from 'react'
import type { Chain } from '@og-explorer/common'
import type { IndexedHeads } from '../api/client'
import type { Page } from '../api/connection'
import { PAGE_SIZE } from '../hooks/usePaged'
import { AsOf } from './AsOf'
import { type Column, DataTable } from './DataTable'
import { Pager } from './Pager'

/** What a list query gives the table: its state and the heads it was answered at. */
export interface PagedQuery {
  isFetching: boolean
  error: unknown
  refetch: () => unknown
  data?: { heads: IndexedHeads | null }
}

/** no list is this long; a larger page number in a URL is a typo or a probe */
export const MAX_PAGE = 1_000_000

/** The page number from the URL's `page`: a whole number from 1 to MAX_PAGE, 1 when missing or not a number. */
export function pageFromUrl(page: string | undefined): number {
  const n = Math.floor(Number(page))
  // NaN and anything below 1 is the first page; too large (even Infinity) is the largest, then the last page
  return n >= 1 ? Math.min(n, MAX_PAGE) : 1
}

/** The last page of a list of `total` rows, or null while the total is unknown. */
export function lastPageOf(total: number | null | undefined, pageSize: number): number | null {
  return total == null ? null : Math.max(1, Math.ceil(total / pageSize))
}

interface PagedTableProps<T> {
  columns: Array<Column<T>>
  rowKey: (row: T) => string
  /** the loaded page (rows, total, whether there is a next) */
  rows: Page<T> | undefined
  query: PagedQuery
  /** the 1-based page shown */
  page: number
  pageSize?: number
  /** current sort (`key` or `-key`); leave out for a list that does not sort */
  sort?: string
  /** writes page or sort back to the URL (useUrlState's setter) */
  onChange: (patch: { page?: string; sort?: string }) => void
  /** the CSV of every matching row */
  exportHref?: string
  /** the chains whose heads the list was read at, for "as of block N" */
  chains: Chain[]
  testId?: string
  emptyText?: string
  highlight?: (row: T) => boolean
}

/**
 * Every list's frame in one place: the table with its loading, error and empty states, sortable
 * headers, the pager with the CSV of every matching row, and the blocks the page was read at.
 */
export function PagedTable<T>({
  columns,
  rowKey,
  rows,
  query,
  page,
  pageSize = PAGE_SIZE,
  sort,
  onChange,
  exportHref,
  chains,
  testId,
  emptyText,
  highlight,
}: PagedTableProps<T>) {
  // a page past the end (an old link, a typed URL) moves to the last page instead of showing "No rows"
  const lastPage = lastPageOf(rows?.total, pageSize)
  useEffect(() => {
    if (lastPage !== null && page > lastPage) onChange({ page: String(lastPage) })
  }, [lastPage, page, onChange])
  return (
    <>
      <DataTable
        testId={testId}
        columns={columns}
        rows={rows?.rows}
        rowKey={rowKey}
        isPending={query.isFetching}
        error={query.error}
        retry={() => void query.refetch()}
        sort={sort}
        onSort={sort === undefined ? undefined : (next) => onChange({ sort: next })}
        emptyText={emptyText}
        highlight={highlight}
      />
      <Pager
        page={page}
        pageSize={pageSize}
        count={rows?.rows.length ?? 0}
        total={rows?.total}
        hasNext={rows?.hasNext ?? false}
        onPage={(n) => onChange({ page: String(n) })}
        exportHref={exportHref}
      />
      <div className="card-foot">
        <AsOf heads={query.data?.heads} chains={chains} />
      </div>
    </>
  )
}
