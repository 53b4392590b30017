import { useMemo } from 'react'
import { ChartLegend } from '../../charts/ChartLegend'
import { TooltipBox } from '../../charts/ChartTooltip'
import { COLORS } from '../../charts/theme'
import { bucketTimeAxis, countAxisTicks, zeroBasedTicks } from '../../charts/ticks'
import { BottomAxis, Grid, Marker, SideAxis } from '../../charts/svg/axes'
import { ChartFrame, type Plot } from '../../charts/svg/ChartFrame'
import { linePath } from '../../charts/svg/path'
import { bandScale, linearScale } from '../../charts/svg/scale'
import { formatAxisDay, formatCompact, formatDay, formatInteger, plural } from '../../lib/format'
import type { OrganicView } from './mapper'

/** newest cohort darkest: one hue, so the pooled line (black) stands out */
const COHORT_SHADES = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c']
const NEW_COLOR = '#e69f00'
const RETURNING_COLOR = COLORS.payingWallets
const SPIKE_COLOR = '#d1495b'
const ALL_COLOR = '#17202e'
const SUBHEAD = { fontSize: 13, fontWeight: 600, margin: '4px 0 6px' } as const
const PAYERS_MARGIN = { top: 14, right: 4, bottom: 30, left: 40 }
const RETENTION_MARGIN = { top: 14, right: 8, bottom: 30, left: 40 }
const PCT_TICKS = [0, 25, 50, 75, 100]

export type Bucket = 'day' | 'week'

/** the retention chart's points: one per offset, evenly spaced from the plot's left edge to its right */
function pointX(count: number, plot: Plot) {
  return (i: number) => (count <= 1 ? plot.left + plot.width / 2 : plot.left + (i * plot.width) / (count - 1))
}

/**
 * Left: paying wallets per period, split into wallets paying for the first time and wallets that had
 * paid before, with detected spikes marked. Right: of each first-payment cohort, the share that paid
 * again 1, 2, … periods later (the newest cohorts, and every cohort pooled).
 */
