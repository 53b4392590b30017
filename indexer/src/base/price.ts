import { BigDecimal } from '@subsquid/big-decimal'

/** Significant digits kept in stored USD values: far more than a price needs, and bounded. */
export const USD_DIGITS = 18
const Q192 = 2n ** 192n
const OPG_DECIMALS = 18

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
  const raw = opgIsToken0 ? BigDecimal(squared).div(BigDecimal(Q192)) : BigDecimal(Q192).div(BigDecimal(squared))
  return roundUsd(raw.times(BigDecimal(10).pow(OPG_DECIMALS - usdcDecimals)))
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
