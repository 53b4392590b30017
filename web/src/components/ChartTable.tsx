import { useId, useState } from 'react'
import type { CsvValue } from '../lib/csv'

export interface ChartTableData {
  header: readonly string[]
  rows: ReadonlyArray<readonly CsvValue[]>
}

const cell = (v: CsvValue) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v)

/**
 * A chart's text alternative: the rows it draws, as a table behind "Show as table". Built only when
 * opened, so a long series costs nothing until someone asks for it.
 */
export function ChartTable({ title, table }: { title: string; table: () => ChartTableData | null }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const data = open ? table() : null
  return (
    <div className="chart-table">
      <button type="button" className="btn" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide table' : 'Show as table'}
      </button>
      {open && (
        // a box that scrolls must take focus, or a keyboard cannot scroll it
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        <section id={id} className="chart-table-box" aria-label={`${title}: the chart's data`} tabIndex={0}>
          {data && data.rows.length > 0 ? (
            <table className="data">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {data.header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((v, j) => (
                      <td key={j} className={typeof v === 'number' ? 'right num' : undefined}>
                        {cell(v)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No data to show.</p>
          )}
        </section>
      )}
    </div>
  )
}
