import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { PressureBar } from './mapper'
import { formatCompact, formatUsd } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'
import { logAxisTicks } from '../../charts/ticks'

const BAR_COLORS: Record<PressureBar['key'], string> = { revenue: COLORS.revenue, unlocking: COLORS.unlocking, cliff: COLORS.cliff }

/**
 * Trailing x402 revenue against the USD value of the next window's unlocks (and the first window
 * after the cliff). Revenue and unlocks can differ by orders of magnitude, so the axis is
 * logarithmic and each bar carries its value.
 */
export function UnlockPressureChart({ bars, height = 170 }: { bars: PressureBar[]; height?: number }) {
  // a log axis cannot draw 0: such a bar is drawn at one cent and labelled with its real value
  const data = bars.map((b) => ({ ...b, drawn: Math.max(b.usd, 0.01) }))
  // decade ticks given outright: recharts' log ticks are measured in the DOM to thin them. Three, since the card's
  // plot is a hundred-odd pixels wide on a phone, beside the bar names and value labels
  const xAxis = logAxisTicks(0.01, Math.max(...data.map((b) => b.drawn)), 3)
  return (
    <div className="chart-box" style={{ height }} data-testid="pressure-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 70, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} horizontal={false} />
          <XAxis
            type="number"
            scale="log"
            {...xAxis}
            allowDataOverflow
            tick={AXIS_TICK}
            tickFormatter={(v: number) => `$${formatCompact(v, 2)}`}
            tickLine={false}
            axisLine={false}
          />
          <YAxis type="category" dataKey="label" interval={0} width={170} tick={{ ...AXIS_TICK, fill: '#17202e' }} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ fill: 'rgba(47,111,219,0.06)' }}
            content={({ active, payload }) => {
              const b = active && payload?.[0] ? (payload[0].payload as PressureBar) : null
              if (!b) return null
              const items = [{ name: 'USD', color: BAR_COLORS[b.key], value: formatUsd(b.usd).text }]
              if (b.opg != null) items.push({ name: 'OPG', color: BAR_COLORS[b.key], value: `${formatCompact(b.opg)} OPG` })
              return <TooltipBox title={b.label} items={items} note={b.key === 'revenue' ? 'At the price of each payment' : 'At the current price'} />
            }}
          />
          <Bar dataKey="drawn" isAnimationActive={false} barSize={22}>
            {data.map((b) => (
              <Cell key={b.key} fill={BAR_COLORS[b.key]} />
            ))}
            <LabelList dataKey="usd" position="right" formatter={(v: unknown) => formatUsd(v as number).text} style={{ fontSize: 12, fill: '#17202e' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
