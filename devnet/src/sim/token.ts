import { ALLOCATIONS, projectedUnlocked, type AllocationId } from '@og-explorer/common'
import type { Hex } from 'viem'
import { encodeCall } from '../chain/contracts'
import { airdropList } from '../deploy/airdrop-list'
import { vestingContractName } from '../deploy/base'
import { contractAddress, type BlockClock, type SimContext } from './context'
import type { DexActivity } from './dex'
import { EXCHANGE_HOT_WALLET } from './payments'
import { distribute, farmingWeight } from './timeline'
import type { WalletBook } from './wallets'

const OPG = 10n ** 18n
const RELEASED_WEEKLY: AllocationId[] = ['ecosystem', 'foundation']
const LIQUIDITY_IN_POOL = 10_000_000n * OPG
const INITIAL_USDC_IN_POOL = 4_800_000n * 10n ** 6n
const TO_EXCHANGE = 30_000_000n * OPG

/**
 * OPG's life on Base: TGE releases, weekly vesting releases (the team and investor cliffs stay in the
 * future), airdrop claims that fade after TGE with a bump at the announcement, bridging to the OG L1,
 * ecosystem grants and transfers between holders.
 */
export class TokenActivity {
  private readonly released = new Map<AllocationId, bigint>()
  private readonly claimsPerDay: number[]
  private readonly claimOrder: number[]
  private claimed = 0

  constructor(
    private readonly ctx: SimContext,
    private readonly wallets: WalletBook,
    private readonly dex: DexActivity,
  ) {
    const claims = Math.min(ctx.scale.airdropClaims, airdropList().entries.length)
    this.claimsPerDay = distribute(claims, ctx.totalDays, (d) => Math.exp(-d / 10) + farmingWeight(d) / 8 + 0.01)
    this.claimOrder = shuffle(
      Array.from({ length: airdropList().entries.length }, (_, i) => i),
      ctx,
    )
  }

  onBlock(clock: BlockClock): void {
    if (clock.live) return
    if (clock.day === 0 && clock.blockOfDay === 0) this.tge(clock)
    if (clock.blockOfDay === 1 % this.ctx.scale.blocksPerDay) {
      if (clock.day > 0 && clock.day % 7 === 0) for (const id of RELEASED_WEEKLY) this.release(id, clock)
      if (clock.day % 30 === 15) this.bridge()
      if (clock.day % 7 === 3) this.grant()
    }
    this.claims(clock)
    this.transfers(clock)
  }

  private tge(clock: BlockClock): void {
    for (const id of ['liquidity', ...RELEASED_WEEKLY] as AllocationId[]) this.release(id, clock)
    const liquidityWallet = this.ctx.deployments.actors.liquidityWallet as Hex
    this.dex.setup(LIQUIDITY_IN_POOL, INITIAL_USDC_IN_POOL, liquidityWallet)
    this.transfer(liquidityWallet, EXCHANGE_HOT_WALLET, TO_EXCHANGE)
  }

  private release(id: AllocationId, clock: BlockClock): void {
    const allocation = ALLOCATIONS.find((a) => a.id === id)!
    const due = projectedUnlocked(allocation, clock.timestamp, this.ctx.deployments.tgeTimestamp) - (this.released.get(id) ?? 0n)
    if (due < OPG) return
    this.ctx.base.send({
      from: this.ctx.deployments.actors.admin as Hex,
      to: contractAddress(this.ctx, 'base', vestingContractName(id)),
      data: encodeCall('TokenVesting', 'release', []),
    })
    this.released.set(id, (this.released.get(id) ?? 0n) + due)
  }

  private bridge(): void {
    const { actors } = this.ctx.deployments
    this.transfer(actors.ecosystemFund as Hex, actors.bridgeLockbox as Hex, 2_000_000n * OPG)
  }

  private grant(): void {
    const wallet = this.wallets.any()
    if (!wallet) return
    const amount = BigInt(this.ctx.rng.int(1_000, 10_000)) * OPG
    this.transfer(this.ctx.deployments.actors.ecosystemFund as Hex, wallet.address, amount)
    wallet.balance += amount
  }

  private claims(clock: BlockClock): void {
    const today = this.claimsPerDay[clock.day] ?? 0
    const blocks = this.ctx.scale.blocksPerDay
    const count = Math.floor((today * (clock.blockOfDay + 1)) / blocks) - Math.floor((today * clock.blockOfDay) / blocks)
    const { entries, tree } = airdropList()
    const distributor = contractAddress(this.ctx, 'base', 'MerkleAirdrop')
    for (let i = 0; i < count && this.claimed < this.claimOrder.length; i++) {
      const entry = entries[this.claimOrder[this.claimed++]]
      const proof = tree.getProof(entry.index)
      this.ctx.base.send({
        from: entry.recipient,
        to: distributor,
        data: encodeCall('MerkleAirdrop', 'claim', [BigInt(entry.index), entry.recipient, entry.amount, proof]),
      })
    }
  }

  private transfers(clock: BlockClock): void {
    const { ctx } = this
    const count = ctx.rng.poisson(ctx.scale.transfersPerDay / ctx.scale.blocksPerDay)
    for (let i = 0; i < count; i++) {
      const from = this.wallets.any()
      const to = this.wallets.any()
      if (!from || !to || from === to || from.balance < OPG) continue
      const amount = (from.balance * BigInt(ctx.rng.int(5, 40))) / 100n
      this.transfer(from.address, to.address, amount)
      from.balance -= amount
      to.balance += amount
    }
  }

  private transfer(from: Hex, to: Hex, amount: bigint): void {
    this.ctx.base.send({ from, to: contractAddress(this.ctx, 'base', 'OPG'), data: encodeCall('OPGToken', 'transfer', [to, amount]) })
  }
}

function shuffle(items: number[], ctx: SimContext): number[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(ctx.rng.next() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}
