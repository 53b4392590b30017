import { describe, expect, it } from 'vitest'
import { dropCollinearRows, type RowValues } from './collinear-rows'

const WEEK = 7 * 86_400_000
type Row = { t: number; v: RowValues }
const valuesOf = (r: Row) => r.v

/** a small deterministic generator, so a failure can be replayed */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * The obvious version: drawing every row. A chart joins consecutive points with straight lines and
 * leaves a series out where it is null, so the kept rows draw the same when every left-out row lies,
 * for each series, on the segment between the kept rows around it, or that series is absent at all three.
 */
function expectSameDrawing(rows: Row[], kept: Row[]): void {
  expect(kept[0]).toBe(rows[0])
  expect(kept.at(-1)).toBe(rows.at(-1))
  const wrong: string[] = []
  let k = 0
  for (const row of rows) {
    while (kept[k + 1] && kept[k + 1].t <= row.t) k++
    if (kept[k] === row) continue
    const [a, c] = [kept[k], kept[k + 1]]
    row.v.forEach((y, j) => {
      const [x, z] = [a.v[j], c.v[j]]
      if (y === null || x === null || z === null) {
        if (y !== null || x !== null || z !== null) wrong.push(`series ${j} at ${row.t}: ${x} ${y} ${z}`)
        return
      }
      const drawn = x + ((z - x) * (row.t - a.t)) / (c.t - a.t)
      if (Math.abs(drawn - y) > 1e-6 * Math.max(1, Math.abs(y))) wrong.push(`series ${j} at ${row.t}: ${y} drawn as ${drawn}`)
    })
  }
  expect(wrong).toEqual([])
}

/** series made of linear pieces (some flat, some steps), with a null stretch: a schedule's shape */
function schedule(seed: number, n: number, series: number): Row[] {
  const next = random(seed)
  const state = Array.from({ length: series }, () => ({ value: next() * 1e8, slope: 0 }))
  const rows: Row[] = []
  for (let i = 0; i < n; i++) {
    for (const s of state) {
      const roll = next()
      if (roll < 0.05) s.slope = next() < 0.5 ? 0 : next() * 1e6
      if (roll > 0.97) s.value += next() * 1e7 // a cliff: a step
      s.value += s.slope
    }
    const observedPart = i < n / 3
    rows.push({
      t: Date.UTC(2026, 3, 6) + i * WEEK,
      v: [...state.map((s) => s.value), observedPart ? state[0].value / 1e6 : null, observedPart ? null : state[0].value / 1e6, i >= n / 3 - 1 ? 1 : 0],
    })
  }
  return rows
}

describe('dropCollinearRows', () => {
  it('draws what every row draws, on schedules of linear pieces, steps and gaps', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rows = schedule(seed, 260, 7)
      const kept = dropCollinearRows(rows, valuesOf)
      expectSameDrawing(rows, kept)
      expect(kept.length).toBeLessThan(rows.length)
    }
  })

  it('keeps every row of a series that bends at each one', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ t: i * WEEK, v: [i * i] }))
    expect(dropCollinearRows(rows, valuesOf)).toEqual(rows)
  })

  it('keeps a slow bend: each row is nearly on the line from its neighbour, not from the last kept row', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ t: i * WEEK, v: [Math.sqrt(i) * 1e6] }))
    const kept = dropCollinearRows(rows, valuesOf)
    expectSameDrawing(rows, kept)
    expect(kept.length).toBe(rows.length)
  })

  it('keeps only the ends of a straight line, and where a series starts or stops', () => {
    const line = Array.from({ length: 100 }, (_, i) => ({ t: i * WEEK, v: [5 + 2 * i, i < 40 ? 1 : null] }))
    const kept = dropCollinearRows(line, valuesOf)
    expect(kept.map((r) => r.t / WEEK)).toEqual([0, 39, 40, 99])
    expectSameDrawing(line, kept)
  })

  it('leaves two rows or fewer as they are', () => {
    const rows = [
      { t: 0, v: [1] },
      { t: WEEK, v: [1] },
    ]
    expect(dropCollinearRows(rows, valuesOf)).toEqual(rows)
    expect(dropCollinearRows([], valuesOf)).toEqual([])
  })
})
