export type GapFill = 'ZERO' | 'CARRY_FORWARD'

export interface FilledPoint {
  t: number
  value: string | null
  /** true when no stored row covered the bucket and the value was filled in */
  filled: boolean
}

/**
 * One point per bucket. Flows (counts, volumes) are 0 where nothing was stored: no row means
 * nothing happened. Levels (supply, stake, price) keep the last known value, starting from `seed`
 * (the last value before the range); before any observation they are null, never invented.
 */
export function fillGaps(buckets: readonly number[], observed: ReadonlyMap<number, string>, mode: GapFill, seed: string | null = null): FilledPoint[] {
  let last = seed
  return buckets.map((t) => {
    const value = observed.get(t)
    if (value !== undefined) {
      last = value
      return { t, value, filled: false }
    }
    return { t, value: mode === 'ZERO' ? '0' : last, filled: true }
  })
}
