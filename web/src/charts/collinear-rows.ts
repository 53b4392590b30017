/**
 * Fewer points, the same lines. A chart of linear segments on a time axis draws a row that lies on the
 * straight line between its neighbours exactly as it draws the line without it: a flat stretch of a
 * schedule, or a linear vesting, gives hundreds of such rows, and every one costs the chart a point per
 * series (coordinates, path text, the browser's parsing of it). This keeps the first and last rows and
 * every row where some series bends, starts, stops or changes kind; a hover reads the nearest kept row.
 */

/** a row's drawn values: numbers on the line, null where a series has no value (a gap or its end) */
export type RowValues = (number | null)[]

/** relative slack for floating-point sums: far below a pixel on any chart */
const EPSILON = 1e-9

function onLine(a: number, b: number, c: number, ta: number, tb: number, tc: number): boolean {
  const expected = a + ((c - a) * (tb - ta)) / (tc - ta)
  return Math.abs(b - expected) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c))
}

/** whether row b draws nothing the segment from a to c does not: every series is on that segment, or absent at all three */
function redundant(a: RowValues, b: RowValues, c: RowValues, ta: number, tb: number, tc: number): boolean {
  if (a.length !== b.length || b.length !== c.length || !(ta < tb && tb < tc)) return false
  for (let k = 0; k < b.length; k++) {
    const [x, y, z] = [a[k], b[k], c[k]]
    if (x === null && y === null && z === null) continue
    if (x === null || y === null || z === null) return false
    if (!onLine(x, y, z, ta, tb, tc)) return false
  }
  return true
}

/**
 * The rows to draw, in order: a row is left out when, with every row already left out, it still lies on
 * the segment between the last kept row and the next row. Comparing with the last kept row (not the
 * previous one) keeps a slow bend over many rows from disappearing piece by piece.
 */
export function dropCollinearRows<R extends { t: number }>(rows: readonly R[], valuesOf: (row: R) => RowValues): R[] {
  if (rows.length <= 2) return [...rows]
  const values = rows.map(valuesOf)
  const kept: R[] = [rows[0]]
  let last = 0
  for (let i = 1; i < rows.length - 1; i++) {
    if (redundant(values[last], values[i], values[i + 1], rows[last].t, rows[i].t, rows[i + 1].t)) continue
    kept.push(rows[i])
    last = i
  }
  kept.push(rows[rows.length - 1])
  return kept
}
