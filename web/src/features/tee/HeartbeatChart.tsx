import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { HeartbeatPoint } from './heartbeats'
import { formatDateTime } from '../../lib/format'
import { timeAxis } from '../../charts/ticks'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'

/**
 * One dot per heartbeat at its block time, at the height of the time the node was enabled since the
 * previous one. Dots above the registry's heartbeatMaxAge are gaps in which the node counted as down.
 */
export function HeartbeatChart({ points, maxAgeHours, height = 240 }: { points: HeartbeatPoint[]; maxAgeHours: number; height?: number }) {
  const withGap = points.filter((p) => p.gapHours !== null)
  const ok = withGap.filter((p) => !p.late)
  const late = withGap.filter((p) => p.late)
  const top = Math.max(maxAgeHours * 1.2, ...withGap.map((p) => p.gapHours ?? 0))
  const from = Math.min(...points.map((p) => p.t))
  const to = Math.max(...points.map((p) => p.t))
  return (
    <div className="chart-box" style={{ height }} data-testid="heartbeat-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 14, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} />
          {/* calendar ticks over the whole span, so the labels run to the last heartbeat */}
          <XAxis dataKey="t" {...timeAxis(from, to)} tick={AXIS_TICK} tickLine={false} />
          <YAxis
            dataKey="gapHours"
            type="number"
            domain={[0, Math.ceil(top)]}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => `${v} h`}
            width={44}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            content={({ active, payload }) => {
              const p = active && payload?.[0] ? (payload[0].payload as HeartbeatPoint) : null
              if (!p) return null
              return (
                <TooltipBox
                  title={formatDateTime(p.t, true)}
                  items={[
                    { name: 'Enabled since previous', color: p.late ? COLORS.invalid : COLORS.verified, value: `${p.gapHours?.toFixed(2)} h` },
                    ...(p.disabledHours > 0 ? [{ name: 'Disabled in between', color: COLORS.legacy, value: `${p.disabledHours.toFixed(2)} h` }] : []),
                  ]}
                  note={p.late ? 'Longer than heartbeatMaxAge: counted as downtime' : undefined}
                />
              )
            }}
          />
          <ReferenceLine
            y={maxAgeHours}
            stroke={COLORS.invalid}
            strokeDasharray="4 3"
            label={{ value: `heartbeatMaxAge ${maxAgeHours} h`, position: 'insideTopLeft', fontSize: 11, fill: COLORS.invalid }}
          />
          <Scatter name="Heartbeat" data={ok} fill={COLORS.verified} isAnimationActive={false} />
          <Scatter name="Late heartbeat" data={late} fill={COLORS.invalid} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  )
}
