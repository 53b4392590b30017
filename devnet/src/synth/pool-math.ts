/**
 * The devnet OPG/USDC pool's arithmetic (contracts/sol/base/UniswapV3StylePool.sol) in bigint, step
 * for step, so a synthetic Swap or Initialize event carries the same words the contract emits.
 */

const FEE_DENOMINATOR = 1_000_000n
const FEE = 3000n
const MIN_TICK = -887272n
const MAX_TICK = 887272n
const MIN_SQRT_RATIO = 4295128739n
const MAX_SQRT_RATIO = 1461446703485210103287273052203988822378723970342n
const LOG2_1_0001_X64 = 2661169563308229n
const UINT128_MAX = (1n << 128n) - 1n
const TWO_256 = 1n << 256n

/** OpenZeppelin Math.sqrt: the floor of the square root */
export function sqrtFloor(n: bigint): bigint {
  if (n < 2n) return n
  // Newton's method from a power of two above the root decreases monotonically to the floor
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2))
  for (;;) {
    const y = (x + n / x) >> 1n
    if (y >= x) return x
    x = y
  }
}

/** OpenZeppelin Math.log2: the index of the highest set bit */
export function log2Floor(x: bigint): bigint {
  return BigInt(x.toString(2).length - 1)
}

export function getAmountOut(amountIn: bigint, reserveIn: bigint, reserveOut: bigint): bigint {
  if (amountIn === 0n || reserveIn === 0n || reserveOut === 0n) return 0n
  const amountInWithFee = amountIn * (FEE_DENOMINATOR - FEE)
  return (amountInWithFee * reserveOut) / (reserveIn * FEE_DENOMINATOR + amountInWithFee)
}

export function liquidity(b0: bigint, b1: bigint): bigint {
  const product = b0 * b1
  const l = product < TWO_256 ? sqrtFloor(product) : sqrtFloor(b0) * sqrtFloor(b1)
  return l > UINT128_MAX ? UINT128_MAX : l
}

export function priceState(b0: bigint, b1: bigint): { sqrtPriceX96: bigint; tick: bigint } {
  let s: bigint
  if (b1 / b0 >= 1n << 64n) s = MAX_SQRT_RATIO - 1n
  else s = sqrtFloor((b1 << 192n) / b0)
  if (s < MIN_SQRT_RATIO) s = MIN_SQRT_RATIO
  if (s >= MAX_SQRT_RATIO) s = MAX_SQRT_RATIO - 1n
  return { sqrtPriceX96: s, tick: tickAtSqrtPriceX96(s) }
}

export function tickAtSqrtPriceX96(x: bigint): bigint {
  const msb = log2Floor(x)
  let log2X64 = (msb - 96n) * (1n << 64n)
  let r = msb >= 127n ? x >> (msb - 127n) : x << (127n - msb)
  for (let i = 0n; i < 40n; i++) {
    r = (r * r) >> 127n
    const bit = r >> 128n
    log2X64 += bit << (63n - i)
    r >>= bit
  }
  const numerator = 2n * log2X64
  // bigint division truncates toward zero, as Solidity's does
  let t = numerator / LOG2_1_0001_X64
  if (numerator < 0n && numerator % LOG2_1_0001_X64 !== 0n) t -= 1n
  if (t < MIN_TICK) return MIN_TICK
  if (t > MAX_TICK) return MAX_TICK
  return t
}
