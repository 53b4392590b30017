import { DAY_MS } from '@og-explorer/common'
import { useMemo } from 'react'
import type { SupplyChartData } from './mapper'
import { formatCompact, formatDay } from '../../lib/format'
import { ChartLegend } from '../../charts/ChartLegend'
import { dropCollinearRows } from '../../charts/collinear-rows'
import { edgeAnchor } from '../../charts/marker-labels'
import { formatTimeTick, timeTicks, zeroBasedTicks } from '../../charts/ticks'
import { TooltipBox } from '../../charts/ChartTooltip'
import { ALLOCATION_COLORS, COLORS } from '../../charts/theme'
import { BottomAxis, Grid, Marker, SideAxis } from '../../charts/svg/axes'
import { ChartFrame, type Plot } from '../../charts/svg/ChartFrame'
import { areaPath, linePath } from '../../charts/svg/path'
import { linearScale, nearestIndex } from '../../charts/svg/scale'

/** the unclaimed band wears the airdrop's colour: it is the part of that allocation still in its distributor */
const UNCLAIMED_COLOR = ALLOCATION_COLORS.airdrop ?? '#999'
const MARGIN = { top: 18, right: 44, bottom: 30, left: 48 }
const PCT_TICKS = [0, 25, 50, 75, 100]

interface SupplyChartProps {
  data: SupplyChartData
  /** wall-clock now: when the index is behind, "today" and the last indexed day differ */
  now?: number
  height?: number
}

