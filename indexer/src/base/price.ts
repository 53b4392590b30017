import { OPG_DECIMALS } from '@og-explorer/common'
import { BigDecimal } from '@subsquid/big-decimal'

/** Significant digits kept in stored USD values: far more than a price needs, and bounded. */
export const USD_DIGITS = 18
const Q192 = 2n ** 192n

export const ZERO_USD = BigDecimal(0)

export function roundUsd(value: BigDecimal): BigDecimal {
  return value.prec(USD_DIGITS)
}

/**
 * USD per OPG from a v3 pool's sqrtPriceX96. The pool price is token1 per token0 in raw units,
 * (sqrtPriceX96 / 2^96)^2 = sqrtPriceX96^2 / 2^192; it is inverted when OPG is token1, and scaled by
 * 10^(18 - usdcDecimals) to turn raw units into whole tokens. Computed from integers so the only
 * rounding is the final one.
 */
export function priceFromSqrtPriceX96(sqrtPriceX96: bigint, opgIsToken0: boolean, usdcDecimals: number): BigDecimal {
  const squared = sqrtPriceX96 * sqrtPriceX96
  if (squared === 0n) return ZERO_USD
  const scale = 10n ** BigInt(OPG_DECIMALS - usdcDecimals)
  return opgIsToken0 ? roundedQuotient(squared * scale, Q192) : roundedQuotient(Q192 * scale, squared)
}

/**
 * n / d to USD_DIGITS significant digits, half up, in integers: what dividing BigDecimals gives, but
 * without big.js working out 80 decimal places digit by digit (it was a twentieth of Base's CPU).
 */
export function roundedQuotient(n: bigint, d: bigint): BigDecimal {
  // 10^(digits-1) <= n * 10^k / d < 10^digits for the k chosen from the operands' lengths (±1)
  let k = USD_DIGITS - (n.toString().length - d.toString().length) - 1
  const low = 10n ** BigInt(USD_DIGITS - 1)
  const scaled = (k: number) => (k >= 0 ? [n * 10n ** BigInt(k), d] : [n, d * 10n ** BigInt(-k)])
  let [num, den] = scaled(k)
  if (num / den < low) [num, den] = scaled(++k)
  const q = num / den
  const rounded = 2n * (num % den) >= den ? q + 1n : q
  return k >= 0 ? BigDecimal(rounded, k) : BigDecimal(rounded * 10n ** BigInt(-k))
}

/** The pool's signed balance deltas (positive = into the pool), named by token. */
export function swapAmounts(amount0: bigint, amount1: bigint, opgIsToken0: boolean): { amountOpg: bigint; amountUsdc: bigint } {
  return opgIsToken0 ? { amountOpg: amount0, amountUsdc: amount1 } : { amountOpg: amount1, amountUsdc: amount0 }
}

/** USD of a USDC amount in its smallest unit, sign dropped (a volume). */
export function usdcVolumeUsd(amountUsdc: bigint, usdcDecimals: number): BigDecimal {
  const abs = amountUsdc < 0n ? -amountUsdc : amountUsdc
  return roundUsd(BigDecimal(abs, usdcDecimals))
}

/** USD of an OPG amount in wei at `price` USD per OPG; 0 while no price is known. */
export function opgToUsd(amountWei: bigint, price: BigDecimal | undefined): BigDecimal {
  if (!price) return ZERO_USD
  return roundUsd(BigDecimal(amountWei, OPG_DECIMALS).times(price))
}
