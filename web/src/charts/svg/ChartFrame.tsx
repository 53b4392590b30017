import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { useElementWidth } from './useElementWidth'

/** The part of the chart inside its axes, in pixels from the SVG's top left corner. */
export interface Plot {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}

export interface Margin {
  top: number
  right: number
  bottom: number
  left: number
}

/** the band highlighted behind the bucket a tooltip is about */
export interface CursorBox {
  x: number
  y: number
  width: number
  height: number
}

interface ChartFrameProps {
  height: number
  /** room around the plot for the axes' labels */
  margin: Margin
  /** the chart's accessible name; its values are in the card's table ("Show as table") */
  label: string
  testId?: string
  /** how many things a tooltip can be about (buckets, rows); the arrow keys step through them */
  targets: number
  /** the target under a point of the SVG, or null */
  targetAt: (x: number, y: number, plot: Plot) => number | null
  /** where a tooltip opened from the keyboard points at */
  anchorOf: (index: number, plot: Plot) => { x: number; y: number }
  cursorOf?: (index: number, plot: Plot) => CursorBox | null
  tooltip: (index: number) => ReactNode
  children: (plot: Plot) => ReactNode
}

const CURSOR_FILL = 'rgba(47,111,219,0.06)'
/** the tooltip's distance from the pointer */
const OFFSET = 12

/**
 * The frame of every SVG chart on the overview: the box it fills (its width measured, its height given), the
 * plot inside the margins, and a tooltip that follows the pointer or, from the keyboard, the arrow keys (the
 * frame takes focus; Escape closes it). The chart draws its marks into the plot.
 */
export function ChartFrame({ height, margin, label, testId, targets, targetAt, anchorOf, cursorOf, tooltip, children }: ChartFrameProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>()
  const [active, setActive] = useState<{ index: number; x: number; y: number } | null>(null)
  const plot: Plot | null =
    width > 0
      ? {
          left: margin.left,
          top: margin.top,
          right: width - margin.right,
          bottom: height - margin.bottom,
          width: Math.max(0, width - margin.left - margin.right),
          height: Math.max(0, height - margin.top - margin.bottom),
        }
      : null
  const point = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    return { x: e.clientX - box.left, y: e.clientY - box.top }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!plot) return
    const { x, y } = point(e)
    const index = targetAt(x, y, plot)
    setActive(index === null ? null : { index, x, y })
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!plot || targets === 0) return
    const current = active?.index ?? -1
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(targets - 1, current + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? targets - 1
              : null
    if (e.key === 'Escape') setActive(null)
    if (next === null) return
    e.preventDefault()
    setActive({ index: next, ...anchorOf(next, plot) })
  }
  const cursor = plot && active && cursorOf ? cursorOf(active.index, plot) : null
  // the tooltip sits beside the pointer, on the side with more room
  const flip = active !== null && active.x > width / 2
  return (
    <div
      ref={ref}
      className="chart-box chart-frame"
      style={{ height }}
      data-testid={testId}
      role="application"
      aria-roledescription="chart"
      aria-label={`${label}. Arrow keys show each value; the table below lists them all.`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a widget of its own keys: the arrows open each bucket's tooltip, as a pointer does
      tabIndex={0}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setActive(null)}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
    >
      {plot && (
        <svg className="chart-surface" width={width} height={height} aria-hidden="true" focusable="false" style={{ display: 'block', overflow: 'visible' }}>
          {cursor && <rect x={cursor.x} y={cursor.y} width={cursor.width} height={cursor.height} fill={CURSOR_FILL} />}
          {children(plot)}
        </svg>
      )}
      {plot && active && (
        <div
          className="chart-tooltip"
          style={{
            transform: `translate(${flip ? `calc(${active.x - OFFSET}px - 100%)` : `${active.x + OFFSET}px`}, ${Math.max(0, Math.min(active.y, height - 40))}px)`,
          }}
        >
          {tooltip(active.index)}
        </div>
      )}
    </div>
  )
}
