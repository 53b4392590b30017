import { Area, Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { SupplySeriesRow } from './mapper'
import { formatAxisDay, formatCompact, formatDay } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'

/** Circulating OPG at the end of each day (area) and the OPG unlocked that day (bars, right axis). */
export function CirculatingChart({ rows, height = 260 }: { rows: SupplySeriesRow[]; height?: number }) {
  const data = rows.map((r) => ({ ...r, circulatingM: r.circulating == null ? null : r.circulating / 1e6, unlockedM: r.unlocked / 1e6 }))
  return (
    <div className="chart-box" style={{ height }} data-testid="circulating-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          {/* on the circulating axis's ticks: without an id the grid looks for axis 0, which this chart does not have, and draws no lines */}
          <CartesianGrid stroke={COLORS.grid} vertical={false} yAxisId="c" />
          <XAxis dataKey="t" tickFormatter={formatAxisDay} tick={AXIS_TICK} minTickGap={28} tickLine={false} />
          <YAxis
            yAxisId="c"
            tick={AXIS_TICK}
            tickFormatter={(v: number) => formatCompact(v * 1e6)}
            width={48}
            tickLine={false}
            axisLine={false}
            // an area drawn from a raised floor exaggerates the change; supply is read from zero
            domain={[0, 'auto']}
          />
          <YAxis
            yAxisId="u"
            orientation="right"
            tick={AXIS_TICK}
            tickFormatter={(v: number) => formatCompact(v * 1e6)}
            width={46}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            content={({ active, payload }) => {
              const r = active && payload?.[0] ? (payload[0].payload as (typeof data)[number]) : null
              if (!r) return null
              return (
                <TooltipBox
                  title={`${formatDay(r.t)} (UTC)`}
                  items={[
                    { name: 'Circulating', color: COLORS.balance, value: r.circulatingM == null ? '—' : `${formatCompact(r.circulatingM * 1e6)} OPG` },
                    { name: 'Share of supply', color: COLORS.balance, value: r.circulatingPercent == null ? '—' : `${r.circulatingPercent.toFixed(2)}%` },
                    { name: 'Unlocked that day', color: COLORS.cliff, value: `${formatCompact(r.unlockedM * 1e6)} OPG` },
                  ]}
                />
              )
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} />
          <Area
            yAxisId="c"
            type="stepAfter"
            dataKey="circulatingM"
            name="Circulating (OPG)"
            stroke={COLORS.balance}
            fill={COLORS.balance}
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Bar yAxisId="u" dataKey="unlockedM" name="Unlocked per day (OPG, right axis)" fill={COLORS.cliff} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
