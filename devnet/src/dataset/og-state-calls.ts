/**
 * eth_call answers from a synthetic OG dataset's recorded state (state-history.ts): exactly the reads
 * the OG indexer makes, at a block, from the newest change at or before it. The TEE registries'
 * getTEE and heartbeatMaxAge, the staking precompile's validator, validators and delegation (the
 * delegation's balance computed as the contract does, shares × tokens / delegatorShares at that
 * block), and the indexer's batch call (contracts/sol/indexer/BatchReader.sol: many reads in one
 * eth_call, answered in its Results revert). Anything else is refused by name.
 */
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { loadArtifact } from '@og-explorer/contracts'
import {
  decodeAbiParameters,
  decodeFunctionData,
  encodeAbiParameters,
  encodeErrorResult,
  encodeFunctionResult,
  getAddress,
  parseAbi,
  toFunctionSelector,
  type Abi,
  type Hex,
} from 'viem'
import { EMPTY_VALIDATOR, OG_STATE, VALIDATOR_PREFIX, type RecordedTee, type RecordedValidator } from './og-state-keys'
import type { StateHistory } from './state-history'

const REGISTRY_ABI = loadArtifact('TEERegistry').abi as Abi
const STAKING_ABI = loadArtifact('StakingPrecompile').abi as Abi
const BATCH_READER_CODE = (loadArtifact('BatchReader').bytecode as string).toLowerCase()
const RESULTS_ABI = parseAbi(['error Results(bool[] ok, bytes[] results)'])
const STAKING = FIXED_ADDRESSES.stakingPrecompile.toLowerCase()
const BOND_DENOM = 'ogwei'

const SELECTOR = {
  getTEE: toFunctionSelector('getTEE(bytes32)'),
  heartbeatMaxAge: toFunctionSelector('heartbeatMaxAge()'),
  validator: toFunctionSelector('validator(address)'),
  delegation: toFunctionSelector('delegation(address,string)'),
  validators: toFunctionSelector('validators(string,(bytes,uint64,uint64,bool,bool))'),
}

/** a read the contract reverts, with its revert data */
export class CallReverted extends Error {
  constructor(readonly data: Hex) {
    super('execution reverted')
  }
}

/** a read this endpoint does not serve (a node would have answered it) */
export class CallNotServed extends Error {}

const big = (s: string) => BigInt(s)

function validatorStruct(v: RecordedValidator) {
  return {
    ...v,
    tokens: big(v.tokens),
    delegatorShares: big(v.delegatorShares),
    unbondingHeight: big(v.unbondingHeight),
    unbondingTime: big(v.unbondingTime),
    commission: big(v.commission),
    minSelfDelegation: big(v.minSelfDelegation),
  }
}

/** OGAddressCodec.parseAddress for the 0x form; the indexer passes validators as 0x-hex strings */
function parseValidator(value: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new CallNotServed(`validator strings other than 0x-hex (got "${value}") are not served`)
  return value.toLowerCase()
}

export class OgStateCalls {
  /** how many reads were answered, by selector name */
  readonly served = new Map<string, number>()

  private validatorKeys: string[] | undefined

  constructor(private readonly state: StateHistory) {}

  private isRegistry(address: string): boolean {
    return this.state.at(OG_STATE.maxAge(address), Number.MAX_SAFE_INTEGER) !== undefined
  }

  /** The return data of `data` called on `to` (lowercase) at `block`; throws CallReverted or CallNotServed. */
  call(to: string | undefined, data: string, block: number): Hex {
    const input = data.toLowerCase() as Hex
    if (!to) {
      if (input.startsWith(BATCH_READER_CODE)) return this.batch(input, block)
      throw new CallNotServed('eth_call without a target is served only for the batch reader')
    }
    const selector = input.slice(0, 10)
    const count = (name: string) => this.served.set(name, (this.served.get(name) ?? 0) + 1)
    if (this.isRegistry(to)) {
      if (selector === SELECTOR.heartbeatMaxAge) {
        count('heartbeatMaxAge')
        return encodeFunctionResult({ abi: REGISTRY_ABI, functionName: 'heartbeatMaxAge', result: big(this.state.at(OG_STATE.maxAge(to), block) as string) })
      }
      if (selector === SELECTOR.getTEE) {
        count('getTEE')
        return this.getTee(to, input, block)
      }
    }
    if (to === STAKING) {
      if (selector === SELECTOR.validator) {
        count('validator')
        const { args } = decodeFunctionData({ abi: STAKING_ABI, data: input }) as unknown as { args: any[] }
        const v = this.state.at(OG_STATE.validator(args[0].toLowerCase()), block) as RecordedValidator | undefined
        return encodeFunctionResult({ abi: STAKING_ABI, functionName: 'validator', result: v ? validatorStruct(v) : EMPTY_VALIDATOR } as any)
      }
      if (selector === SELECTOR.delegation) {
        count('delegation')
        return this.delegation(input, block)
      }
      if (selector === SELECTOR.validators) {
        count('validators')
        return this.validators(input, block)
      }
    }
    throw new CallNotServed(
      `eth_call ${selector} on ${to} is not served: the recorded state answers getTEE, heartbeatMaxAge, validator, validators and delegation`,
    )
  }

