import { cloneElement, createContext, useContext, useLayoutEffect, useRef, useState, type ReactElement } from 'react'

interface Size {
  width: number
  height: number
}

/** Whether someone has pointed at, touched or focused the chart: its tooltip is built only then (OnDemandTooltip). */
const Engaged = createContext(false)

export const useChartEngaged = () => useContext(Engaged)

/** One observer for every chart on the page, rather than one per chart. */
const callbacks = new WeakMap<Element, () => void>()
let observer: ResizeObserver | null = null
function observe(element: Element, onResize: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {}
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) callbacks.get(entry.target)?.()
  })
  callbacks.set(element, onResize)
  observer.observe(element)
  return () => {
    callbacks.delete(element)
    observer?.unobserve(element)
  }
}

const sameSize = (a: Size | null, b: Size) => a !== null && a.width === b.width && a.height === b.height

/**
 * Fills its box (a .chart-box of a set height) with a recharts chart given the box's size in pixels, in
 * place of recharts' ResponsiveContainer. The size is read in a layout effect, so the chart is drawn in
 * the same task as the answer that brought its data, before the browser paints; ResponsiveContainer
 * draws nothing until its own ResizeObserver reports, which comes after a paint, so each chart cost
 * an extra render, layout and paint. Later resizes (a window resized, a phone turned) go through one
 * observer shared by every chart.
 */
export function FitChart({ children }: { children: ReactElement<Partial<Size>> }) {
  const box = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState<Size | null>(null)
  const [engaged, setEngaged] = useState(false)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const measure = () => {
      const next = { width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight) }
      setSize((prev) => (sameSize(prev, next) ? prev : next))
    }
    measure()
    const stopObserving = observe(element, measure)
    // listened to, not handled: the box itself does nothing on these, the chart inside does
    const engage = () => setEngaged(true)
    const events = ['pointerenter', 'touchstart', 'focusin'] as const
    for (const type of events) element.addEventListener(type, engage, { once: true, passive: true })
    return () => {
      stopObserving()
      for (const type of events) element.removeEventListener(type, engage)
    }
  }, [])
  return (
    <div ref={box} className="fit-chart">
      {size && size.width > 0 && size.height > 0 && <Engaged.Provider value={engaged}>{cloneElement(children, size)}</Engaged.Provider>}
    </div>
  )
}
