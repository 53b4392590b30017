/**
 * The mappings from data values to pixels the overview's SVG charts draw with: a number axis (linear or
 * logarithmic) and a band axis of categories (a bar per day, a row per node).
 */

export interface Scale {
  (value: number): number
  domain: readonly [number, number]
  range: readonly [number, number]
}

/** value → pixel, straight: domain[0] at range[0], domain[1] at range[1]; a flat domain maps to the range's start */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  return Object.assign((v: number) => r0 + (v - d0) * k, { domain, range })
}

/** value → pixel by decades: a value at or below zero is drawn at the domain's start, as the axis cannot show it */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range)
  return Object.assign((v: number) => inner(Math.log10(Math.max(v, domain[0]))), { domain, range })
}

export interface Band {
  count: number
  /** the width given to each category */
  step: number
  /** the width of what is drawn in it (a bar), centred */
  inner: number
  start(index: number): number
  center(index: number): number
  /** the category under a pixel, or null outside them all */
  indexAt(px: number): number | null
}

/** `count` categories across `range`, each drawn `1 - 2 × gap` of its width (gap: a fraction per side), or `size` pixels wide when given */
export function bandScale(count: number, range: readonly [number, number], gap = 0.1, size?: number): Band {
  const [r0, r1] = range
  const step = count > 0 ? (r1 - r0) / count : 0
  const inner = size !== undefined ? Math.min(size, step) : Math.max(step * (1 - 2 * gap), Math.min(step, 1))
  return {
    count,
    step,
    inner,
    start: (i) => r0 + i * step + (step - inner) / 2,
    center: (i) => r0 + (i + 0.5) * step,
    indexAt: (px) => {
      if (step === 0) return null
      const i = Math.floor((px - r0) / step)
      return i >= 0 && i < count ? i : null
    },
  }
}

/** the index of the value nearest to `v` in ascending `values` (binary search), or null when there are none */
export function nearestIndex(values: readonly number[], v: number): number | null {
  if (values.length === 0) return null
  let lo = 0
  let hi = values.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (values[mid] <= v) lo = mid
    else hi = mid
  }
  return Math.abs(values[hi] - v) < Math.abs(values[lo] - v) ? hi : lo
}
