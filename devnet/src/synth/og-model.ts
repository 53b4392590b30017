/**
 * An in-memory model of the OG contracts the simulator calls (contracts/sol/og), the OG counterpart of
 * base-model.ts: the settlement relays (v1/v2 role-gated, the v0 legacy one open), the two TEE
 * registries, the staking, distribution and slashing precompile stand-ins, and the inference
 * precompile behind InferenceHub. It executes one transaction and returns the logs the EVM would
 * emit, in the same order with the same words; what the contract would revert on throws. Every
 * change to the state the indexer reads by eth_call is passed to `record` with its block.
 */
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { decodeFunctionData, encodeAbiParameters, keccak256, type Abi, type Hex } from 'viem'
import { abiOf } from '../chain/contracts'
import type { Deployments } from '../deployments'
import type { StateValue } from '../dataset/state-history'
import type { ModelLog, ModelTx, TxOutcome } from './base-model'
import { ModelRevert } from './base-model'
import { EventEncoder } from './og-events'
import { DEFAULT_ADMIN_ROLE, RegistryModel, Roles, type OgCall } from './og-registry-model'
import { StakingModel } from './og-staking-model'

const SETTLEMENT_RELAY_ROLE = keccak256(new TextEncoder().encode('SETTLEMENT_RELAY_ROLE'))
const RELAY_ABI = abiOf('InferenceSettlementRelay') as Abi
const LEGACY_ABI = abiOf('LegacySettlementRelay') as Abi
const HUB_ABI = abiOf('InferenceHub') as Abi

export type StateRecord = (block: number, key: string, value: StateValue) => void

export class OgModel {
  private readonly relays = new Map<string, Roles>()
  private readonly legacyRelay: string
  private readonly registries = new Map<string, RegistryModel>()
  readonly staking: StakingModel
  private readonly hub: string
  private readonly precompile = FIXED_ADDRESSES.inferencePrecompile.toLowerCase()
  private inferenceCount = 0n
  private readonly relayEvents = new EventEncoder('InferenceSettlementRelay')
  private readonly legacyEvents = new EventEncoder('LegacySettlementRelay')
  private readonly hubEvents = new EventEncoder('InferenceHub')
  private readonly precompileEvents = new EventEncoder('InferencePrecompile')

  constructor(
    deployments: Deployments,
    private readonly record: StateRecord,
  ) {
    const contracts = deployments.chains.og.contracts
    const admin = deployments.actors.ogAdmin.toLowerCase()
    const at = (name: string) => {
      const c = contracts[name]
      if (!c) throw new Error(`deployments has no og contract ${name}`)
      return c.address.toLowerCase()
    }
    for (const name of ['InferenceSettlementRelayV1', 'InferenceSettlementRelayV2'])
      this.relays.set(
        at(name),
        new Roles(at(name), [
          [DEFAULT_ADMIN_ROLE, admin],
          [SETTLEMENT_RELAY_ROLE, admin],
        ]),
      )
    this.legacyRelay = at('LegacySettlementRelay')
    for (const [name, legacy] of [
      ['TEERegistryLegacy', true],
      ['TEERegistry', false],
    ] as const)
      this.registries.set(at(name), new RegistryModel(at(name), admin, legacy, contracts[name].block, record))
    this.staking = new StakingModel(
      FIXED_ADDRESSES.stakingPrecompile.toLowerCase(),
      FIXED_ADDRESSES.distributionPrecompile.toLowerCase(),
      FIXED_ADDRESSES.slashingPrecompile.toLowerCase(),
    )
    this.hub = at('InferenceHub')
  }

  /** Answers an eth_call the plan makes: the staking precompile's validator() before a slash. */
  call(to: string, data: string): Hex {
    if (to.toLowerCase() === this.staking.address) return this.staking.call(data as Hex)
    throw new Error(`the OG model cannot answer eth_call ${data.slice(0, 10)} on ${to}`)
  }

