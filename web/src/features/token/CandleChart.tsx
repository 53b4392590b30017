import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Candle } from './mapper'
import { formatAxisDay, formatCompact, formatDateTime, formatDay, formatInteger, formatUsd } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { niceTicks } from '../../charts/ticks'
import { AXIS_TICK, COLORS } from '../../charts/theme'

const UP = '#1a9a64'
const DOWN = '#d1495b'

interface CandleShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: Candle
}

/** The bar spans low..high; the body is drawn inside it from open and close at the same scale. */
function CandleShape({ x = 0, y = 0, width = 0, height = 0, payload }: CandleShapeProps) {
  if (!payload) return null
  const { open, close, high, low } = payload
  const color = close >= open ? UP : DOWN
  const span = high - low
  const scale = span > 0 ? height / span : 0
  const yOf = (v: number) => y + (high - v) * scale
  const bodyTop = yOf(Math.max(open, close))
  const bodyHeight = Math.max(1, Math.abs(open - close) * scale)
  const cx = x + width / 2
  const bodyWidth = Math.max(1, width * 0.7)
  return (
    <g>
      <line x1={cx} x2={cx} y1={y} y2={y + Math.max(height, 1)} stroke={color} strokeWidth={1} />
      <rect x={cx - bodyWidth / 2} y={bodyTop} width={bodyWidth} height={bodyHeight} fill={color} />
    </g>
  )
}

/** OHLC candles of the OPG/USDC pool with the USD volume as faint bars on a hidden axis. */
export function CandleChart({ candles, interval, height = 280 }: { candles: Candle[]; interval: 'DAY' | 'HOUR'; height?: number }) {
  const data = candles.map((c) => ({ ...c, range: [c.low, c.high] as [number, number] }))
  const maxVolume = Math.max(1, ...candles.map((c) => c.volumeUsd))
  const price = niceTicks(Math.min(...candles.map((c) => c.low)), Math.max(...candles.map((c) => c.high)), 5)
  return (
    <div className="chart-box" style={{ height }} data-testid="candle-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} barCategoryGap="18%">
          {/* on the price axis's ticks: without an id the grid looks for axis 0, which this chart does not have, and draws no lines */}
          <CartesianGrid stroke={COLORS.grid} vertical={false} yAxisId="p" />
          <XAxis
            dataKey="t"
            tickFormatter={interval === 'DAY' ? formatAxisDay : (v: number) => formatDateTime(v).slice(5, 16)}
            tick={AXIS_TICK}
            minTickGap={28}
            tickLine={false}
          />
          {/* prices are not drawn from zero (a candle's range is what matters); round ticks with enough decimals tell them apart */}
          <YAxis
            yAxisId="p"
            domain={[price.ticks[0] ?? 'auto', price.ticks.at(-1) ?? 'auto']}
            ticks={price.ticks}
            interval={0}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => (v >= 1000 ? `$${formatCompact(v, 3)}` : `$${v.toFixed(price.decimals)}`)}
            width={56}
            tickLine={false}
            axisLine={false}
          />
          <YAxis yAxisId="v" hide domain={[0, maxVolume * 4]} />
          <Tooltip
            cursor={{ fill: 'rgba(47,111,219,0.06)' }}
            content={({ active, payload }) => {
              const c = active && payload?.[0] ? (payload[0].payload as Candle) : null
              if (!c) return null
              return (
                <TooltipBox
                  title={interval === 'DAY' ? `${formatDay(c.t)} (UTC)` : formatDateTime(c.t)}
                  items={[
                    { name: 'Open', color: '#999', value: formatUsd(c.open).text },
                    { name: 'High', color: UP, value: formatUsd(c.high).text },
                    { name: 'Low', color: DOWN, value: formatUsd(c.low).text },
                    { name: 'Close', color: c.close >= c.open ? UP : DOWN, value: formatUsd(c.close).text },
                    { name: 'Volume', color: COLORS.legacy, value: formatUsd(c.volumeUsd).text },
                    { name: 'Swaps', color: COLORS.legacy, value: formatInteger(c.swaps) },
                  ]}
                />
              )
            }}
          />
          <Bar yAxisId="v" dataKey="volumeUsd" fill={COLORS.legacy} fillOpacity={0.35} isAnimationActive={false} />
          <Bar yAxisId="p" dataKey="range" shape={(props: unknown) => <CandleShape {...(props as CandleShapeProps)} />} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
