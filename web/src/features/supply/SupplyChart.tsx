import { DAY_MS } from '@og-explorer/common'
import { useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { SupplyChartData } from './mapper'
import { formatCompact, formatDay } from '../../lib/format'
import { ChartLegend } from '../../charts/ChartLegend'
import { dropCollinearRows } from '../../charts/collinear-rows'
import { edgeAnchor } from '../../charts/marker-labels'
import { timeAxis } from '../../charts/ticks'
import { TooltipBox } from '../../charts/ChartTooltip'
import { ALLOCATION_COLORS, AXIS_TICK, COLORS } from '../../charts/theme'

/** the unclaimed band wears the airdrop's colour: it is the part of that allocation still in its distributor */
const UNCLAIMED_COLOR = ALLOCATION_COLORS.airdrop ?? '#999'

interface SupplyChartProps {
  data: SupplyChartData
  /** wall-clock now: when the index is behind, "today" and the last indexed day differ */
  now?: number
  height?: number
}

type FlatRow = {
  t: number
  projected: boolean
  circulatingObserved: number | null
  circulatingProjected: number | null
  unclaimedAirdrop: number | null
  /** [circulating %, circulating % + unclaimed airdrop %]: the band of airdrop that could still be claimed */
  airdropBand: [number, number] | null
} & Record<string, number | boolean | null | [number, number]>

function airdropBand(r: { circulatingObserved: number | null; circulatingProjected: number | null; unclaimedAirdrop: number | null }): [number, number] | null {
  const base = r.circulatingObserved ?? r.circulatingProjected
  return base == null || r.unclaimedAirdrop == null || r.unclaimedAirdrop <= 0 ? null : [base, base + r.unclaimedAirdrop]
}

/**
 * Unlocked OPG by allocation, stacked: observed on chain up to the last indexed day, the projected
 * schedule after it (faded). The circulating share of total supply is the line on the right axis,
 * its forecast starting at the last observed value; the airdrop not yet claimed is a band above it
 * (claimable, not circulating). "today" and the next cliff are marked.
 */
export function SupplyChart({ data, now = Date.now(), height = 320 }: SupplyChartProps) {
  const rows = useMemo(() => {
    const flat = data.rows.map((r) => {
      const f: FlatRow = {
        t: r.t,
        projected: r.projected,
        circulatingObserved: r.circulatingObserved,
        circulatingProjected: r.circulatingProjected,
        unclaimedAirdrop: r.unclaimedAirdrop,
        airdropBand: airdropBand(r),
      }
      for (const a of data.allocations) f[`a_${a.id}`] = (r.values[a.id] ?? 0) / 1e6
      return f
    })
    // the weekly schedule is mostly straight stretches: the areas and lines are the same without their inner rows
    return dropCollinearRows(flat, (f) => [
      f.projected ? 1 : 0,
      f.circulatingObserved,
      f.circulatingProjected,
      f.unclaimedAirdrop,
      f.airdropBand?.[0] ?? null,
      f.airdropBand?.[1] ?? null,
      ...data.allocations.map((a) => f[`a_${a.id}`] as number),
    ])
  }, [data])
  const first = rows[0]?.t ?? 0
  const last = rows.at(-1)?.t ?? 0
  const today = data.observedUntil
  const behind = today !== null && now - today > 2 * DAY_MS
  const todayLabel = today === null ? '' : behind ? `Indexed to ${formatDay(today)}` : 'Today'
  const labels = Object.fromEntries(data.allocations.map((a) => [`a_${a.id}`, a.label]))
  return (
    <>
      <div className="chart-box" style={{ height }} data-testid="supply-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 18, right: 4, bottom: 0, left: 0 }}>
            {/* on the OPG axis's ticks: without an id the grid looks for axis 0, which this chart does not have, and draws no lines */}
            <CartesianGrid stroke={COLORS.grid} vertical={false} yAxisId="opg" />
            {/* quarters (or months on a short range) across the whole schedule, cliffs included */}
            <XAxis dataKey="t" {...timeAxis(first, last, 8)} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.grid }} />
            <YAxis
              yAxisId="opg"
              interval={0}
              tick={AXIS_TICK}
              tickFormatter={(v: number) => formatCompact(v * 1e6)}
              width={48}
              tickLine={false}
              axisLine={false}
            />
            <YAxis
              yAxisId="pct"
              orientation="right"
              domain={[0, 100]}
              interval={0}
              tick={AXIS_TICK}
              tickFormatter={(v: number) => `${v}%`}
              width={40}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              content={({ active, payload }) => {
                const r = active && payload?.[0] ? (payload[0].payload as FlatRow) : null
                if (!r) return null
                const items = data.allocations.map((a) => ({
                  name: a.label,
                  color: ALLOCATION_COLORS[a.id] ?? '#999',
                  value: `${formatCompact((r[`a_${a.id}`] as number) * 1e6)} OPG`,
                }))
                const pct = r.circulatingObserved ?? r.circulatingProjected
                items.push({ name: 'Circulating', color: '#17202e', value: pct == null ? '—' : `${pct.toFixed(2)}%` })
                if (r.unclaimedAirdrop != null)
                  items.push({ name: 'Unclaimed airdrop (not circulating)', color: UNCLAIMED_COLOR, value: `${r.unclaimedAirdrop.toFixed(2)}%` })
                return (
                  <TooltipBox
                    title={`${formatDay(r.t)} (UTC)`}
                    items={items}
                    note={r.projected ? 'Forecast from the last observed value' : 'Observed on chain'}
                  />
                )
              }}
            />
            {data.allocations.map((a) => (
              <Area
                key={a.id}
                yAxisId="opg"
                type="linear"
                dataKey={`a_${a.id}`}
                name={labels[`a_${a.id}`]}
                stackId="supply"
                stroke={ALLOCATION_COLORS[a.id] ?? '#999'}
                fill={ALLOCATION_COLORS[a.id] ?? '#999'}
                fillOpacity={0.75}
                strokeWidth={0.8}
                isAnimationActive={false}
              />
            ))}
            {today !== null && today < last && (
              <ReferenceArea
                yAxisId="opg"
                x1={today}
                x2={last}
                fill="#ffffff"
                fillOpacity={0.45}
                label={{ value: 'Projected', position: 'insideTopRight', fontSize: 11, fill: COLORS.axis }}
              />
            )}
            <Area
              yAxisId="pct"
              type="linear"
              dataKey="airdropBand"
              name="Unclaimed airdrop %"
              stroke="none"
              fill={UNCLAIMED_COLOR}
              fillOpacity={0.35}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              yAxisId="pct"
              dataKey="circulatingObserved"
              name="Circulating % (observed)"
              stroke="#17202e"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="pct"
              dataKey="circulatingProjected"
              name="Circulating % (forecast)"
              stroke="#17202e"
              strokeWidth={1.5}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            {today !== null && (
              <ReferenceLine
                yAxisId="opg"
                x={today}
                stroke={COLORS.today}
                strokeWidth={1.5}
                label={{ value: todayLabel, position: 'top', textAnchor: edgeAnchor(today, first, last), fontSize: 11, fill: COLORS.today }}
              />
            )}
            {data.nextCliff && (
              <ReferenceLine
                yAxisId="opg"
                x={data.nextCliff.t}
                stroke={COLORS.cliff}
                strokeDasharray="4 3"
                strokeWidth={1.5}
                label={{ value: `Cliff ${formatDay(data.nextCliff.t)}`, position: 'insideTopLeft', fontSize: 11, fill: COLORS.cliff }}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        entries={[
          ...data.allocations.map((a) => ({ name: a.label, color: ALLOCATION_COLORS[a.id] ?? '#999', kind: 'swatch' as const })),
          { name: 'Unclaimed airdrop %', color: UNCLAIMED_COLOR, kind: 'swatch' },
          { name: 'Circulating % (observed)', color: '#17202e', kind: 'line' },
          { name: 'Circulating % (forecast)', color: '#17202e', kind: 'line', dashed: true },
        ]}
      />
    </>
  )
}
