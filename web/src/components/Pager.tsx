import { formatInteger } from '../lib/format'

interface PagerProps {
  page: number
  pageSize: number
  /** rows on this page */
  count: number
  total?: number | null
  hasNext: boolean
  onPage: (page: number) => void
  exportHref?: string
}

/** Offset pagination with the total when the API gives it; the page lives in the URL. */
export function Pager({ page, pageSize, count, total, hasNext, onPage, exportHref }: PagerProps) {
  const first = count === 0 ? 0 : (page - 1) * pageSize + 1
  const last = (page - 1) * pageSize + count
  const pages = total != null ? Math.max(1, Math.ceil(total / pageSize)) : null
  return (
    <div className="pager">
      <span className="num" data-testid="pager-summary">
        {count === 0 ? 'No rows' : `${formatInteger(first)}–${formatInteger(last)}`}
        {total != null && count > 0 && ` of ${formatInteger(total)}`}
      </span>
      <span className="row">
        {exportHref && (
          <a className="btn" href={exportHref} title="Download every matching row as CSV (streamed by the API)">
            CSV ↓
          </a>
        )}
        <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          ← Prev
        </button>
        <span className="num">
          Page {formatInteger(page)}
          {pages != null && ` of ${formatInteger(pages)}`}
        </span>
        <button type="button" className="btn" disabled={!hasNext} onClick={() => onPage(page + 1)}>
          Next →
        </button>
      </span>
    </div>
  )
}
