/** Fixed-point helpers, so USD arithmetic on wei amounts never passes through floating point. */
import { OPG_UNIT, formatUnits as formatDecimal, parseUnits as parseDecimal } from '@og-explorer/common'

// Fixed-point reading and writing is common's (it is the wei ↔ OPG conversion too), under the names used here.
export { formatDecimal, parseDecimal }

/** USD value of an OPG amount in wei at a price in USD per OPG, rounded down to `scale` digits. */
export function weiToUsd(wei: bigint, priceUsd: string, scale = 6): string {
  const price = parseDecimal(priceUsd, 18)
  return formatDecimal((wei * price * 10n ** BigInt(scale)) / (OPG_UNIT * OPG_UNIT), scale)
}

/** a / b as a float, for ratios (null when b is 0) */
export function ratio(a: string, b: string): number | null {
  const d = Number(b)
  return d === 0 ? null : Number(a) / d
}
