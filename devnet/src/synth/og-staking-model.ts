/**
 * The staking, distribution and slashing precompile stand-ins (contracts/sol/og/StakingPrecompile.sol,
 * DistributionPrecompile.sol, SlashingPrecompile.sol) in memory, with the contracts' integer share
 * arithmetic, entry pruning and checks copied; the devnet admin path (slash, jail, add a validator)
 * emits nothing, as on the real chain. Every change to what the indexer reads (the validator view
 * and each delegator's shares) is recorded.
 */
import { decodeFunctionData, encodeFunctionResult, getAddress, keccak256, type Abi, type Hex } from 'viem'
import { abiOf } from '../chain/contracts'
import { EMPTY_VALIDATOR, OG_STATE, type RecordedValidator } from '../dataset/og-state-keys'
import { ModelRevert } from './base-model'
import { EventEncoder } from './og-events'
import type { OgCall } from './og-registry-model'

const DEC = 10n ** 18n
const UNBONDING_TIME = 21n * 86_400n
const MAX_ENTRIES = 7
const DO_NOT_MODIFY = '[do-not-modify]'
const STATUS = { Unbonded: 1, Unbonding: 2, Bonded: 3 } as const

interface Description {
  moniker: string
  identity: string
  website: string
  securityContact: string
  details: string
}

interface ValidatorRecord {
  address: string
  jailed: boolean
  status: number
  unbondingHeight: bigint
  unbondingTime: bigint
  consensusPubkey: string
  description: Description
  tokens: bigint
  delegatorShares: bigint
  rate: bigint
  maxRate: bigint
  maxChangeRate: bigint
  commissionUpdateTime: bigint
  minSelfDelegation: bigint
}

interface UnbondingEntry {
  creationHeight: bigint
  completionTime: bigint
  initialBalance: bigint
  balance: bigint
}

interface RedelegationEntry {
  completionTime: bigint
}

const STAKING_ABI = abiOf('StakingPrecompile') as Abi
const DISTRIBUTION_ABI = abiOf('DistributionPrecompile') as Abi
const SLASHING_ABI = abiOf('SlashingPrecompile') as Abi

/** OGAddressCodec.parseAddress for the 0x-hex form the simulator passes (bech32 is never sent). */
function parseAddress(value: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new Error(`the OG model reads validator strings in 0x form only, got "${value}"`)
  return value.toLowerCase()
}

export class StakingModel {
  private readonly staking = new EventEncoder('StakingPrecompile')
  private readonly distribution = new EventEncoder('DistributionPrecompile')
  private readonly slashingEvents = new EventEncoder('SlashingPrecompile')
  private admin: string | undefined
  private distributionAdmin: string | undefined
  private readonly validators = new Map<string, ValidatorRecord>()
  private readonly pubkeys = new Set<string>()
  private readonly shares = new Map<string, bigint>()
  private readonly unbonding = new Map<string, UnbondingEntry[]>()
  private readonly redelegations = new Map<string, RedelegationEntry[]>()
  private readonly incomingUntil = new Map<string, bigint>()
  private readonly pending = new Map<string, bigint>()
  private readonly validatorsOf = new Map<string, string[]>()

  constructor(
    readonly address: string,
    readonly distributionAddress: string,
    readonly slashingAddress: string,
  ) {}

