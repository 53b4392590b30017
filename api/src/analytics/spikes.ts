/**
 * Usage spikes: a period whose count rises above a robust baseline of the periods before it. The
 * baseline is the median of the trailing window and the spread its median absolute deviation
 * (MAD), scaled by 1.4826 so that it estimates a standard deviation for normal data; a period is a
 * spike when it exceeds median + K × scaled MAD (the Hampel identifier, docs/sources.md#14-hampel-identifier).
 * Medians, unlike means, are not dragged up by the spikes they are meant to expose.
 */

/** how many scaled MADs above the median a period must be (Hampel's usual choice) */
export const SPIKE_K = 3
/** the MAD of a normal distribution times this estimates its standard deviation */
export const MAD_SCALE = 1.4826
/** a window of identical counts has MAD 0: a rise is then judged against one unit, not nothing */
export const MIN_SPREAD = 1

export const DEFAULT_WINDOW = { DAY: 28, WEEK: 12, MONTH: 6 } as const

export interface SpikePoint {
  t: number
  value: number
  /** median of the trailing window; null until half a window of history exists */
  baseline: number | null
  /** baseline + K × max(scaled MAD, MIN_SPREAD) */
  threshold: number | null
  spike: boolean
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * Judges each of `values` from index `start` on against the `window` values before it (fewer at
 * the start of the data, but at least half a window, else the period is not judged).
 */
export function detectSpikes(values: readonly { t: number; value: number }[], start: number, window: number, k = SPIKE_K): SpikePoint[] {
  const out: SpikePoint[] = []
  for (let i = start; i < values.length; i++) {
    const history = values.slice(Math.max(0, i - window), i).map((v) => v.value)
    const { t, value } = values[i]
    if (history.length < Math.ceil(window / 2)) {
      out.push({ t, value, baseline: null, threshold: null, spike: false })
      continue
    }
    const baseline = median(history)
    const mad = median(history.map((v) => Math.abs(v - baseline)))
    const threshold = baseline + k * Math.max(MAD_SCALE * mad, MIN_SPREAD)
    out.push({ t, value, baseline, threshold, spike: value > threshold })
  }
  return out
}

/** What drove a spike, counted over the payments of its period. */
export interface SpikeDrivers {
  payments: number
  /** payments made by wallets whose first payment ever fell in the period */
  newWalletPayments: number
  newWallets: number
  /** new wallets with no payment in any later period (up to the indexed head) */
  newWalletsNotReturned: number
}

export function driverShares(d: SpikeDrivers) {
  return {
    ...d,
    newWalletPaymentShare: d.payments > 0 ? d.newWalletPayments / d.payments : null,
    notReturnedShare: d.newWallets > 0 ? d.newWalletsNotReturned / d.newWallets : null,
  }
}
