import type { CoverageRow } from './mapper'
import { formatCompact, formatInteger, formatPercent } from '../../lib/format'
import { ChartLegend } from '../../charts/ChartLegend'
import { TooltipBox } from '../../charts/ChartTooltip'
import { COLORS } from '../../charts/theme'
import { zeroBasedTicks } from '../../charts/ticks'
import { BottomAxis, Grid, SideAxis } from '../../charts/svg/axes'
import { ChartFrame } from '../../charts/svg/ChartFrame'
import { bandScale, linearScale } from '../../charts/svg/scale'

const PARTS = [
  { key: 'verified', name: 'Verified', color: COLORS.verified },
  { key: 'invalid', name: 'Invalid / missing', color: COLORS.invalid },
  { key: 'pending', name: 'Pending', color: COLORS.pending },
  { key: 'unverifiable', name: 'Cannot be checked', color: COLORS.unverifiable },
] as const

const MARGIN = { top: 4, right: 12, bottom: 30, left: 110 }
const BAR_SIZE = 18
const LABEL_STYLE = { fill: '#17202e', fontFamily: 'ui-monospace, monospace' }

interface CoverageChartProps {
  rows: CoverageRow[]
  /** how a row's key is shown on the axis (TEE ids are shortened) */
  labelOf?: (key: string) => string
  testId?: string
  /** the chart's accessible name */
  label?: string
}

/** Settled inferences per group, split into verified, invalid, pending and unverifiable: one stacked bar per row. */
export function CoverageChart({ rows, labelOf = (k) => k, testId, label = 'Proof coverage' }: CoverageChartProps) {
  const height = 56 + rows.length * 30
  const max = Math.max(1, ...rows.map((r) => PARTS.reduce((s, p) => s + r[p.key], 0)))
  const { ticks } = zeroBasedTicks(max, 5)
  return (
    <>
      <ChartFrame
        height={height}
        margin={MARGIN}
        label={label}
        testId={testId}
        targets={rows.length}
        targetAt={(_, y, plot) => bandScale(rows.length, [plot.top, plot.bottom]).indexAt(y)}
        anchorOf={(i, plot) => ({ x: plot.left + plot.width / 3, y: bandScale(rows.length, [plot.top, plot.bottom]).center(i) })}
        cursorOf={(i, plot) => {
          const band = bandScale(rows.length, [plot.top, plot.bottom])
          return { x: plot.left, y: plot.top + i * band.step, width: plot.width, height: band.step }
        }}
        tooltip={(i) => {
          const r = rows[i]
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
      >
        {(plot) => {
          const x = linearScale([ticks[0], ticks.at(-1) ?? 1], [plot.left, plot.right])
          const band = bandScale(rows.length, [plot.top, plot.bottom], 0, BAR_SIZE)
          return (
            <>
              <Grid plot={plot} xs={ticks.map(x)} />
              <BottomAxis plot={plot} width={plot.right + MARGIN.right} ticks={ticks.map((v) => ({ at: x(v), label: formatCompact(v) }))} />
              <SideAxis plot={plot} side="left" style={LABEL_STYLE} ticks={rows.map((r, i) => ({ at: band.center(i), label: labelOf(r.key) }))} />
              {rows.map((r, i) => {
                let from = 0
                return (
                  <g key={r.key} className="chart-bar-stack">
                    {PARTS.map((p) => {
                      const v = r[p.key]
                      const x0 = x(from)
                      from += v
                      return v > 0 ? (
                        <rect key={p.key} className="chart-bar" x={x0} y={band.start(i)} width={x(from) - x0} height={band.inner} fill={p.color} />
                      ) : null
                    })}
                  </g>
                )
              })}
            </>
          )
        }}
      </ChartFrame>
      <ChartLegend entries={PARTS.map((p) => ({ name: p.name, color: p.color, kind: 'swatch' }))} />
    </>
  )
}