  executeStaking(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: STAKING_ABI, data: call.data }) as { functionName: string; args: any[] }
    switch (functionName) {
      case 'initialize':
        if (this.admin) throw new ModelRevert('StakingPrecompile: already initialized')
        this.admin = args[0].toLowerCase()
        return
      case 'adminAddValidator':
        return this.adminAddValidator(call, args)
      case 'adminSlashAndJail': {
        this.onlyAdmin(call)
        const v = this.existing(args[0])
        v.tokens -= (v.tokens * args[1]) / DEC
        this.jail(call, v)
        return this.recordValidator(call, v)
      }
      case 'adminJail': {
        this.onlyAdmin(call)
        const v = this.existing(args[0])
        this.jail(call, v)
        return this.recordValidator(call, v)
      }
      case 'createValidator':
        return this.createValidator(call, args)
      case 'editValidator':
        return this.editValidator(call, args)
      case 'delegate':
        return this.delegate(call, args[0], parseAddress(args[1]), args[2])
      case 'undelegate':
        return this.undelegate(call, args[0], parseAddress(args[1]), args[2])
      case 'redelegate':
        return this.redelegate(call, args[0], parseAddress(args[1]), parseAddress(args[2]), args[3])
      case 'cancelUnbondingDelegation':
        return this.cancel(call, args[0], parseAddress(args[1]), args[2], args[3])
      default:
        throw new Error(`the OG model has no StakingPrecompile function ${functionName}`)
    }
  }

  executeDistribution(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: DISTRIBUTION_ABI, data: call.data }) as { functionName: string; args: any[] }
    if (functionName === 'initialize') {
      if (this.distributionAdmin) throw new ModelRevert('DistributionPrecompile: already initialized')
      this.distributionAdmin = args[0].toLowerCase()
      return
    }
    if (functionName === 'accrueRewards') {
      if (call.from !== this.distributionAdmin) throw new ModelRevert('DistributionPrecompile: caller is not the devnet admin')
      const [delegator, validator] = [args[0].toLowerCase(), args[1].toLowerCase()]
      const key = `${delegator}/${validator}`
      if (!this.pending.has(key)) {
        this.pending.set(key, 0n)
        const list = this.validatorsOf.get(delegator) ?? []
        list.push(validator)
        this.validatorsOf.set(delegator, list)
      }
      this.pending.set(key, this.pending.get(key)! + args[2])
      return
    }
    const delegator = args[0].toLowerCase()
    if (call.from !== delegator) throw new ModelRevert('DistributionPrecompile: msg.sender is not the delegator address')
    if (functionName === 'claimRewards') {
      const vals = this.validatorsOf.get(delegator) ?? []
      const n = Math.min(vals.length, Number(args[1]))
      let total = 0n
      for (let i = 0; i < n; i++) {
        const key = `${delegator}/${vals[i]}`
        total += this.pending.get(key) ?? 0n
        if (this.pending.has(key)) this.pending.set(key, 0n)
      }
      call.logs.push(this.distribution.log(this.distributionAddress, 'ClaimRewards', [args[0], total]))
      return
    }
    if (functionName === 'withdrawDelegatorRewards') {
      const validator = parseAddress(args[1])
      const key = `${delegator}/${validator}`
      const paid = this.pending.get(key) ?? 0n
      if (this.pending.has(key)) this.pending.set(key, 0n)
      call.logs.push(this.distribution.log(this.distributionAddress, 'WithdrawDelegatorReward', [args[0], validator, paid]))
      return
    }
    throw new Error(`the OG model has no DistributionPrecompile function ${functionName}`)
  }

  executeSlashing(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: SLASHING_ABI, data: call.data }) as { functionName: string; args: any[] }
    if (functionName !== 'unjail') throw new Error(`the OG model has no SlashingPrecompile function ${functionName}`)
    const operator = args[0].toLowerCase()
    if (call.from !== operator) throw new ModelRevert('SlashingPrecompile: msg.sender is not the validator address')
    const v = this.validators.get(operator)
    if (!v) throw new ModelRevert('address is not associated with any known validator')
    if (!v.jailed) throw new ModelRevert('validator not jailed; cannot be unjailed')
    const selfShares = this.shares.get(`${operator}/${operator}`) ?? 0n
    if (selfShares === 0n) throw new ModelRevert('validator has no self-delegation; cannot be unjailed')
    if (tokensFromShares(v, selfShares) < v.minSelfDelegation) throw new ModelRevert("validator's self delegation less than minimum; cannot be unjailed")
    v.jailed = false
    v.status = STATUS.Bonded
    this.recordValidator(call, v)
    call.logs.push(this.slashingEvents.log(this.slashingAddress, 'ValidatorUnjailed', [args[0]]))
  }

  /** validator(address): the view the simulator reads before a slash */
  call(data: Hex): Hex {
    const { functionName, args } = decodeFunctionData({ abi: STAKING_ABI, data }) as { functionName: string; args: any[] }
    if (functionName !== 'validator') throw new Error(`the OG model answers only validator() on the staking precompile, not ${functionName}`)
    const v = this.validators.get(args[0].toLowerCase())
    return encodeFunctionResult({ abi: STAKING_ABI, functionName: 'validator', result: v ? validatorStruct(v) : EMPTY_VALIDATOR } as any)
  }

  private onlyAdmin(call: OgCall): void {
    if (!this.admin || call.from !== this.admin) throw new ModelRevert('StakingPrecompile: caller is not the devnet admin')
  }

  private existing(address: string): ValidatorRecord {
    const v = this.validators.get(address.toLowerCase())
    if (!v) throw new ModelRevert('validator does not exist')
    return v
  }

  private adminAddValidator(call: OgCall, [operator, description, rate, pubkey, selfBond]: any[]): void {
    this.onlyAdmin(call)
    const v = this.newValidator(call, operator, pubkey, description, { rate, maxRate: DEC, maxChangeRate: DEC }, 1n)
    this.addShares(call, v.address, v.address, this.addTokens(v, selfBond))
    this.recordValidator(call, v)
  }

  private createValidator(call: OgCall, [description, rates, minSelfDelegation, operator, pubkey, value]: any[]): void {
    if (call.from !== operator.toLowerCase()) throw new ModelRevert('StakingPrecompile: msg.sender is not the validator address')
    if (description.moniker.length === 0) throw new ModelRevert('empty description: moniker cannot be blank')
    if (rates.maxRate > DEC || rates.rate > rates.maxRate || rates.maxChangeRate > rates.maxRate) throw new ModelRevert('invalid commission rates')
    if (minSelfDelegation <= 0n || value < minSelfDelegation) throw new ModelRevert('invalid self delegation')
    if (pubkey.length !== 44 || !pubkey.endsWith('=')) throw new ModelRevert('consensus pubkey must be base64 of a 32-byte ed25519 key')
    const v = this.newValidator(call, operator, pubkey, description, rates, minSelfDelegation)
    this.addShares(call, v.address, v.address, this.addTokens(v, value))
    this.recordValidator(call, v)
    call.logs.push(this.staking.log(this.address, 'CreateValidator', [operator, value]))
  }

  private newValidator(
    call: OgCall,
    operator: string,
    pubkey: string,
    description: Description,
    rates: { rate: bigint; maxRate: bigint; maxChangeRate: bigint },
    minSelfDelegation: bigint,
  ): ValidatorRecord {
    const address = operator.toLowerCase()
    if (this.validators.has(address)) throw new ModelRevert('validator already exist for this operator address')
    const pkHash = keccak256(new TextEncoder().encode(pubkey))
    if (this.pubkeys.has(pkHash)) throw new ModelRevert('validator already exist for this pubkey')
    this.pubkeys.add(pkHash)
    const v: ValidatorRecord = {
      address,
      jailed: false,
      status: STATUS.Bonded,
      unbondingHeight: 0n,
      unbondingTime: 0n,
      consensusPubkey: pubkey,
      description: { ...description },
      tokens: 0n,
      delegatorShares: 0n,
      rate: rates.rate,
      maxRate: rates.maxRate,
      maxChangeRate: rates.maxChangeRate,
      commissionUpdateTime: call.timestamp,
      minSelfDelegation,
    }
    this.validators.set(address, v)
    return v
  }

  private editValidator(call: OgCall, [description, operator, commissionRate, minSelfDelegation]: any[]): void {
    if (call.from !== operator.toLowerCase()) throw new ModelRevert('StakingPrecompile: msg.sender is not the validator address')
    const v = this.existing(operator)
    for (const field of ['moniker', 'identity', 'website', 'securityContact', 'details'] as const)
      if (description[field] !== DO_NOT_MODIFY) v.description[field] = description[field]
    if (commissionRate !== -1n) {
      if (commissionRate < 0n) throw new ModelRevert('commission must be positive')
      if (call.timestamp < v.commissionUpdateTime + 86_400n) throw new ModelRevert('commission cannot be changed more than once in 24h')
      if (commissionRate > v.maxRate) throw new ModelRevert('commission cannot be more than the max rate')
      if (commissionRate > v.rate && commissionRate - v.rate > v.maxChangeRate) throw new ModelRevert('commission cannot be changed more than max change rate')
      v.rate = commissionRate
      v.commissionUpdateTime = call.timestamp
    }
    if (minSelfDelegation !== -1n) {
      if (minSelfDelegation <= v.minSelfDelegation || minSelfDelegation > v.tokens) throw new ModelRevert('invalid minimum self delegation')
      v.minSelfDelegation = minSelfDelegation
    }
    this.recordValidator(call, v)
    call.logs.push(this.staking.log(this.address, 'EditValidator', [operator, commissionRate, minSelfDelegation]))
  }

  private requireSender(call: OgCall, delegator: string): string {
    const d = delegator.toLowerCase()
    if (call.from !== d) throw new ModelRevert('StakingPrecompile: msg.sender is not the delegator address')
    return d
  }

  private delegate(call: OgCall, delegator: string, validator: string, amount: bigint): void {
    const d = this.requireSender(call, delegator)
    const v = this.existing(validator)
    if (amount <= 0n) throw new ModelRevert('invalid delegation amount')
    const issued = this.addTokens(v, amount)
    this.addShares(call, d, validator, issued)
    this.recordValidator(call, v)
    call.logs.push(this.staking.log(this.address, 'Delegate', [delegator, validator, amount, issued]))
  }

  private undelegate(call: OgCall, delegator: string, validator: string, amount: bigint): void {
    const d = this.requireSender(call, delegator)
    const v = this.existing(validator)
    const key = `${d}/${validator}`
    const entries = pruned(this.unbonding.get(key) ?? [], call.timestamp)
    this.unbonding.set(key, entries)
    const returned = this.unbond(call, v, d, validator, amount)
    const completion = call.timestamp + UNBONDING_TIME
    const height = BigInt(call.block)
    const last = entries[entries.length - 1]
    if (last && last.creationHeight === height && last.completionTime === completion) {
      last.initialBalance += returned
      last.balance += returned
    } else {
      if (entries.length >= MAX_ENTRIES) throw new ModelRevert('too many unbonding delegation entries for (delegator, validator) tuple')
      entries.push({ creationHeight: height, completionTime: completion, initialBalance: returned, balance: returned })
    }
    this.recordValidator(call, v)
    call.logs.push(this.staking.log(this.address, 'Unbond', [delegator, validator, amount, completion]))
  }

  private redelegate(call: OgCall, delegator: string, srcAddr: string, dstAddr: string, amount: bigint): void {
    const d = this.requireSender(call, delegator)
    if (srcAddr === dstAddr) throw new ModelRevert('cannot redelegate to the same validator')
    const src = this.existing(srcAddr)
    const dst = this.existing(dstAddr)
    if ((this.incomingUntil.get(`${d}/${srcAddr}`) ?? 0n) > call.timestamp) throw new ModelRevert('redelegation to this validator already in progress')
    const key = `${d}/${srcAddr}/${dstAddr}`
    const entries = pruned(this.redelegations.get(key) ?? [], call.timestamp)
    this.redelegations.set(key, entries)
    if (entries.length >= MAX_ENTRIES) throw new ModelRevert('too many redelegation entries')
    let completion: bigint
    if (src.status === STATUS.Bonded) completion = call.timestamp + UNBONDING_TIME
    else if (src.status === STATUS.Unbonding) completion = src.unbondingTime
    else completion = call.timestamp
    const returned = this.unbond(call, src, d, srcAddr, amount)
    if (returned === 0n) throw new ModelRevert('too few tokens to redelegate (truncates to zero tokens)')
    if (dst.tokens === 0n && dst.delegatorShares > 0n) throw new ModelRevert('invalid delegator share exchange rate')
    this.addShares(call, d, dstAddr, this.addTokens(dst, returned))
    if (completion > call.timestamp) {
      entries.push({ completionTime: completion })
      const incoming = `${d}/${dstAddr}`
      if (completion > (this.incomingUntil.get(incoming) ?? 0n)) this.incomingUntil.set(incoming, completion)
    }
    this.recordValidator(call, src)
    this.recordValidator(call, dst)
    call.logs.push(this.staking.log(this.address, 'Redelegate', [delegator, srcAddr, dstAddr, amount, completion]))
  }

  private cancel(call: OgCall, delegator: string, validator: string, amount: bigint, creationHeight: bigint): void {
    const d = this.requireSender(call, delegator)
    const v = this.existing(validator)
    if (v.jailed) throw new ModelRevert('validator for this address is currently jailed')
    if (amount <= 0n) throw new ModelRevert('invalid amount')
    const key = `${d}/${validator}`
    const entries = pruned(this.unbonding.get(key) ?? [], call.timestamp)
    this.unbonding.set(key, entries)
    const index = entries.findIndex((e) => e.creationHeight === creationHeight)
    if (index < 0) throw new ModelRevert('unbonding delegation entry is not found at block height')
    const entry = entries[index]
    if (amount > entry.balance) throw new ModelRevert('amount is greater than the unbonding delegation entry balance')
    if (v.tokens === 0n && v.delegatorShares > 0n) throw new ModelRevert('invalid delegator share exchange rate')
    this.addShares(call, d, validator, this.addTokens(v, amount))
    if (amount === entry.balance) entries.splice(index, 1)
    else {
      entry.balance -= amount
      entry.initialBalance -= amount
    }
    this.recordValidator(call, v)
    call.logs.push(this.staking.log(this.address, 'CancelUnbondingDelegation', [delegator, validator, amount, creationHeight]))
  }

  /** _addTokens: shares issued at the current exchange rate */
  private addTokens(v: ValidatorRecord, amount: bigint): bigint {
    let issued: bigint
    if (v.delegatorShares === 0n) issued = amount * DEC
    else {
      if (v.tokens === 0n) throw new ModelRevert('invalid delegator share exchange rate')
      issued = (amount * v.delegatorShares) / v.tokens
    }
    v.tokens += amount
    v.delegatorShares += issued
    return issued
  }

  private addShares(call: OgCall, delegator: string, validator: string, added: bigint): void {
    const key = `${delegator}/${validator}`
    const value = (this.shares.get(key) ?? 0n) + added
    this.shares.set(key, value)
    call.record(OG_STATE.shares(delegator, validator), value.toString())
  }

  /** _unbond: removes `amount` worth of the delegator's shares and returns the tokens taken off */
  private unbond(call: OgCall, v: ValidatorRecord, delegator: string, validator: string, amount: bigint): bigint {
    if (amount <= 0n) throw new ModelRevert('invalid shares amount')
    const key = `${delegator}/${validator}`
    const delShares = this.shares.get(key) ?? 0n
    if (delShares === 0n) throw new ModelRevert('no delegation for (address, validator) tuple')
    if (v.tokens === 0n) throw new ModelRevert('invalid delegator share exchange rate')
    const shares = (amount * v.delegatorShares) / v.tokens
    if (shares > delShares) throw new ModelRevert('invalid shares amount')
    this.shares.set(key, delShares - shares)
    call.record(OG_STATE.shares(delegator, validator), (delShares - shares).toString())
    let returned: bigint
    if (shares === v.delegatorShares) {
      returned = v.tokens
      v.tokens = 0n
      v.delegatorShares = 0n
    } else {
      returned = (shares * v.tokens) / v.delegatorShares
      v.tokens -= returned
      v.delegatorShares -= shares
    }
    if (delegator === validator && !v.jailed && tokensFromShares(v, delShares - shares) < v.minSelfDelegation) this.jail(call, v)
    return returned
  }

  private jail(call: OgCall, v: ValidatorRecord): void {
    v.jailed = true
    if (v.status === STATUS.Bonded) {
      v.status = STATUS.Unbonding
      v.unbondingHeight = BigInt(call.block)
      v.unbondingTime = call.timestamp + UNBONDING_TIME
    }
  }

  private recordValidator(call: OgCall, v: ValidatorRecord): void {
    const s = validatorStruct(v)
    const recorded: RecordedValidator = {
      ...s,
      tokens: s.tokens.toString(),
      delegatorShares: s.delegatorShares.toString(),
      unbondingHeight: s.unbondingHeight.toString(),
      unbondingTime: s.unbondingTime.toString(),
      commission: s.commission.toString(),
      minSelfDelegation: s.minSelfDelegation.toString(),
    }
    call.record(OG_STATE.validator(v.address), recorded as any)
  }
}

function tokensFromShares(v: ValidatorRecord, shares: bigint): bigint {
  return v.delegatorShares === 0n ? 0n : (shares * v.tokens) / v.delegatorShares
}

function pruned<T extends { completionTime: bigint }>(entries: T[], now: bigint): T[] {
  return entries.filter((e) => e.completionTime > now)
}

/** _toValidator: the Validator struct the precompile returns */
function validatorStruct(v: ValidatorRecord) {
  return {
    operatorAddress: getAddress(v.address),
    consensusPubkey: v.consensusPubkey,
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens,
    delegatorShares: v.delegatorShares,
    description: { ...v.description },
    unbondingHeight: v.unbondingHeight,
    unbondingTime: v.unbondingTime,
    commission: v.rate,
    minSelfDelegation: v.minSelfDelegation,
  }
}
