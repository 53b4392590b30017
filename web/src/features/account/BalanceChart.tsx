import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { BalancePoint } from './balance-history'
import { formatCompact, formatDateTime } from '../../lib/format'
import { timeAxis, zeroBasedTicks } from '../../charts/ticks'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'

/** OPG balance after each transfer, as a step area from zero, carried to the end of the indexed range. */
export function BalanceChart({ points, height = 220 }: { points: BalancePoint[]; height?: number }) {
  const from = Math.min(...points.map((p) => p.t))
  const to = Math.max(...points.map((p) => p.t))
  const y = zeroBasedTicks(Math.max(0, ...points.map((p) => p.balance)))
  return (
    <div className="chart-box" style={{ height }} data-testid="balance-chart">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 10, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="t" {...timeAxis(from, to)} tick={AXIS_TICK} tickLine={false} />
          <YAxis
            tick={AXIS_TICK}
            tickFormatter={(v: number) => formatCompact(v)}
            width={50}
            tickLine={false}
            axisLine={false}
            domain={[0, y.ticks.at(-1) ?? 'auto']}
            ticks={y.ticks}
            interval={0}
          />
          <Tooltip
            content={({ active, payload }) => {
              const p = active && payload?.[0] ? (payload[0].payload as BalancePoint) : null
              if (!p) return null
              return (
                <TooltipBox title={formatDateTime(p.t, true)} items={[{ name: 'Balance', color: COLORS.balance, value: `${formatCompact(p.balance)} OPG` }]} />
              )
            }}
          />
          <Area
            type="stepAfter"
            dataKey="balance"
            name="Balance (OPG)"
            stroke={COLORS.balance}
            fill={COLORS.balance}
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  )
}
