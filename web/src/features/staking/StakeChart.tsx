import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { StakePoint } from './stake-history'
import { formatCompact, formatDateTime, titleCase } from '../../lib/format'
import { edgeAnchor, markerLabels } from '../../charts/marker-labels'
import { timeAxis } from '../../charts/ticks'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'

const MARKED: Record<string, string> = { SLASH: COLORS.invalid, JAIL: '#e67e22', UNJAIL: COLORS.verified }

/** A validator's stake after each event (a step line), with slashes, jails and unjails marked. */
export function StakeChart({ points, height = 240 }: { points: StakePoint[]; height?: number }) {
  const from = Math.min(...points.map((p) => p.t))
  const to = Math.max(...points.map((p) => p.t))
  const marked = points.filter((p) => MARKED[p.kind])
  // a jail, its slash and its unjail hours apart share one label instead of printing over each other
  const labels = markerLabels(
    marked.map((p) => ({ t: p.t, label: titleCase(p.kind) })),
    to - from,
  )
  return (
    <div className="chart-box" style={{ height }} data-testid="stake-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 10, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="t" {...timeAxis(from, to)} tick={AXIS_TICK} tickLine={false} />
          <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatCompact(v)} width={50} tickLine={false} axisLine={false} domain={[0, 'auto']} />
          <Tooltip
            content={({ active, payload }) => {
              const p = active && payload?.[0] ? (payload[0].payload as StakePoint) : null
              if (!p) return null
              return (
                <TooltipBox
                  title={formatDateTime(p.t)}
                  items={[{ name: 'Stake', color: COLORS.stake, value: `${formatCompact(p.stake)} OPG` }]}
                  note={p.kind === 'before' ? 'Before the first indexed event' : `After ${titleCase(p.kind)}`}
                />
              )
            }}
          />
          <Line type="stepAfter" dataKey="stake" name="Stake (OPG)" stroke={COLORS.stake} strokeWidth={2} dot={false} isAnimationActive={false} />
          {marked.map((p, i) => (
            <ReferenceDot
              key={`${p.t}-${p.kind}-${i}`}
              x={p.t}
              y={p.stake}
              r={5}
              fill={MARKED[p.kind]}
              stroke="#fff"
              label={labels[i] ? { value: labels[i], position: 'top', textAnchor: edgeAnchor(p.t, from, to), fontSize: 11, fill: COLORS.today } : undefined}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
