import type { Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import type { Rng } from './random'

export interface Wallet {
  address: Hex
  balance: bigint
  approvedPermit2: boolean
  permitNonce: bigint
  farming: boolean
}

/**
 * The population of paying wallets. Organic wallets come back (a few heavy users, a long tail);
 * farming wallets appear in bursts around the announcement and are mostly used once or twice.
 */
export class WalletBook {
  readonly organic: Wallet[] = []
  readonly farming: Wallet[] = []
  private created = 0

  constructor(private readonly rng: Rng) {}

  get count(): number {
    return this.created
  }

  /**
   * A payer for one request. `pNew` is the chance that this request comes from a wallet never seen
   * before; the simulator sets it so that the distinct-wallet total lands on the scale's target.
   */
  payer(farmingRequest: boolean, pNew: number): Wallet {
    const pool = farmingRequest ? this.farming : this.organic
    if (pool.length === 0 || this.rng.chance(pNew)) return this.create(farmingRequest)
    if (farmingRequest) {
      const recent = Math.max(1, Math.min(pool.length, 50))
      return pool[pool.length - 1 - Math.floor(this.rng.next() * recent)]
    }
    // cubic bias toward early wallets: a few heavy users and a long tail
    return pool[Math.floor(Math.pow(this.rng.next(), 3) * pool.length)]
  }

  /** Any known wallet, for transfers and DEX recipients. */
  any(): Wallet | undefined {
    const total = this.organic.length + this.farming.length
    if (total === 0) return undefined
    const i = Math.floor(this.rng.next() * total)
    return i < this.organic.length ? this.organic[i] : this.farming[i - this.organic.length]
  }

  private create(farming: boolean): Wallet {
    const wallet: Wallet = {
      address: actorAddress(`base/wallet/${this.created++}`),
      balance: 0n,
      approvedPermit2: false,
      permitNonce: 0n,
      farming,
    }
    ;(farming ? this.farming : this.organic).push(wallet)
    return wallet
  }
}