  execute(tx: ModelTx, timestamp: bigint, block: number): TxOutcome {
    if (!tx.to) throw new Error(`the OG model creates no contracts (creation from ${tx.from} at block ${block})`)
    const logs: ModelLog[] = []
    const call: OgCall = {
      from: tx.from.toLowerCase(),
      data: tx.data.toLowerCase() as Hex,
      timestamp,
      block,
      logs,
      record: (key, value) => this.record(block, key, value),
    }
    const to = tx.to.toLowerCase()
    const relay = this.relays.get(to)
    const registry = this.registries.get(to)
    if (relay) this.relayCall(to, relay, call)
    else if (registry) registry.execute(call)
    else if (to === this.legacyRelay) this.legacyCall(call)
    else if (to === this.staking.address) this.staking.executeStaking(call)
    else if (to === this.staking.distributionAddress) this.staking.executeDistribution(call)
    else if (to === this.staking.slashingAddress) this.staking.executeSlashing(call)
    else if (to === this.hub) this.hubCall(call)
    else throw new Error(`the OG model has no contract at ${to} (selector ${call.data.slice(0, 10)})`)
    return { logs, contractAddress: null }
  }

  private relayCall(address: string, roles: Roles, call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: RELAY_ABI, data: call.data }) as { functionName: string; args: any[] }
    if (functionName === 'grantRole') return roles.grant(call, args[0], args[1])
    roles.check(SETTLEMENT_RELAY_ROLE, call.from)
    if (functionName === 'batchSettle') call.logs.push(this.relayEvents.log(address, 'BatchSettlement', args))
    else if (functionName === 'settleIndividual') {
      const [teeId, inputHash, outputHash, timestamp, ethAddress, blobId, signature] = args
      call.logs.push(this.relayEvents.log(address, 'IndividualSettlement', [teeId, ethAddress, inputHash, outputHash, timestamp, blobId, signature]))
    } else throw new Error(`the OG model has no InferenceSettlementRelay function ${functionName}`)
  }

  private legacyCall(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: LEGACY_ABI, data: call.data }) as { functionName: string; args: any[] }
    const event = { settle: 'Settlement', batchSettle: 'BatchSettlement', settleWithMetadata: 'SettlementWithMetadata' }[functionName]
    if (!event) throw new Error(`the OG model has no LegacySettlementRelay function ${functionName}`)
    call.logs.push(this.legacyEvents.log(this.legacyRelay, event, args))
  }

  /** InferenceHub forwards to the 0xF4 precompile, which logs first; the hub then logs the result. */
  private hubCall(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: HUB_ABI, data: call.data }) as { functionName: string; args: any[] }
    const n = this.inferenceCount++
    const id = n.toString()
    const canned = `devnet response #${id}`
    if (functionName === 'run') {
      const [modelCID, mode, input] = args
      const hash = BigInt(keccak256(encodeAbiParameters([{ type: 'string' }, { type: 'uint256' }], [modelCID, n])))
      const output = {
        numbers: [{ name: 'output', values: [{ value: hash % 1_000_000n, decimals: 4n }], shape: [1] }],
        strings: [],
        jsons: [],
        is_simulation_result: false,
      }
      call.logs.push(this.precompileEvents.log(this.precompile, 'ModelInferenceEvent', [id, { mode, modelCID, input }, output]))
      call.logs.push(this.hubEvents.log(this.hub, 'InferenceResult', [output]))
    } else if (functionName === 'runLLMChat') {
      const response = { finish_reason: 'stop', message: { role: 'assistant', content: canned, name: '', tool_call_id: '', tool_calls: [] } }
      call.logs.push(this.precompileEvents.log(this.precompile, 'LLMChat', [id, args[0], response]))
      call.logs.push(this.hubEvents.log(this.hub, 'LLMChatResult', [response]))
    } else if (functionName === 'runLLMCompletion') {
      const response = { answer: canned }
      call.logs.push(this.precompileEvents.log(this.precompile, 'LLMCompletionEvent', [id, args[0], response]))
      call.logs.push(this.hubEvents.log(this.hub, 'LLMCompletionResult', [response]))
    } else throw new ModelRevert(`InferenceHub has no function ${functionName}`)
  }
}
