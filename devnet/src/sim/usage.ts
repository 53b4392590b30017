import type { Hex } from 'viem'
import type { BlockClock, SimContext } from './context'
import { distribute, farmingWeight, organicWeight } from './timeline'
import type { SimTee, TeeActivity } from './tees'
import type { Wallet, WalletBook } from './wallets'

/** One paid, signed inference request, as both chains will see it. */
export interface InferenceRequest {
  tee: SimTee
  payer: Wallet
  inputHash: Hex
  outputHash: Hex
  /** when the enclave signed it, unix seconds */
  timestamp: bigint
  signature: Hex
  farming: boolean
  /** raw request and response, published for individual settlements only */
  input?: string
  output?: string
}

const FARMING_WALLET_SHARE = 0.3

/**
 * Plans how many inferences happen each day (organic growth plus the farming spike), spreads them
 * over the day's blocks, and makes each request: a TEE signs it and a wallet pays for it.
 */
export class UsagePlanner {
  private readonly organicPerDay: number[]
  private readonly farmingPerDay: number[]
  private readonly pNewOrganic: number
  private readonly pNewFarming: number
  private blockBudget: { organic: number[]; farming: number[]; day: number } = { organic: [], farming: [], day: -1 }

  constructor(
    private readonly ctx: SimContext,
    private readonly wallets: WalletBook,
    private readonly tees: TeeActivity,
  ) {
    const days = ctx.totalDays
    const weightOrganic = (d: number) => organicWeight(d, days)
    const total = Array.from({ length: days }, (_, d) => weightOrganic(d) + farmingWeight(d)).reduce((s, w) => s + w, 0)
    const farmingTotal = Math.round((ctx.scale.inferences * Array.from({ length: days }, (_, d) => farmingWeight(d)).reduce((s, w) => s + w, 0)) / total)
    this.organicPerDay = distribute(ctx.scale.inferences - farmingTotal, days, weightOrganic)
    this.farmingPerDay = distribute(farmingTotal, days, farmingWeight)
    const organicRequests = Math.max(1, ctx.scale.inferences - farmingTotal)
    this.pNewOrganic = Math.min(1, ((1 - FARMING_WALLET_SHARE) * ctx.scale.payingWallets) / organicRequests)
    this.pNewFarming = farmingTotal > 0 ? Math.min(1, (FARMING_WALLET_SHARE * ctx.scale.payingWallets) / farmingTotal) : 1
  }

  /** Requests for this block. In live mode the last simulated day's rate continues. */
  requestsFor(clock: BlockClock, liveBlocksPerDay = 43_200): InferenceRequest[] {
    const serving = this.tees.servingTees()
    if (serving.length === 0) return []
    let organic: number
    let farming: number
    if (clock.live) {
      const rate = this.organicPerDay[this.organicPerDay.length - 1] ?? 0
      organic = this.ctx.rng.poisson(rate / liveBlocksPerDay)
      farming = 0
    } else {
      if (this.blockBudget.day !== clock.day) {
        const blocks = this.ctx.scale.blocksPerDay
        this.blockBudget = {
          day: clock.day,
          organic: distribute(this.organicPerDay[clock.day] ?? 0, blocks, (b) => 0.6 + Math.sin((b / blocks) * Math.PI) + this.ctx.rng.next() * 0.4),
          farming: distribute(this.farmingPerDay[clock.day] ?? 0, blocks, () => 0.5 + this.ctx.rng.next()),
        }
      }
      organic = this.blockBudget.organic[clock.blockOfDay] ?? 0
      farming = this.blockBudget.farming[clock.blockOfDay] ?? 0
    }
    const requests: InferenceRequest[] = []
    for (let i = 0; i < organic + farming; i++) {
      const isFarming = i >= organic
      const tee = serving[Math.floor(this.ctx.rng.next() * serving.length)]
      const payer = this.wallets.payer(isFarming, isFarming ? this.pNewFarming : this.pNewOrganic)
      const inputHash = this.ctx.rng.bytes32()
      const outputHash = this.ctx.rng.bytes32()
      const timestamp = BigInt(clock.timestamp - this.ctx.rng.int(5, 900))
      requests.push({ tee, payer, inputHash, outputHash, timestamp, signature: '0x', farming: isFarming })
    }
    return requests
  }
}
