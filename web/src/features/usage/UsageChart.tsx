import { useMemo } from 'react'
import type { UsageRow } from './mapper'
import { formatCompact, formatDay, formatInteger, formatUsd } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend'
import { bucketTimeAxis, niceTicks, zeroBasedTicks } from '../../charts/ticks'
import { COLORS } from '../../charts/theme'
import { BottomAxis, Grid, Marker, SideAxis } from '../../charts/svg/axes'
import { ChartFrame, type Plot } from '../../charts/svg/ChartFrame'
import { linePath } from '../../charts/svg/path'
import { bandScale, linearScale } from '../../charts/svg/scale'

const KINDS = [
  { key: 'batch', name: 'Batch inferences', color: COLORS.batch },
  { key: 'individual', name: 'Individual inferences', color: COLORS.individual },
  { key: 'legacy', name: 'Legacy inferences', color: COLORS.legacy },
  { key: 'hub', name: 'Hub inferences', color: COLORS.hub },
] as const

const LEGEND: LegendEntry[] = [
  ...KINDS.map((k) => ({ name: k.name, color: k.color, kind: 'swatch' as const })),
  { name: 'x402 payments', color: COLORS.payments, kind: 'line' },
  { name: 'Paying wallets', color: COLORS.payingWallets, kind: 'line', dashed: true },
  { name: 'OPG price (USD, right axis)', color: COLORS.price, kind: 'line' },
]

const MARGIN = { top: 8, right: 52, bottom: 30, left: 44 }
const BAR_GAP = 0.12
const SPIKE_COLOR = '#d1495b'

interface UsageChartProps {
  rows: UsageRow[]
  /** the bucket: a day or an ISO week */
  bucket: 'day' | 'week'
  height?: number
  /** buckets to mark (detected usage spikes), each labelled with what drove it */
  markers?: { t: number; label: string }[]
}

/**
 * Inferences per bucket by settlement kind (stacked bars), x402 payments and paying wallets (lines)
 * on the count axis, and the OPG price on a second axis. A bucket still going on is drawn lighter.
 */
export function UsageChart({ rows, bucket, height = 300, markers = [] }: UsageChartProps) {
  // calendar ticks, each on the bucket holding it
  const xAxis = useMemo(() => bucketTimeAxis(rows.map((r) => r.t)), [rows])
  const count = useMemo(
    () => zeroBasedTicks(Math.max(1, ...rows.map((r) => Math.max(r.batch + r.individual + r.legacy + r.hub, r.payments, r.payingWallets))), 5),
    [rows],
  )
  // round price ticks with the decimals their step needs: on a narrow range plain rounding read "$0.17" twice
  const price = useMemo(() => {
    const prices = rows.flatMap((r) => (r.priceUsd == null ? [] : [r.priceUsd]))
    return prices.length ? niceTicks(Math.min(...prices), Math.max(...prices), 5) : null
  }, [rows])
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.t, i])), [rows])
  const buckets = (plot: Plot) => bandScale(rows.length, [plot.left, plot.right], BAR_GAP)
  const bucketLabel = (t: number) => (bucket === 'week' ? `Week of ${formatDay(t)} (UTC)` : `${formatDay(t)} (UTC)`)
  return (
    <>
      <ChartFrame
        height={height}
        margin={MARGIN}
        label={`Usage against price, per ${bucket}`}
        testId="usage-chart"
        targets={rows.length}
        targetAt={(x, _, plot) => buckets(plot).indexAt(x)}
        anchorOf={(i, plot) => ({ x: buckets(plot).center(i), y: plot.top + 10 })}
        cursorOf={(i, plot) => {
          const band = buckets(plot)
          return { x: plot.left + i * band.step, y: plot.top, width: band.step, height: plot.height }
        }}
        tooltip={(i) => {
          const r = rows[i]
          return (
            <TooltipBox
              title={bucketLabel(r.t)}
              note={r.partial ? `${bucket === 'week' ? 'This week' : 'Today'} so far (partial)` : undefined}
              items={[
                { name: 'Inferences', color: '#17202e', value: formatInteger(r.inferences) },
                ...KINDS.map((k) => ({ name: `  ${k.name.replace(' inferences', '')}`, color: k.color, value: formatInteger(r[k.key]) })),
                { name: 'x402 payments', color: COLORS.payments, value: formatInteger(r.payments) },
                {
                  name: bucket === 'week' ? 'Paying wallets (mean/day)' : 'Paying wallets',
                  color: COLORS.payingWallets,
                  value: formatInteger(r.payingWallets),
                },
                { name: 'OPG price', color: COLORS.price, value: formatUsd(r.priceUsd).text },
              ]}
            />
          )
        }}
      >
        {(plot) => {
          const band = buckets(plot)
          const y = linearScale([count.ticks[0], count.ticks.at(-1) ?? 1], [plot.bottom, plot.top])
          const py = price ? linearScale([price.ticks[0], price.ticks.at(-1) as number], [plot.bottom, plot.top]) : null
          const line = (value: (r: UsageRow) => number | null, scale: (v: number) => number) =>
            rows.map((r, i) => {
              const v = value(r)
              return v == null ? null : ([band.center(i), scale(v)] as const)
            })
          return (
            <>
              <Grid plot={plot} ys={count.ticks.map(y)} />
              <BottomAxis
                plot={plot}
                width={plot.right + MARGIN.right}
                line
                ticks={xAxis.ticks.flatMap((t) => (indexOf.has(t) ? [{ at: band.center(indexOf.get(t)!), label: xAxis.tickFormatter(t) }] : []))}
              />
              <SideAxis plot={plot} side="left" ticks={count.ticks.map((v) => ({ at: y(v), label: formatCompact(v) }))} />
              {price && py && (
                <SideAxis
                  plot={plot}
                  side="right"
                  ticks={price.ticks.map((v) => ({ at: py(v), label: v < 1000 ? `$${v.toFixed(price.decimals)}` : `$${formatCompact(v, 2)}` }))}
                />
              )}
              {rows.map((r, i) => {
                let from = 0
                return (
                  <g key={r.t} className="chart-bar-stack" fillOpacity={r.partial ? 0.4 : 1}>
                    {KINDS.map((k) => {
                      const v = r[k.key]
                      const top = y(from + v)
                      const bottom = y(from)
                      from += v
                      return v > 0 ? (
                        <rect key={k.key} className="chart-bar" x={band.start(i)} y={top} width={band.inner} height={bottom - top} fill={k.color} />
                      ) : null
                    })}
                  </g>
                )
              })}
              <path
                className="chart-line"
                d={linePath(
                  line((r) => r.payments, y),
                  'monotone',
                )}
                fill="none"
                stroke={COLORS.payments}
                strokeWidth={1.8}
              />
              <path
                className="chart-line"
                d={linePath(
                  line((r) => r.payingWallets, y),
                  'monotone',
                )}
                fill="none"
                stroke={COLORS.payingWallets}
                strokeWidth={1.8}
                strokeDasharray="5 3"
              />
              {py && (
                <path
                  className="chart-line"
                  d={linePath(
                    line((r) => r.priceUsd, py),
                    'monotone',
                    true,
                  )}
                  fill="none"
                  stroke={COLORS.price}
                  strokeWidth={2}
                />
              )}
              {markers.map((m) =>
                indexOf.has(m.t) ? (
                  <Marker key={m.t} className="usage-spike-marker" x={band.center(indexOf.get(m.t)!)} plot={plot} color={SPIKE_COLOR} dashed label={m.label} />
                ) : null,
              )}
            </>
          )
        }}
      </ChartFrame>
      <ChartLegend entries={LEGEND} />
    </>
  )
}
