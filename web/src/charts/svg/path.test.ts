import { describe, expect, it } from 'vitest'
import { areaPath, linePath, monotoneTangents, segments, type Point } from './path'

/** the numbers of a path's data, in order */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number)

describe('segments', () => {
  it('splits at nulls and drops empty runs', () => {
    expect(segments([1, 2, null, null, 3, null])).toEqual([[1, 2], [3]])
    expect(segments([null])).toEqual([])
  })
})

describe('linePath', () => {
  it('draws straight segments through every point, broken at a gap', () => {
    const d = linePath([[0, 10], [5, 20], null, [10, 0], [15, 5]])
    expect(d).toBe('M0,10L5,20M10,0L15,5')
  })
  it('joins over gaps when asked', () => {
    expect(linePath([[0, 10], null, [10, 0]], 'linear', true)).toBe('M0,10L10,0')
  })
  it('passes a monotone curve through every point', () => {
    const pts: Point[] = [
      [0, 0],
      [10, 5],
      [20, 30],
      [30, 31],
      [40, 10],
    ]
    const d = linePath(pts, 'monotone')
    const n = numbers(d)
    // M x0,y0 then one C per piece: two control points and the piece's end
    expect(n.slice(0, 2)).toEqual([0, 0])
    for (let i = 1; i < pts.length; i++) expect(n.slice(2 + (i - 1) * 6 + 4, 2 + i * 6)).toEqual([...pts[i]])
  })
  it('keeps each monotone piece between its two ends (no overshoot)', () => {
    const pts: Point[] = [
      [0, 0],
      [1, 100],
      [2, 101],
      [3, 101],
      [4, 0],
      [5, 3],
    ]
    const n = numbers(linePath(pts, 'monotone'))
    for (let i = 0; i < pts.length - 1; i++) {
      const lo = Math.min(pts[i][1], pts[i + 1][1])
      const hi = Math.max(pts[i][1], pts[i + 1][1])
      const [, c1y, , c2y] = n.slice(2 + i * 6, 2 + i * 6 + 4)
      expect(c1y).toBeGreaterThanOrEqual(lo - 1e-9)
      expect(c1y).toBeLessThanOrEqual(hi + 1e-9)
      expect(c2y).toBeGreaterThanOrEqual(lo - 1e-9)
      expect(c2y).toBeLessThanOrEqual(hi + 1e-9)
    }
  })
  it('gives a flat tangent at a local extreme and the secant at the ends', () => {
    const m = monotoneTangents([
      [0, 0],
      [1, 2],
      [2, 0],
      [3, 3],
    ])
    expect(m[1]).toBe(0)
    expect(m[0]).toBe(2)
    expect(m[3]).toBe(3)
  })
})

describe('areaPath', () => {
  it('closes the top edge with the bottom edge walked back', () => {
    const d = areaPath([
      { x: 0, top: 1, bottom: 5 },
      { x: 10, top: 2, bottom: 6 },
    ])
    expect(d).toBe('M0,1L10,2L10,6L0,5Z')
  })
  it('draws one closed shape per run between gaps', () => {
    const d = areaPath([{ x: 0, top: 1, bottom: 5 }, { x: 1, top: 1, bottom: 5 }, null, { x: 3, top: 0, bottom: 2 }, { x: 4, top: 0, bottom: 2 }])
    expect(d.match(/Z/g)?.length).toBe(2)
  })
})