  private getTee(registry: string, input: Hex, block: number): Hex {
    const { args } = decodeFunctionData({ abi: REGISTRY_ABI, data: input }) as unknown as { args: any[] }
    const teeId = (args[0] as string).toLowerCase()
    const tee = this.state.at(OG_STATE.tee(registry, teeId), block) as RecordedTee | undefined
    if (!tee) throw new CallReverted(encodeErrorResult({ abi: REGISTRY_ABI, errorName: 'TEENotFound' }))
    const result = {
      owner: getAddress(tee.owner),
      paymentAddress: getAddress(tee.paymentAddress),
      endpoint: tee.endpoint,
      publicKey: tee.publicKey,
      tlsCertificate: tee.tlsCertificate,
      pcrHash: tee.pcrHash,
      teeType: tee.teeType,
      enabled: this.state.at(OG_STATE.teeEnabled(registry, teeId), block) as boolean,
      registeredAt: big(tee.registeredAt),
      lastHeartbeatAt: big(this.state.at(OG_STATE.teeHeartbeat(registry, teeId), block) as string),
    }
    return encodeFunctionResult({ abi: REGISTRY_ABI, functionName: 'getTEE', result } as any)
  }

  private delegation(input: Hex, block: number): Hex {
    const { args } = decodeFunctionData({ abi: STAKING_ABI, data: input }) as unknown as { args: any[] }
    const delegator = (args[0] as string).toLowerCase()
    const validator = parseValidator(args[1])
    const shares = big((this.state.at(OG_STATE.shares(delegator, validator), block) as string | undefined) ?? '0')
    const v = this.state.at(OG_STATE.validator(validator), block) as RecordedValidator | undefined
    const delegatorShares = v ? big(v.delegatorShares) : 0n
    const amount = delegatorShares === 0n ? 0n : (shares * big(v!.tokens)) / delegatorShares
    return encodeFunctionResult({ abi: STAKING_ABI, functionName: 'delegation', result: [shares, { denom: BOND_DENOM, amount }] } as any)
  }

  /** validators(status, pageRequest) with the contract's paging: an offset, or a key that encodes one */
  private validators(input: Hex, block: number): Hex {
    const { args } = decodeFunctionData({ abi: STAKING_ABI, data: input }) as unknown as { args: any[] }
    const [status, page] = args as [string, { key: Hex; offset: bigint; limit: bigint; countTotal: boolean }]
    const wanted = { '': 0, BOND_STATUS_BONDED: 3, BOND_STATUS_UNBONDING: 2, BOND_STATUS_UNBONDED: 1 }[status]
    if (wanted === undefined)
      throw new CallReverted(encodeErrorResult({ abi: parseAbi(['error Error(string)']), errorName: 'Error', args: ['invalid validator status'] }))
    this.validatorKeys ??= this.state.keys.filter((k) => k.startsWith(VALIDATOR_PREFIX))
    const all = this.validatorKeys
      .map((k) => this.state.at(k, block) as RecordedValidator | undefined)
      .filter((v): v is RecordedValidator => v !== undefined && (wanted === 0 || v.status === wanted))
    const offset = page.key !== '0x' ? Number(decodeAbiParameters([{ type: 'uint256' }], page.key)[0]) : Number(page.offset)
    const limit = page.limit === 0n ? 100 : Number(page.limit)
    const chosen = all.slice(offset, offset + limit)
    const nextKey = offset + chosen.length < all.length ? encodeAbiParameters([{ type: 'uint256' }], [BigInt(offset + chosen.length)]) : '0x'
    const pageResponse = { nextKey, total: page.countTotal ? BigInt(all.length) : 0n }
    return encodeFunctionResult({ abi: STAKING_ABI, functionName: 'validators', result: [chosen.map(validatorStruct), pageResponse] } as any)
  }

  /** BatchReader's constructor: every read, then `revert Results(ok, results)` */
  private batch(input: Hex, block: number): never {
    const [targets, calls] = decodeAbiParameters([{ type: 'address[]' }, { type: 'bytes[]' }], `0x${input.slice(BATCH_READER_CODE.length)}`)
    const ok: boolean[] = []
    const results: Hex[] = []
    targets.forEach((target, i) => {
      try {
        results.push(this.call(target.toLowerCase(), calls[i], block))
        ok.push(true)
      } catch (error) {
        if (!(error instanceof CallReverted)) throw error
        results.push(error.data)
        ok.push(false)
      }
    })
    throw new CallReverted(encodeErrorResult({ abi: RESULTS_ABI, errorName: 'Results', args: [ok, results] }))
  }
}
