/**
 * SVG path data for lines and areas. A null point breaks a line (a day without a price), as a series with a
 * gap should read; `monotone` draws a smooth curve that never overshoots between two points, so a count that
 * rises from one day to the next is not drawn dipping in between.
 */

export type Point = readonly [number, number]

const n = (v: number) => Math.round(v * 100) / 100

/** runs of consecutive points, split where a point is null */
export function segments<T>(points: ReadonlyArray<T | null>): T[][] {
  const out: T[][] = []
  let run: T[] = []
  for (const p of points) {
    if (p === null) {
      if (run.length) out.push(run)
      run = []
    } else run.push(p)
  }
  if (run.length) out.push(run)
  return out
}

/**
 * Tangents for a monotone cubic through `pts` (x ascending): zero at a local extreme, elsewhere a weighted
 * harmonic mean of the neighbouring slopes (Fritsch and Butland), which keeps each piece within its two ends.
 */
export function monotoneTangents(pts: readonly Point[]): number[] {
  const count = pts.length
  if (count < 2) return pts.map(() => 0)
  const h: number[] = []
  const d: number[] = []
  for (let i = 0; i < count - 1; i++) {
    h.push(pts[i + 1][0] - pts[i][0])
    d.push(h[i] === 0 ? 0 : (pts[i + 1][1] - pts[i][1]) / h[i])
  }
  const m = [d[0]]
  for (let i = 1; i < count - 1; i++) {
    const a = d[i - 1]
    const b = d[i]
    m.push(a * b <= 0 ? 0 : (3 * (h[i - 1] + h[i])) / ((2 * h[i] + h[i - 1]) / a + (h[i] + 2 * h[i - 1]) / b))
  }
  m.push(d[count - 2])
  return m
}

function segmentPath(pts: readonly Point[], curve: 'linear' | 'monotone'): string {
  const [x0, y0] = pts[0]
  if (pts.length === 1) return `M${n(x0)},${n(y0)}h0`
  let out = `M${n(x0)},${n(y0)}`
  if (curve === 'linear' || pts.length === 2) {
    for (let i = 1; i < pts.length; i++) out += `L${n(pts[i][0])},${n(pts[i][1])}`
    return out
  }
  const m = monotoneTangents(pts)
  for (let i = 0; i < pts.length - 1; i++) {
    const [xa, ya] = pts[i]
    const [xb, yb] = pts[i + 1]
    const third = (xb - xa) / 3
    out += `C${n(xa + third)},${n(ya + m[i] * third)},${n(xb - third)},${n(yb - m[i + 1] * third)},${n(xb)},${n(yb)}`
  }
  return out
}

/** a line through the points, broken at nulls (or joined over them with `connectNulls`) */
export function linePath(points: ReadonlyArray<Point | null>, curve: 'linear' | 'monotone' = 'linear', connectNulls = false): string {
  const runs = segments(connectNulls ? points.filter((p): p is Point => p !== null) : points)
  return runs.map((run) => segmentPath(run, curve)).join('')
}

/** an area between a top and a bottom edge at each x, straight between points, broken where a point is null */
export function areaPath(points: ReadonlyArray<{ x: number; top: number; bottom: number } | null>): string {
  return segments(points)
    .map((run) => {
      const top = run.map((p) => `${n(p.x)},${n(p.top)}`).join('L')
      const bottom = [...run]
        .reverse()
        .map((p) => `${n(p.x)},${n(p.bottom)}`)
        .join('L')
      return `M${top}L${bottom}Z`
    })
    .join('')
}
