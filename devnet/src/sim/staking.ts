import { FIXED_ADDRESSES } from '@og-explorer/common'
import { decodeFunctionResult, keccak256, toBytes, type Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import { abiOf, encodeCall } from '../chain/contracts'
import { StateUnavailable, type BlockClock, type SimContext } from './context'

const OPG = 10n ** 18n
const WAD = 10n ** 18n
const UNBONDING_SECONDS = 21 * 86_400
const MAX_ENTRIES = 7

interface ValidatorPlan {
  name: string
  commission: bigint
  selfBond: bigint
  joinDay: number
  flaky?: boolean
}

/** The validator set and the incidents the delegator view must surface. */
export const VALIDATOR_PLANS: ValidatorPlan[] = [
  { name: 'Sentinel', commission: 5n * 10n ** 16n, selfBond: 500_000n * OPG, joinDay: 0 },
  { name: 'Atlas', commission: 7n * 10n ** 16n, selfBond: 300_000n * OPG, joinDay: 0 },
  { name: 'Greedy Capital', commission: 10n * 10n ** 16n, selfBond: 250_000n * OPG, joinDay: 0 },
  { name: 'Flaky Node', commission: 6n * 10n ** 16n, selfBond: 150_000n * OPG, joinDay: 0, flaky: true },
  { name: 'Nova', commission: 8n * 10n ** 16n, selfBond: 100_000n * OPG, joinDay: 90 },
]
/** Atlas double-signs: slashed 5% and jailed, then unjails; delegators move away. */
export const SLASH_DAY = 80
export const SLASH_FRACTION_WAD = 5n * 10n ** 16n
export const ATLAS_UNJAIL_DAY = 84
/** Greedy Capital raises its commission twice, 10 % → 18 % → 25 %, within the small devnet's 85 days (so the ranking is tested on it). */
export const COMMISSION_HIKES: [day: number, rate: bigint][] = [
  [60, 18n * 10n ** 16n],
  [75, 25n * 10n ** 16n],
]
/** Flaky Node is jailed for downtime (no slash) and unjails the next day. */
export const DOWNTIME_JAIL_DAY = 150

interface Delegator {
  address: Hex
  /** approximate stake per validator operator, lowered by slashes */
  stakes: Map<Hex, bigint>
  unbonding: { validator: Hex; height: number; amount: bigint; completes: number }[]
  redelegatedInto: Map<Hex, number>
  redelegationEntries: Map<string, number[]>
}

export const validatorAddress = (name: string): Hex => actorAddress(`og/validator/${name}`)

/**
 * Staking through the precompile stand-ins: validators join, delegators delegate, move, unbond and
 * cancel, rewards accrue and are claimed. Slashing and jailing go through the devnet admin path and
 * leave no EVM log, as on the real chain; the ground truth records them with the tokens lost.
 */
export class StakingActivity {
  readonly validators = VALIDATOR_PLANS.map((p) => ({ ...p, operator: validatorAddress(p.name), joined: false, jailed: false }))
  private readonly delegators: Delegator[] = []
  private readonly joinsPerDay: number[]

  constructor(private readonly ctx: SimContext) {
    const days = Math.max(1, ctx.totalDays)
    this.joinsPerDay = Array.from({ length: days }, (_, d) => 0)
    for (let i = 0; i < ctx.scale.delegators; i++) {
      const day = Math.min(days - 1, Math.floor(Math.pow(ctx.rng.next(), 1.6) * days))
      this.joinsPerDay[day]++
    }
  }

  async onBlock(clock: BlockClock): Promise<void> {
    if (clock.live || clock.blockOfDay !== Math.min(2, this.ctx.scale.blocksPerDay - 1)) return
    await this.incidents(clock)
    for (const v of this.validators) if (!v.joined && clock.day >= v.joinDay) this.createValidator(v)
    for (let i = 0; i < (this.joinsPerDay[clock.day] ?? 0); i++) this.newDelegator(clock)
    this.dailyMoves(clock)
    if (clock.day % 7 === 6) this.rewards()
  }

  private active() {
    return this.validators.filter((v) => v.joined && !v.jailed)
  }

  private send(from: Hex, fn: string, args: unknown[]) {
    this.ctx.og.send({ from, to: FIXED_ADDRESSES.stakingPrecompile as Hex, data: encodeCall('StakingPrecompile', fn, args) })
  }

  private createValidator(v: (typeof this.validators)[number]): void {
    const description = [v.name, '', `https://${v.name.toLowerCase().replace(/ /g, '-')}.example`, 'security@example.org', `${v.name} validator`]
    const pubkey = Buffer.from(keccak256(toBytes(`consensus/${v.name}`)).slice(2), 'hex').toString('base64')
    this.send(v.operator, 'createValidator', [description, [v.commission, 5n * 10n ** 17n, 10n ** 17n], 10_000n * OPG, v.operator, pubkey, v.selfBond])
    v.joined = true
  }

  private pickValidator(exclude?: Hex): (typeof this.validators)[number] | undefined {
    const candidates = this.active().filter((v) => v.operator !== exclude)
    if (candidates.length === 0) return undefined
    // delegators prefer low commission, with plenty of noise
    const weights = candidates.map((v) => 1 / (Number(v.commission) / 1e16 + 2))
    return candidates[this.ctx.rng.weighted(weights)]
  }

  private newDelegator(clock: BlockClock): void {
    const v = this.pickValidator()
    if (!v) return
    const d: Delegator = {
      address: actorAddress(`og/delegator/${this.delegators.length}`),
      stakes: new Map(),
      unbonding: [],
      redelegatedInto: new Map(),
      redelegationEntries: new Map(),
    }
    this.delegators.push(d)
    this.delegate(d, v.operator, BigInt(Math.round(this.ctx.rng.logNormal(4_000, 1.2))) * OPG)
  }

  private delegate(d: Delegator, validator: Hex, amount: bigint): void {
    this.send(d.address, 'delegate', [d.address, validator, amount])
    d.stakes.set(validator, (d.stakes.get(validator) ?? 0n) + amount)
  }

  private dailyMoves(clock: BlockClock): void {
    const { rng } = this.ctx
    const height = (this.ctx.og.head?.number ?? 0) + 1
    const leavingAtlas = clock.day > SLASH_DAY && clock.day <= SLASH_DAY + 10
    for (const d of this.delegators) {
      d.unbonding = d.unbonding.filter((u) => u.completes > clock.timestamp)
      const staked = [...d.stakes.entries()].filter(([, amount]) => amount > 10n * OPG)
      if (staked.length === 0) continue
      const [validator, amount] = staked[Math.floor(rng.next() * staked.length)]
      const atlas = this.validators[1].operator
      const roll = rng.next()
      if ((leavingAtlas && validator === atlas && rng.chance(0.08)) || roll < 0.01) {
        this.redelegate(d, validator, (amount * BigInt(rng.int(30, 99))) / 100n, clock)
      } else if (roll < 0.018) {
        this.undelegate(d, validator, (amount * BigInt(rng.int(10, 50))) / 100n, height, clock)
      } else if (roll < 0.03) {
        this.delegate(d, validator, BigInt(Math.round(rng.logNormal(800, 1))) * OPG)
      } else if (roll < 0.034) {
        this.cancel(d)
      }
    }
  }

  private redelegate(d: Delegator, src: Hex, amount: bigint, clock: BlockClock): void {
    if ((d.redelegatedInto.get(src) ?? 0) > clock.timestamp) return
    const dst = this.pickValidator(src)
    if (!dst || amount === 0n) return
    const key = `${src}>${dst.operator}`
    const entries = (d.redelegationEntries.get(key) ?? []).filter((t) => t > clock.timestamp)
    if (entries.length >= MAX_ENTRIES) return
    const completes = clock.timestamp + UNBONDING_SECONDS
    this.send(d.address, 'redelegate', [d.address, src, dst.operator, amount])
    d.stakes.set(src, (d.stakes.get(src) ?? 0n) - amount)
    d.stakes.set(dst.operator, (d.stakes.get(dst.operator) ?? 0n) + amount)
    // Conservative bookkeeping: every move counts as an immature redelegation for 21 days.
    entries.push(completes)
    d.redelegatedInto.set(dst.operator, Math.max(d.redelegatedInto.get(dst.operator) ?? 0, completes))
    d.redelegationEntries.set(key, entries)
  }

  private undelegate(d: Delegator, validator: Hex, amount: bigint, height: number, clock: BlockClock): void {
    if (amount === 0n || d.unbonding.filter((u) => u.validator === validator).length >= MAX_ENTRIES - 1) return
    this.send(d.address, 'undelegate', [d.address, validator, amount])
    d.stakes.set(validator, (d.stakes.get(validator) ?? 0n) - amount)
    d.unbonding.push({ validator, height, amount, completes: clock.timestamp + UNBONDING_SECONDS })
  }

  private cancel(d: Delegator): void {
    const entry = d.unbonding.find((u) => !this.validators.find((v) => v.operator === u.validator)?.jailed)
    if (!entry) return
    // At most 99%: the chain's entry holds the tokens the undelegated shares were worth, which after a
    // slash can round a few wei below the amount asked for, and cancelling all of it then reverts.
    const amount = (entry.amount * BigInt(this.ctx.rng.int(20, 99))) / 100n
    this.send(d.address, 'cancelUnbondingDelegation', [d.address, entry.validator, amount, BigInt(entry.height)])
    entry.amount -= amount
    if (entry.amount === 0n) d.unbonding.splice(d.unbonding.indexOf(entry), 1)
    d.stakes.set(entry.validator, (d.stakes.get(entry.validator) ?? 0n) + amount)
  }

  /** Weekly rewards at roughly 8% a year net of commission, then a share of delegators claims. */
  private rewards(): void {
    const { ctx } = this
    const admin = ctx.deployments.actors.ogAdmin as Hex
    const distribution = FIXED_ADDRESSES.distributionPrecompile as Hex
    for (const d of this.delegators) {
      const pairs = [...d.stakes.entries()].filter(([, a]) => a > 0n)
      for (const [validator, amount] of pairs) {
        const reward = (amount * 8n) / 100n / 52n
        if (reward > 0n)
          ctx.og.send({ from: admin, to: distribution, data: encodeCall('DistributionPrecompile', 'accrueRewards', [d.address, validator, reward]) })
      }
      if (pairs.length === 0 || !ctx.rng.chance(0.3)) continue
      if (pairs.length > 1 && ctx.rng.chance(0.5)) {
        ctx.og.send({ from: d.address, to: distribution, data: encodeCall('DistributionPrecompile', 'claimRewards', [d.address, 10]) })
      } else {
        ctx.og.send({ from: d.address, to: distribution, data: encodeCall('DistributionPrecompile', 'withdrawDelegatorRewards', [d.address, pairs[0][0]]) })
      }
    }
  }

  private async incidents(clock: BlockClock): Promise<void> {
    const { ctx } = this
    const admin = ctx.deployments.actors.ogAdmin as Hex
    const [, atlas, greedy, flaky] = this.validators
    if (clock.day === SLASH_DAY && atlas.joined) {
      // unknown when only Base is being written (synth/): the OG side is not executed then
      const tokens = await this.validatorTokens(atlas.operator).catch((error) => {
        if (error instanceof StateUnavailable) return undefined
        throw error
      })
      this.send(admin, 'adminSlashAndJail', [atlas.operator, SLASH_FRACTION_WAD])
      atlas.jailed = true
      for (const d of this.delegators) {
        const s = d.stakes.get(atlas.operator)
        if (s) d.stakes.set(atlas.operator, s - (s * SLASH_FRACTION_WAD) / WAD)
      }
      ctx.truth.incident({
        kind: 'slash',
        validator: atlas.operator,
        timestamp: clock.timestamp,
        tokensLost: tokens === undefined ? undefined : ((tokens * SLASH_FRACTION_WAD) / WAD).toString(),
      })
      ctx.truth.incident({ kind: 'jail', validator: atlas.operator, timestamp: clock.timestamp })
    }
    if (clock.day === ATLAS_UNJAIL_DAY && atlas.jailed) this.unjail(atlas, clock)
    for (const [day, rate] of COMMISSION_HIKES) {
      if (clock.day === day && greedy.joined) {
        this.send(greedy.operator, 'editValidator', [
          ['[do-not-modify]', '[do-not-modify]', '[do-not-modify]', '[do-not-modify]', '[do-not-modify]'],
          greedy.operator,
          rate,
          -1n,
        ])
        greedy.commission = rate
      }
    }
    if (clock.day === DOWNTIME_JAIL_DAY && flaky.joined) {
      this.send(admin, 'adminJail', [flaky.operator])
      flaky.jailed = true
      ctx.truth.incident({ kind: 'jail', validator: flaky.operator, timestamp: clock.timestamp })
    }
    if (clock.day === DOWNTIME_JAIL_DAY + 1 && flaky.jailed) this.unjail(flaky, clock)
  }

  private unjail(v: (typeof this.validators)[number], clock: BlockClock): void {
    this.ctx.og.send({ from: v.operator, to: FIXED_ADDRESSES.slashingPrecompile as Hex, data: encodeCall('SlashingPrecompile', 'unjail', [v.operator]) })
    v.jailed = false
    this.ctx.truth.incident({ kind: 'unjail', validator: v.operator, timestamp: clock.timestamp })
  }

  private async validatorTokens(operator: Hex): Promise<bigint> {
    const data = await this.ctx.og.rpc.call<Hex>('eth_call', [
      { to: FIXED_ADDRESSES.stakingPrecompile, data: encodeCall('StakingPrecompile', 'validator', [operator]) },
      'latest',
    ])
    const result = decodeFunctionResult({ abi: abiOf('StakingPrecompile'), functionName: 'validator', data }) as any
    return BigInt(result.tokens)
  }
}
