import type { BigDecimal } from '@subsquid/big-decimal'
import * as pool from '../../abi/UniswapV3Pool'
import { priceFromSqrtPriceX96, swapAmounts, usdcVolumeUsd } from '../price'
import type { EventLog } from '../transfers/decode'

export interface PoolSwap {
  sender: string
  recipient: string
  /** OPG wei into the pool (negative = out) */
  amountOpg: bigint
  /** USDC units into the pool (negative = out) */
  amountUsdc: bigint
  /** USD per OPG after the swap */
  priceUsd: BigDecimal
  volumeUsd: BigDecimal
  sqrtPriceX96: bigint
  liquidity: bigint
  tick: number
}

export interface PoolSetup {
  opgIsToken0: boolean
  usdcDecimals: number
}

/** Reads a pool Swap; other pool events (Initialize, Mint, ...) are not indexed. Throws on a malformed Swap. */
export function decodePoolLog(log: EventLog, setup: PoolSetup): PoolSwap | undefined {
  if (log.topics[0] !== pool.events.Swap.topic) return undefined
  const e = pool.events.Swap.decode(log)
  const { amountOpg, amountUsdc } = swapAmounts(e.amount0, e.amount1, setup.opgIsToken0)
  return {
    sender: e.sender,
    recipient: e.recipient,
    amountOpg,
    amountUsdc,
    priceUsd: priceFromSqrtPriceX96(e.sqrtPriceX96, setup.opgIsToken0, setup.usdcDecimals),
    volumeUsd: usdcVolumeUsd(amountUsdc, setup.usdcDecimals),
    sqrtPriceX96: e.sqrtPriceX96,
    liquidity: e.liquidity,
    tick: e.tick,
  }
}
