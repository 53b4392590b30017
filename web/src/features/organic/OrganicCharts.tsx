import { useMemo } from 'react'
import { Bar, CartesianGrid, ComposedChart, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartLegend } from '../../charts/ChartLegend'
import { TooltipBox } from '../../charts/ChartTooltip'
import { AXIS_TICK, COLORS } from '../../charts/theme'
import { bucketTimeAxis, countAxisTicks } from '../../charts/ticks'
import { formatAxisDay, formatCompact, formatDay, formatInteger, plural } from '../../lib/format'
import type { OrganicView, PayerBar } from './mapper'

/** newest cohort darkest: one hue, so the pooled line (black) stands out */
const COHORT_SHADES = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c']
const NEW_COLOR = '#e69f00'
const RETURNING_COLOR = COLORS.payingWallets
const SPIKE_COLOR = '#d1495b'
const SUBHEAD = { fontSize: 13, fontWeight: 600, margin: '4px 0 6px' } as const

export type Bucket = 'day' | 'week'

/**
 * Left: paying wallets per period, split into wallets paying for the first time and wallets that had
 * paid before, with detected spikes marked. Right: of each first-payment cohort, the share that paid
 * again 1, 2, … periods later (the newest cohorts, and every cohort pooled).
 */
export function OrganicCharts({ view, bucket, height = 260 }: { view: OrganicView; bucket: Bucket; height?: number }) {
  const periodWord = bucket === 'week' ? 'week' : 'day'
  // ticks given outright (interval 0): recharts would otherwise measure every label to thin them
  const xAxis = useMemo(() => bucketTimeAxis(view.bars.map((b) => b.t)), [view.bars])
  const offsetAxis = useMemo(() => countAxisTicks(Math.max(0, ...view.retention.map((r) => Number(r.offset)))), [view.retention])
  const label = (t: number) => (bucket === 'week' ? `Week of ${formatDay(t)} (UTC)` : `${formatDay(t)} (UTC)`)
  return (
    <div className="grid grid-2">
      <div>
        <h3 style={SUBHEAD}>New and returning paying wallets per {periodWord}</h3>
        <div className="chart-box" style={{ height }} data-testid="organic-payers-chart">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={view.bars} margin={{ top: 14, right: 4, bottom: 0, left: 0 }} barCategoryGap="12%">
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="t" {...xAxis} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.grid }} />
              <YAxis
                interval={0}
                tick={AXIS_TICK}
                tickFormatter={(v: number) => formatCompact(v)}
                width={40}
                tickLine={false}
                axisLine={false}
                allowDecimals={false}
              />
              <Tooltip
                cursor={{ fill: 'rgba(47,111,219,0.06)' }}
                content={({ active, payload }) => {
                  const r = active && payload?.[0] ? (payload[0].payload as PayerBar) : null
                  if (!r) return null
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
              />
              <Bar dataKey="returningPayers" name="Returning wallets" stackId="payers" fill={RETURNING_COLOR} isAnimationActive={false} />
              <Bar dataKey="newPayers" name="New wallets" stackId="payers" fill={NEW_COLOR} isAnimationActive={false} />
              {view.bars.map((b, i) =>
                b.spike ? (
                  <ReferenceLine
                    key={b.t}
                    x={b.t}
                    stroke={SPIKE_COLOR}
                    strokeDasharray="4 3"
                    // one label per run of consecutive spikes
                    label={view.bars[i - 1]?.spike ? undefined : { value: 'spikes', position: 'insideTopLeft', fill: SPIKE_COLOR, fontSize: 11 }}
                  />
                ) : null,
              )}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
        <ChartLegend
          entries={[
            { name: 'Returning wallets', color: RETURNING_COLOR, kind: 'swatch' },
            { name: 'New wallets', color: NEW_COLOR, kind: 'swatch' },
          ]}
        />
      </div>
      <div>
        <h3 style={SUBHEAD}>Cohorts paying again, by {periodWord}s since their first payment</h3>
        <div className="chart-box" style={{ height }} data-testid="organic-retention-chart">
          {view.retention.length === 0 ? (
            <div className="state">Too few {periodWord}s in this range to see anyone come back.</div>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={view.retention} margin={{ top: 14, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={COLORS.grid} vertical={false} />
                <XAxis
                  dataKey="offset"
                  {...offsetAxis}
                  tick={AXIS_TICK}
                  tickLine={false}
                  axisLine={{ stroke: COLORS.grid }}
                  tickFormatter={(v: number) => `+${v}`}
                />
                <YAxis
                  ticks={[0, 25, 50, 75, 100]}
                  interval={0}
                  tick={AXIS_TICK}
                  width={40}
                  tickLine={false}
                  axisLine={false}
                  domain={[0, 100]}
                  tickFormatter={(v: number) => `${v}%`}
                />
                <Tooltip
                  content={({ active, payload }) => {
                    if (!active || !payload?.length) return null
                    const row = payload[0].payload as Record<string, number | null>
                    return (
                      <TooltipBox
                        title={`${plural(Number(row.offset), periodWord, `${periodWord}s`)} after the first payment`}
                        items={payload.map((p) => ({
                          name: String(p.name),
                          color: String(p.color),
                          value: `${Number(p.value).toFixed(1)}%`,
                        }))}
                      />
                    )
                  }}
                />
                {view.cohorts.map((c, i) => (
                  <Line
                    key={c.key}
                    dataKey={c.key}
                    name={`${bucket === 'week' ? 'Week of ' : ''}${formatAxisDay(c.t)} (${plural(c.size, 'wallet', 'wallets')})`}
                    stroke={COHORT_SHADES[COHORT_SHADES.length - view.cohorts.length + i]}
                    strokeWidth={1.4}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
                <Line dataKey="all" name="All cohorts" stroke="#17202e" strokeWidth={2.4} dot={{ r: 2 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          )}
        </div>
        {view.retention.length > 0 && (
          <ChartLegend
            entries={[
              ...view.cohorts.map((c, i) => ({
                name: `${bucket === 'week' ? 'Week of ' : ''}${formatAxisDay(c.t)} (${plural(c.size, 'wallet', 'wallets')})`,
                color: COHORT_SHADES[COHORT_SHADES.length - view.cohorts.length + i],
                kind: 'line' as const,
              })),
              { name: 'All cohorts', color: '#17202e', kind: 'line' },
            ]}
          />
        )}
      </div>
    </div>
  )
}
