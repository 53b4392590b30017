import { useMemo } from 'react'
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { UsageRow } from './mapper'
import { formatCompact, formatDay, formatInteger, formatUsd } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend'
import { bucketTimeAxis, niceTicks } from '../../charts/ticks'
import { AXIS_TICK, COLORS } from '../../charts/theme'

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
  // calendar ticks given outright (interval 0): recharts would otherwise measure every bucket's label to thin them
  const xAxis = useMemo(() => bucketTimeAxis(rows.map((r) => r.t)), [rows])
  // round price ticks with the decimals their step needs: recharts' own on a narrow range read "$0.17" twice
  const price = useMemo(() => {
    const prices = rows.flatMap((r) => (r.priceUsd == null ? [] : [r.priceUsd]))
    return prices.length ? niceTicks(Math.min(...prices), Math.max(...prices), 5) : null
  }, [rows])
  const bucketLabel = (t: number) => (bucket === 'week' ? `Week of ${formatDay(t)} (UTC)` : `${formatDay(t)} (UTC)`)
  return (
    <>
      <div className="chart-box" style={{ height }} data-testid="usage-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} barCategoryGap="12%">
            {/* the grid follows the counts' axis: without an id it looks for axis 0, which this chart does not have, and draws no lines */}
            <CartesianGrid stroke={COLORS.grid} vertical={false} yAxisId="count" />
            <XAxis dataKey="t" {...xAxis} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.grid }} />
            <YAxis yAxisId="count" interval={0} tick={AXIS_TICK} tickFormatter={(v: number) => formatCompact(v)} width={44} tickLine={false} axisLine={false} />
            <YAxis
              yAxisId="price"
              orientation="right"
              interval={0}
              tick={AXIS_TICK}
              ticks={price?.ticks}
              tickFormatter={(v: number) => (price && v < 1000 ? `$${v.toFixed(price.decimals)}` : `$${formatCompact(v, 2)}`)}
              width={48}
              tickLine={false}
              axisLine={false}
              domain={price ? [price.ticks[0], price.ticks.at(-1) as number] : ['auto', 'auto']}
            />
            <Tooltip
              cursor={{ fill: 'rgba(47,111,219,0.06)' }}
              content={({ active, payload }) => {
                const r = active && payload?.[0] ? (payload[0].payload as UsageRow) : null
                if (!r) return null
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
            />
            {KINDS.map((k) => (
              <Bar key={k.key} yAxisId="count" dataKey={k.key} name={k.name} stackId="inferences" fill={k.color} isAnimationActive={false}>
                {rows.map((r) => (
                  <Cell key={r.t} fillOpacity={r.partial ? 0.4 : 1} />
                ))}
              </Bar>
            ))}
            <Line
              yAxisId="count"
              type="monotone"
              dataKey="payments"
              name="x402 payments"
              stroke={COLORS.payments}
              strokeWidth={1.8}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="count"
              type="monotone"
              dataKey="payingWallets"
              name="Paying wallets"
              stroke={COLORS.payingWallets}
              strokeWidth={1.8}
              strokeDasharray="5 3"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="price"
              type="monotone"
              dataKey="priceUsd"
              name="OPG price (USD, right axis)"
              stroke={COLORS.price}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            {markers.map((m) => (
              <ReferenceLine
                key={m.t}
                x={m.t}
                yAxisId="count"
                className="usage-spike-marker"
                stroke="#d1495b"
                strokeDasharray="4 3"
                label={{ value: m.label, position: 'insideTopLeft', fill: '#d1495b', fontSize: 11 }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend entries={LEGEND} />
    </>
  )
}
