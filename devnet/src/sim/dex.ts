import { maxUint256, type Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import { encodeCall } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'
import { targetPrice } from './timeline'
import type { WalletBook } from './wallets'

export const MARKET_MAKER = actorAddress('base/market-maker')
export const AGGREGATOR = actorAddress('base/dex-aggregator')
const MAKER_OPG = 12_000_000n * 10n ** 18n
const MAKER_USDC = 5_000_000n * 10n ** 6n
const FEE_NUM = 997n
const FEE_DEN = 1000n

/**
 * Trading on the OPG/USDC pool. A market maker steers the price toward the seed's path with trades
 * of varied size; an aggregator buys for retail wallets. Reserves are mirrored locally with the
 * pool's constant-product formula, and re-read from the chain once per block.
 */
export class DexActivity {
  private reserveOpg = 0n
  private reserveUsdc = 0n
  private initialised = false
  /** the pool is seeded in the current block; its reserves are not on chain yet */
  private seededThisBlock = false
  /** the market maker's holdings (it is the only one moving them), so it never sells more than it has */
  private makerOpg = 0n
  private makerUsdc = 0n

  constructor(
    private readonly ctx: SimContext,
    private readonly wallets: WalletBook,
  ) {}

  /** current pool price, USD per OPG */
  price(): number {
    if (this.reserveOpg === 0n) return targetPrice(0)
    return Number(this.reserveUsdc) / 1e6 / (Number(this.reserveOpg) / 1e18)
  }

  /** Seeds the pool at TGE at $0.48 and funds the traders. */
  setup(initialOpg: bigint, initialUsdc: bigint, from: Hex): void {
    const { ctx } = this
    const pool = contractAddress(ctx, 'base', 'OPG_USDC_Pool')
    const opg = contractAddress(ctx, 'base', 'OPG')
    const usdc = contractAddress(ctx, 'base', 'USDC')
    const admin = ctx.deployments.actors.admin as Hex
    ctx.base.send({ from, to: opg, data: encodeCall('OPGToken', 'transfer', [pool, initialOpg]) })
    ctx.base.send({ from: admin, to: usdc, data: encodeCall('MockUSDC', 'mint', [pool, initialUsdc]) })
    ctx.base.send({ from: admin, to: pool, data: encodeCall('UniswapV3StylePool', 'initialize', []) })
    ctx.base.send({ from, to: opg, data: encodeCall('OPGToken', 'transfer', [MARKET_MAKER, MAKER_OPG]) })
    ctx.base.send({ from: admin, to: usdc, data: encodeCall('MockUSDC', 'mint', [MARKET_MAKER, MAKER_USDC]) })
    ctx.base.send({ from: admin, to: usdc, data: encodeCall('MockUSDC', 'mint', [AGGREGATOR, 50_000_000n * 10n ** 6n]) })
    for (const trader of [MARKET_MAKER, AGGREGATOR]) {
      ctx.base.send({ from: trader, to: opg, data: encodeCall('OPGToken', 'approve', [pool, maxUint256]) })
      ctx.base.send({ from: trader, to: usdc, data: encodeCall('MockUSDC', 'approve', [pool, maxUint256]) })
    }
    this.makerOpg = MAKER_OPG
    this.makerUsdc = MAKER_USDC
    this.reserveOpg = initialOpg
    this.reserveUsdc = initialUsdc
    this.initialised = true
    this.seededThisBlock = true
  }

  async onBlock(clock: BlockClock): Promise<void> {
    if (!this.initialised) return
    if (this.seededThisBlock) {
      this.seededThisBlock = false
      return
    }
    const { ctx } = this
    const perBlock = clock.live ? ctx.scale.swapsPerDay / 43_200 : ctx.scale.swapsPerDay / ctx.scale.blocksPerDay
    const swaps = ctx.rng.poisson(perBlock)
    if (swaps === 0) return
    await this.syncReserves()
    const target = targetPrice(clock.day + clock.blockOfDay / ctx.scale.blocksPerDay)
    for (let i = 0; i < swaps; i++) {
      const retail = ctx.rng.chance(0.25)
      const gap = Math.log(target / this.price())
      const buyOpg = retail || ctx.rng.chance(Math.min(0.95, Math.max(0.05, 0.5 + gap * 6)))
      const towardTarget = (buyOpg && gap > 0) || (!buyOpg && gap < 0)
      let usdValue: number
      if (!retail && towardTarget) {
        usdValue = this.usdToTarget(target) * (0.2 + 0.6 * ctx.rng.next())
      } else {
        usdValue = ctx.rng.logNormal(retail ? 300 : 2_500, 1.1)
      }
      usdValue = Math.min(Math.max(usdValue, 20), 2_000_000)
      if (retail) {
        const wallet = this.wallets.any()
        if (!wallet) continue
        const out = this.swap(AGGREGATOR, wallet.address, true, usdValue)
        // Other swaps in the block may move the price first, so only half the quote is counted as spendable.
        wallet.balance += out / 2n
      } else {
        this.swap(MARKET_MAKER, MARKET_MAKER, buyOpg, usdValue)
      }
    }
  }

  /** USD needed (ignoring fees) to move the constant-product price to `target` */
  private usdToTarget(target: number): number {
    const k = (Number(this.reserveOpg) / 1e18) * (Number(this.reserveUsdc) / 1e6)
    const usdcNow = Number(this.reserveUsdc) / 1e6
    return Math.abs(Math.sqrt(k * target) - usdcNow)
  }

  private swap(trader: Hex, recipient: Hex, buyOpg: boolean, usdValue: number): bigint {
    const { ctx } = this
    const pool = contractAddress(ctx, 'base', 'OPG_USDC_Pool')
    const opgIsToken0 = ctx.deployments.pool.opgIsToken0
    let amountIn: bigint
    let out: bigint
    const maker = trader === MARKET_MAKER
    if (buyOpg) {
      amountIn = BigInt(Math.round(usdValue * 1e6))
      // A long history (the seed scale) drains the market maker; it then trades what it has left, and a trade
      // that would return nothing (the pool reverts those) is not sent.
      if (maker && amountIn > this.makerUsdc) amountIn = (this.makerUsdc * 9n) / 10n
      if (amountIn === 0n) return 0n
      out = amountOut(amountIn, this.reserveUsdc, this.reserveOpg)
      if (out === 0n) return 0n
      this.reserveUsdc += amountIn
      this.reserveOpg -= out
    } else {
      amountIn = BigInt(Math.round((usdValue / this.price()) * 1e6)) * 10n ** 12n
      if (maker && amountIn > this.makerOpg) amountIn = (this.makerOpg * 9n) / 10n
      if (amountIn === 0n) return 0n
      out = amountOut(amountIn, this.reserveOpg, this.reserveUsdc)
      if (out === 0n) return 0n
      this.reserveOpg += amountIn
      this.reserveUsdc -= out
    }
    if (maker && buyOpg) [this.makerUsdc, this.makerOpg] = [this.makerUsdc - amountIn, this.makerOpg + out]
    if (maker && !buyOpg) [this.makerOpg, this.makerUsdc] = [this.makerOpg - amountIn, this.makerUsdc + out]
    const zeroForOne = buyOpg ? !opgIsToken0 : opgIsToken0
    ctx.base.send({ from: trader, to: pool, data: encodeCall('UniswapV3StylePool', 'swapExactInput', [recipient, zeroForOne, amountIn, 0n]) })
    return out
  }

  private async syncReserves(): Promise<void> {
    const { ctx } = this
    const pool = contractAddress(ctx, 'base', 'OPG_USDC_Pool')
    const opg = contractAddress(ctx, 'base', 'OPG')
    const usdc = contractAddress(ctx, 'base', 'USDC')
    const [opgBal, usdcBal] = await ctx.base.rpc.batch<Hex>([
      { method: 'eth_call', params: [{ to: opg, data: encodeCall('OPGToken', 'balanceOf', [pool]) }, 'latest'] },
      { method: 'eth_call', params: [{ to: usdc, data: encodeCall('MockUSDC', 'balanceOf', [pool]) }, 'latest'] },
    ])
    this.reserveOpg = BigInt(opgBal)
    this.reserveUsdc = BigInt(usdcBal)
  }
}

/** constant product with the pool's 0.3% fee */
export function amountOut(amountIn: bigint, reserveIn: bigint, reserveOut: bigint): bigint {
  const inWithFee = amountIn * FEE_NUM
  return (inWithFee * reserveOut) / (reserveIn * FEE_DEN + inWithFee)
}
