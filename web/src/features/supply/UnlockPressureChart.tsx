import type { PressureBar } from './mapper'
import { formatCompact, formatUsd } from '../../lib/format'
import { TooltipBox } from '../../charts/ChartTooltip'
import { COLORS } from '../../charts/theme'
import { logAxisTicks } from '../../charts/ticks'
import { BottomAxis, Grid, SideAxis } from '../../charts/svg/axes'
import { ChartFrame } from '../../charts/svg/ChartFrame'
import { bandScale, logScale } from '../../charts/svg/scale'

const BAR_COLORS: Record<PressureBar['key'], string> = { revenue: COLORS.revenue, unlocking: COLORS.unlocking, cliff: COLORS.cliff }
const MARGIN = { top: 4, right: 70, bottom: 30, left: 170 }
const BAR_SIZE = 22
/** a log axis cannot draw 0: such a bar is drawn at one cent and labelled with its real value */
const FLOOR_USD = 0.01

/**
 * Trailing x402 revenue against the USD value of the next window's unlocks (and the first window
 * after the cliff). Revenue and unlocks can differ by orders of magnitude, so the axis is
 * logarithmic and each bar carries its value.
 */
export function UnlockPressureChart({ bars, height = 170 }: { bars: PressureBar[]; height?: number }) {
  // decade ticks: three, since the card's plot is a hundred-odd pixels wide on a phone, beside the bar names and value labels
  const axis = logAxisTicks(FLOOR_USD, Math.max(FLOOR_USD, ...bars.map((b) => b.usd)), 3)
  const rows = (plotTop: number, plotBottom: number) => bandScale(bars.length, [plotTop, plotBottom])
  return (
    <ChartFrame
      height={height}
      margin={MARGIN}
      label="Unlock pressure: revenue against unlocks, in USD"
      testId="pressure-chart"
      targets={bars.length}
      targetAt={(_, y, plot) => rows(plot.top, plot.bottom).indexAt(y)}
      anchorOf={(i, plot) => ({ x: plot.left + plot.width / 3, y: rows(plot.top, plot.bottom).center(i) })}
      cursorOf={(i, plot) => {
        const band = rows(plot.top, plot.bottom)
        return { x: plot.left, y: plot.top + i * band.step, width: plot.width, height: band.step }
      }}
      tooltip={(i) => {
        const b = bars[i]
        const items = [{ name: 'USD', color: BAR_COLORS[b.key], value: formatUsd(b.usd).text }]
        if (b.opg != null) items.push({ name: 'OPG', color: BAR_COLORS[b.key], value: `${formatCompact(b.opg)} OPG` })
        return <TooltipBox title={b.label} items={items} note={b.key === 'revenue' ? 'At the price of each payment' : 'At the current price'} />
      }}
    >
      {(plot) => {
        const x = logScale(axis.domain, [plot.left, plot.right])
        const band = bandScale(bars.length, [plot.top, plot.bottom], 0, BAR_SIZE)
        return (
          <>
            <Grid plot={plot} xs={axis.ticks.map(x)} />
            <BottomAxis plot={plot} width={plot.right + MARGIN.right} ticks={axis.ticks.map((v) => ({ at: x(v), label: `$${formatCompact(v, 2)}` }))} />
            <SideAxis plot={plot} side="left" style={{ fill: '#17202e' }} ticks={bars.map((b, i) => ({ at: band.center(i), label: b.label }))} />
            {bars.map((b, i) => {
              const end = x(Math.max(b.usd, FLOOR_USD))
              return (
                <g key={b.key}>
                  <rect
                    className="chart-bar"
                    x={plot.left}
                    y={band.start(i)}
                    width={Math.max(0, end - plot.left)}
                    height={band.inner}
                    fill={BAR_COLORS[b.key]}
                  />
                  <text x={end + 5} y={band.center(i)} dy="0.32em" fontSize={12} fill="#17202e">
                    {formatUsd(b.usd).text}
                  </text>
                </g>
              )
            })}
          </>
        )
      }}
    </ChartFrame>
  )
}
