import { useLayoutEffect, useRef, useState } from 'react'

/** what a chart is drawn at where nothing is laid out (a test's DOM): a box with no width would draw nothing */
const UNLAID_WIDTH = 800

/**
 * The width of the element `ref` is put on, kept up to date as the page resizes. It is read before the first
 * paint (a layout effect), so a chart is painted once, at its width, instead of empty and then drawn.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measured = el.getBoundingClientRect().width
    setWidth(Math.floor(measured > 0 ? measured : UNLAID_WIDTH))
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0)
      if (w > 0) setWidth(w)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