interface FlatRow {
  t: number
  projected: boolean
  circulatingObserved: number | null
  circulatingProjected: number | null
  unclaimedAirdrop: number | null
  /** [circulating %, circulating % + unclaimed airdrop %]: the band of airdrop that could still be claimed */
  airdropBand: [number, number] | null
  /** unlocked OPG by allocation, in millions, in the order of data.allocations */
  unlocked: number[]
}

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
    const flat = data.rows.map(
      (r): FlatRow => ({
        t: r.t,
        projected: r.projected,
        circulatingObserved: r.circulatingObserved,
        circulatingProjected: r.circulatingProjected,
        unclaimedAirdrop: r.unclaimedAirdrop,
        airdropBand: airdropBand(r),
        unlocked: data.allocations.map((a) => (r.values[a.id] ?? 0) / 1e6),
      }),
    )
    // the weekly schedule is mostly straight stretches: the areas and lines are the same without their inner rows
    return dropCollinearRows(flat, (f) => [
      f.projected ? 1 : 0,
      f.circulatingObserved,
      f.circulatingProjected,
      f.unclaimedAirdrop,
      f.airdropBand?.[0] ?? null,
      f.airdropBand?.[1] ?? null,
      ...f.unlocked,
    ])
  }, [data])
  const times = useMemo(() => rows.map((r) => r.t), [rows])
  const opg = useMemo(() => zeroBasedTicks(Math.max(1e-6, ...rows.map((r) => r.unlocked.reduce((s, v) => s + v, 0))), 5), [rows])
  const first = rows[0]?.t ?? 0
  const last = rows.at(-1)?.t ?? 0
  // quarters (or months on a short range) across the whole schedule, cliffs included
  const xTicks = useMemo(() => timeTicks(first, last, 8), [first, last])
  const today = data.observedUntil
  const behind = today !== null && now - today > 2 * DAY_MS
  const todayLabel = today === null ? '' : behind ? `Indexed to ${formatDay(today)}` : 'Today'
  const xOf = (plot: Plot) => linearScale([first, last], [plot.left, plot.right])
  return (
    <>
      <ChartFrame
        height={height}
        margin={MARGIN}
        label="Unlocked OPG by allocation and the circulating share of supply"
        testId="supply-chart"
        targets={rows.length}
        targetAt={(x, _, plot) =>
          x < plot.left - 4 || x > plot.right + 4 ? null : nearestIndex(times, first + ((x - plot.left) / Math.max(1, plot.width)) * (last - first))
        }
        anchorOf={(i, plot) => ({ x: xOf(plot)(rows[i].t), y: plot.top + 10 })}
        cursorOf={(i, plot) => ({ x: xOf(plot)(rows[i].t) - 0.5, y: plot.top, width: 1, height: plot.height })}
        tooltip={(i) => {
          const r = rows[i]
          const items = data.allocations.map((a, j) => ({
            name: a.label,
            color: ALLOCATION_COLORS[a.id] ?? '#999',
            value: `${formatCompact(r.unlocked[j] * 1e6)} OPG`,
          }))
          const pct = r.circulatingObserved ?? r.circulatingProjected
          items.push({ name: 'Circulating', color: '#17202e', value: pct == null ? '—' : `${pct.toFixed(2)}%` })
          if (r.unclaimedAirdrop != null)
            items.push({ name: 'Unclaimed airdrop (not circulating)', color: UNCLAIMED_COLOR, value: `${r.unclaimedAirdrop.toFixed(2)}%` })
          return (
            <TooltipBox title={`${formatDay(r.t)} (UTC)`} items={items} note={r.projected ? 'Forecast from the last observed value' : 'Observed on chain'} />
          )
        }}
      >
        {(plot) => {
          const x = xOf(plot)
          const y = linearScale([opg.ticks[0], opg.ticks.at(-1) ?? 1], [plot.bottom, plot.top])
          const pctY = linearScale([0, 100], [plot.bottom, plot.top])
          // each allocation's area sits on the ones before it
          const stacked = rows.map((r) => {
            let sum = 0
            return r.unlocked.map((v) => (sum += v))
          })
          return (
            <>
              <Grid plot={plot} ys={opg.ticks.map(y)} />
              {data.allocations.map((a, j) => (
                <path
                  key={a.id}
                  className="chart-area"
                  d={areaPath(rows.map((r, i) => ({ x: x(r.t), top: y(stacked[i][j]), bottom: y(j === 0 ? 0 : stacked[i][j - 1]) })))}
                  fill={ALLOCATION_COLORS[a.id] ?? '#999'}
                  fillOpacity={0.75}
                  stroke={ALLOCATION_COLORS[a.id] ?? '#999'}
                  strokeWidth={0.8}
                />
              ))}
              {today !== null && today < last && (
                <g>
                  <rect x={x(today)} y={plot.top} width={Math.max(0, x(last) - x(today))} height={plot.height} fill="#ffffff" fillOpacity={0.45} />
                  <text x={x(last) - 5} y={plot.top + 5} dy="0.71em" textAnchor="end" fontSize={11} fill={COLORS.axis}>
                    Projected
                  </text>
                </g>
              )}
              <path
                className="chart-area"
                d={areaPath(rows.flatMap((r) => (r.airdropBand ? [{ x: x(r.t), top: pctY(r.airdropBand[1]), bottom: pctY(r.airdropBand[0]) }] : [])))}
                fill={UNCLAIMED_COLOR}
                fillOpacity={0.35}
              />
              <path
                className="chart-line"
                d={linePath(rows.map((r) => (r.circulatingObserved == null ? null : ([x(r.t), pctY(r.circulatingObserved)] as const))))}
                fill="none"
                stroke="#17202e"
                strokeWidth={2}
              />
              <path
                className="chart-line"
                d={linePath(rows.map((r) => (r.circulatingProjected == null ? null : ([x(r.t), pctY(r.circulatingProjected)] as const))))}
                fill="none"
                stroke="#17202e"
                strokeWidth={1.5}
                strokeDasharray="4 3"
              />
              {today !== null && (
                <Marker
                  x={x(today)}
                  plot={plot}
                  color={COLORS.today}
                  strokeWidth={1.5}
                  label={todayLabel}
                  labelPosition="above"
                  labelAnchor={edgeAnchor(today, first, last)}
                />
              )}
              {data.nextCliff && (
                <Marker x={x(data.nextCliff.t)} plot={plot} color={COLORS.cliff} dashed strokeWidth={1.5} label={`Cliff ${formatDay(data.nextCliff.t)}`} />
              )}
              <BottomAxis
                plot={plot}
                width={plot.right + MARGIN.right}
                line
                ticks={xTicks.ticks.map((t) => ({ at: x(t), label: formatTimeTick(t, xTicks.unit) }))}
              />
              <SideAxis plot={plot} side="left" ticks={opg.ticks.map((v) => ({ at: y(v), label: formatCompact(v * 1e6) }))} />
              <SideAxis plot={plot} side="right" ticks={PCT_TICKS.map((v) => ({ at: pctY(v), label: `${v}%` }))} />
            </>
          )
        }}
      </ChartFrame>
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
