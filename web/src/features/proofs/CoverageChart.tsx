import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CoverageRow } from './mapper'
import { formatCompact, formatInteger, formatPercent } from '../../lib/format'
import { ChartLegend } from '../../charts/ChartLegend'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'

const PARTS = [
  { key: 'verified', name: 'Verified', color: COLORS.verified },
  { key: 'invalid', name: 'Invalid / missing', color: COLORS.invalid },
  { key: 'pending', name: 'Pending', color: COLORS.pending },
  { key: 'unverifiable', name: 'Cannot be checked', color: COLORS.unverifiable },
] as const

interface CoverageChartProps {
  rows: CoverageRow[]
  /** how a row's key is shown on the axis (TEE ids are shortened) */
  labelOf?: (key: string) => string
  testId?: string
}

/** Settled inferences per group, split into verified, invalid, pending and unverifiable. */
export function CoverageChart({ rows, labelOf = (k) => k, testId }: CoverageChartProps) {
  const data = rows.map((r) => ({ ...r, label: labelOf(r.key) }))
  const height = 56 + data.length * 30
  return (
    <>
      <div className="chart-box" style={{ height }} data-testid={testId}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} barSize={18}>
            <CartesianGrid stroke={COLORS.grid} horizontal={false} />
            <XAxis type="number" interval={0} tick={AXIS_TICK} tickFormatter={(v: number) => formatCompact(v)} tickLine={false} axisLine={false} />
            <YAxis
              type="category"
              dataKey="label"
              interval={0}
              width={110}
              tick={{ ...AXIS_TICK, fill: '#17202e', fontFamily: 'ui-monospace, monospace' }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              cursor={{ fill: 'rgba(47,111,219,0.06)' }}
              content={({ active, payload }) => {
                const r = active && payload?.[0] ? (payload[0].payload as CoverageRow & { label: string }) : null
                if (!r) return null
                return (
                  <TooltipBox
                    title={r.key || 'No TEE id'}
                    items={[
                      { name: 'Settled', color: '#17202e', value: formatInteger(r.settled) },
                      ...PARTS.map((p) => ({ name: p.name, color: p.color, value: formatInteger(r[p.key]) })),
                      { name: 'Verified share', color: COLORS.verified, value: formatPercent(r.verifiedShare).text },
                    ]}
                    note="Verified share = verified ÷ (settled − nothing to verify)"
                  />
                )
              }}
            />
            {PARTS.map((p) => (
              <Bar key={p.key} dataKey={p.key} name={p.name} stackId="c" fill={p.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend entries={PARTS.map((p) => ({ name: p.name, color: p.color, kind: 'swatch' }))} />
    </>
  )
}