export function OrganicCharts({ view, bucket, height = 260 }: { view: OrganicView; bucket: Bucket; height?: number }) {
  const periodWord = bucket === 'week' ? 'week' : 'day'
  const xAxis = useMemo(() => bucketTimeAxis(view.bars.map((b) => b.t)), [view.bars])
  const payerTicks = useMemo(
    () => zeroBasedTicks(Math.max(1, ...view.bars.map((b) => b.newPayers + b.returningPayers)), 5).ticks.filter(Number.isInteger),
    [view.bars],
  )
  const offsetAxis = useMemo(() => countAxisTicks(Math.max(0, ...view.retention.map((r) => Number(r.offset)))), [view.retention])
  const label = (t: number) => (bucket === 'week' ? `Week of ${formatDay(t)} (UTC)` : `${formatDay(t)} (UTC)`)
  const series = [
    ...view.cohorts.map((c, i) => ({
      key: c.key,
      name: `${bucket === 'week' ? 'Week of ' : ''}${formatAxisDay(c.t)} (${plural(c.size, 'wallet', 'wallets')})`,
      color: COHORT_SHADES[COHORT_SHADES.length - view.cohorts.length + i],
      width: 1.4,
      dots: false,
    })),
    { key: 'all', name: 'All cohorts', color: ALL_COLOR, width: 2.4, dots: true },
  ]
  const bars = (plot: Plot) => bandScale(view.bars.length, [plot.left, plot.right], 0.12)
  const offsets = view.retention.length
  return (
    <div className="grid grid-2">
      <div>
        <h3 style={SUBHEAD}>New and returning paying wallets per {periodWord}</h3>
        <ChartFrame
          height={height}
          margin={PAYERS_MARGIN}
          label={`New and returning paying wallets per ${periodWord}`}
          testId="organic-payers-chart"
          targets={view.bars.length}
          targetAt={(x, _, plot) => bars(plot).indexAt(x)}
          anchorOf={(i, plot) => ({ x: bars(plot).center(i), y: plot.top + 10 })}
          cursorOf={(i, plot) => {
            const band = bars(plot)
            return { x: plot.left + i * band.step, y: plot.top, width: band.step, height: plot.height }
          }}
          tooltip={(i) => {
            const r = view.bars[i]
            return (
              <TooltipBox
                title={label(r.t)}
                note={r.spike ? 'A usage spike: see the table below' : undefined}
                items={[
                  { name: 'New wallets', color: NEW_COLOR, value: formatInteger(r.newPayers) },
                  { name: 'Returning wallets', color: RETURNING_COLOR, value: formatInteger(r.returningPayers) },
                  { name: 'Paying wallets', color: '#17202e', value: formatInteger(r.payers) },
                ]}
              />
            )
          }}
        >
          {(plot) => {
            const band = bars(plot)
            const y = linearScale([payerTicks[0], payerTicks.at(-1) ?? 1], [plot.bottom, plot.top])
            const index = new Map(view.bars.map((b, i) => [b.t, i]))
            return (
              <>
                <Grid plot={plot} ys={payerTicks.map(y)} />
                <BottomAxis
                  plot={plot}
                  width={plot.right + PAYERS_MARGIN.right}
                  line
                  ticks={xAxis.ticks.flatMap((t) => (index.has(t) ? [{ at: band.center(index.get(t)!), label: xAxis.tickFormatter(t) }] : []))}
                />
                <SideAxis plot={plot} side="left" ticks={payerTicks.map((v) => ({ at: y(v), label: formatCompact(v) }))} />
                {view.bars.map((b, i) => (
                  <g key={b.t} className="chart-bar-stack">
                    {b.returningPayers > 0 && (
                      <rect
                        className="chart-bar"
                        x={band.start(i)}
                        y={y(b.returningPayers)}
                        width={band.inner}
                        height={y(0) - y(b.returningPayers)}
                        fill={RETURNING_COLOR}
                      />
                    )}
                    {b.newPayers > 0 && (
                      <rect
                        className="chart-bar"
                        x={band.start(i)}
                        y={y(b.returningPayers + b.newPayers)}
                        width={band.inner}
                        height={y(b.returningPayers) - y(b.returningPayers + b.newPayers)}
                        fill={NEW_COLOR}
                      />
                    )}
                  </g>
                ))}
                {view.bars.map((b, i) =>
                  b.spike ? (
                    <Marker
                      key={b.t}
                      className="chart-marker"
                      x={band.center(i)}
                      plot={plot}
                      color={SPIKE_COLOR}
                      dashed
                      // one label per run of consecutive spikes
                      label={view.bars[i - 1]?.spike ? undefined : 'spikes'}
                    />
                  ) : null,
                )}
              </>
            )
          }}
        </ChartFrame>
        <ChartLegend
          entries={[
            { name: 'Returning wallets', color: RETURNING_COLOR, kind: 'swatch' },
            { name: 'New wallets', color: NEW_COLOR, kind: 'swatch' },
          ]}
        />
      </div>
      <div>
        <h3 style={SUBHEAD}>Cohorts paying again, by {periodWord}s since their first payment</h3>
        {offsets === 0 ? (
          <div className="chart-box" style={{ height }} data-testid="organic-retention-chart">
            <div className="state">Too few {periodWord}s in this range to see anyone come back.</div>
          </div>
        ) : (
          <ChartFrame
            height={height}
            margin={RETENTION_MARGIN}
            label={`Cohorts paying again, by ${periodWord}s since their first payment`}
            testId="organic-retention-chart"
            targets={offsets}
            targetAt={(x, _, plot) => {
              if (offsets === 1) return 0
              const i = Math.round(((x - plot.left) / Math.max(1, plot.width)) * (offsets - 1))
              return i >= 0 && i < offsets ? i : null
            }}
            anchorOf={(i, plot) => ({ x: pointX(offsets, plot)(i), y: plot.top + 10 })}
            cursorOf={(i, plot) => ({ x: pointX(offsets, plot)(i) - 0.5, y: plot.top, width: 1, height: plot.height })}
            tooltip={(i) => {
              const row = view.retention[i]
              return (
                <TooltipBox
                  title={`${plural(Number(row.offset), periodWord, `${periodWord}s`)} after the first payment`}
                  items={series.flatMap((s) => {
                    const v = row[s.key]
                    return v == null ? [] : [{ name: s.name, color: s.color, value: `${Number(v).toFixed(1)}%` }]
                  })}
                />
              )
            }}
          >
            {(plot) => {
              const x = pointX(offsets, plot)
              const y = linearScale([0, 100], [plot.bottom, plot.top])
              const index = new Map(view.retention.map((r, i) => [Number(r.offset), i]))
              return (
                <>
                  <Grid plot={plot} ys={PCT_TICKS.map(y)} />
                  <BottomAxis
                    plot={plot}
                    width={plot.right + RETENTION_MARGIN.right}
                    line
                    ticks={offsetAxis.ticks.flatMap((v) => (index.has(v) ? [{ at: x(index.get(v)!), label: `+${v}` }] : []))}
                  />
                  <SideAxis plot={plot} side="left" ticks={PCT_TICKS.map((v) => ({ at: y(v), label: `${v}%` }))} />
                  {series.map((s) => {
                    const points = view.retention.map((r, i) => (r[s.key] == null ? null : ([x(i), y(Number(r[s.key]))] as const)))
                    return (
                      <g key={s.key}>
                        <path className="chart-line" d={linePath(points)} fill="none" stroke={s.color} strokeWidth={s.width} />
                        {s.dots &&
                          points.map((p, i) => (p ? <circle key={i} cx={p[0]} cy={p[1]} r={2} fill="#fff" stroke={s.color} strokeWidth={s.width} /> : null))}
                      </g>
                    )
                  })}
                </>
              )
            }}
          </ChartFrame>
        )}
        {offsets > 0 && <ChartLegend entries={series.map((s) => ({ name: s.name, color: s.color, kind: 'line' as const }))} />}
      </div>
    </div>
  )
}
