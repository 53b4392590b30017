/** One entry of a chart's legend: a series' name and how it is drawn. */
export interface LegendEntry {
  name: string
  color: string
  /** a bar or area is a swatch, a line a stroke (dashed when the series is) */
  kind: 'swatch' | 'line'
  dashed?: boolean
}

/**
 * A chart's legend in plain HTML under the chart, in the order the series are drawn. Recharts' own legend
 * is measured after the chart has drawn and its size fed back into the chart's layout, which draws the whole
 * chart a second time; this one takes its place in the page's flow and costs the chart nothing.
 */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul
      className="chart-legend"
      style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '2px 14px', margin: '6px 0 0', padding: 0, fontSize: 12 }}
    >
      {entries.map((e) => (
        <li key={e.name} style={{ display: 'inline-flex', alignItems: 'center', gap: 5 }}>
          <svg width="14" height="10" aria-hidden="true" focusable="false">
            {e.kind === 'line' ? (
              <line x1="0" y1="5" x2="14" y2="5" stroke={e.color} strokeWidth="2" strokeDasharray={e.dashed ? '4 2' : undefined} />
            ) : (
              <rect x="2" y="0" width="10" height="10" fill={e.color} />
            )}
          </svg>
          <span>{e.name}</span>
        </li>
      ))}
    </ul>
  )
}
