import { AXIS_TICK, COLORS } from '../theme'
import type { Plot } from './ChartFrame'

/** one labelled tick: where it is drawn (a pixel along its axis) and what it reads */
export interface Tick {
  at: number
  label: string
}

const FONT = { fontSize: AXIS_TICK.fontSize, fill: AXIS_TICK.fill }
/** a label's half width guessed from its length, to keep the first and last labels inside the chart */
const halfWidth = (label: string) => label.length * 3.2

/** Tick labels under the plot, each centred on its tick unless that would leave the chart; the axis line when asked. */
export function BottomAxis({ ticks, plot, width, line = false }: { ticks: readonly Tick[]; plot: Plot; width: number; line?: boolean }) {
  return (
    <g className="chart-axis chart-axis-x">
      {line && <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={COLORS.grid} />}
      {ticks.map((t) => {
        const x = Math.min(Math.max(t.at, halfWidth(t.label)), width - halfWidth(t.label))
        return (
          <text key={`${t.at}-${t.label}`} x={x} y={plot.bottom + 15} textAnchor="middle" {...FONT}>
            {t.label}
          </text>
        )
      })}
    </g>
  )
}

/** Tick labels beside the plot, on its left or right. */
export function SideAxis({
  ticks,
  plot,
  side,
  style,
}: {
  ticks: readonly Tick[]
  plot: Plot
  side: 'left' | 'right'
  style?: { fill?: string; fontFamily?: string }
}) {
  const x = side === 'left' ? plot.left - 6 : plot.right + 6
  return (
    <g className={`chart-axis chart-axis-${side}`}>
      {ticks.map((t) => (
        <text key={`${t.at}-${t.label}`} x={x} y={t.at} dy="0.32em" textAnchor={side === 'left' ? 'end' : 'start'} {...FONT} {...style}>
          {t.label}
        </text>
      ))}
    </g>
  )
}

/** Grid lines across the plot: horizontal at `ys`, vertical at `xs`. */
export function Grid({ plot, ys = [], xs = [] }: { plot: Plot; ys?: readonly number[]; xs?: readonly number[] }) {
  return (
    <g className="chart-grid" stroke={COLORS.grid}>
      {ys.map((y) => (
        <line key={`y${y}`} x1={plot.left} x2={plot.right} y1={y} y2={y} />
      ))}
      {xs.map((x) => (
        <line key={`x${x}`} x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
      ))}
    </g>
  )
}

interface MarkerProps {
  x: number
  plot: Plot
  color: string
  dashed?: boolean
  strokeWidth?: number
  label?: string
  /** inside the plot's top edge, to the right of the line (spikes, cliffs), or above the plot (today) */
  labelPosition?: 'inside' | 'above'
  labelAnchor?: 'start' | 'middle' | 'end'
  className?: string
}

/** A vertical line across the plot marking a moment (a spike, today, a cliff), with its label. */
export function Marker({ x, plot, color, dashed, strokeWidth = 1, label, labelPosition = 'inside', labelAnchor, className }: MarkerProps) {
  return (
    <g className={className}>
      <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={color} strokeWidth={strokeWidth} strokeDasharray={dashed ? '4 3' : undefined} />
      {label &&
        (labelPosition === 'inside' ? (
          <text x={x + 5} y={plot.top + 5} dy="0.71em" textAnchor="start" fontSize={11} fill={color}>
            {label}
          </text>
        ) : (
          <text x={x} y={plot.top - 5} textAnchor={labelAnchor ?? 'middle'} fontSize={11} fill={color}>
            {label}
          </text>
        ))}
    </g>
  )
}
