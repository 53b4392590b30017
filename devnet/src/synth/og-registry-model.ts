/**
 * The TEE registry (contracts/sol/og/TEERegistry.sol) and OpenZeppelin 5 AccessControl's role
 * grants, in memory: what its write functions check, change and emit, in the contract's order
 * (revokePCR walks the enabled list from its end, and its swap-and-pop removal decides the order of
 * the TEEDisabled logs). Devnet rules are the contract's own: attestations and heartbeat signatures
 * are not verified. Every change to what the indexer reads (getTEE, heartbeatMaxAge) is recorded.
 */
import { decodeFunctionData, keccak256, type Abi, type Hex } from 'viem'
import { abiOf } from '../chain/contracts'
import { OG_STATE } from '../dataset/og-state-keys'
import type { StateValue } from '../dataset/state-history'
import type { ModelLog } from './base-model'
import { ModelRevert } from './base-model'
import { EventEncoder } from './og-events'

export const DEFAULT_ADMIN_ROLE = `0x${'00'.repeat(32)}`
const TEE_OPERATOR = keccak256(new TextEncoder().encode('TEE_OPERATOR'))
const HEARTBEAT_MAX_FUTURE = 300n

export interface OgCall {
  from: string
  data: Hex
  timestamp: bigint
  block: number
  logs: ModelLog[]
  record(key: string, value: StateValue): void
}

/** AccessControl's roles of one contract (role admins are DEFAULT_ADMIN_ROLE for every role used here). */
export class Roles {
  private readonly members = new Set<string>()
  private readonly events = new EventEncoder('InferenceSettlementRelay')

  constructor(
    private readonly address: string,
    grants: [role: string, account: string][],
  ) {
    for (const [role, account] of grants) this.members.add(`${role}/${account.toLowerCase()}`)
  }

  has(role: string, account: string): boolean {
    return this.members.has(`${role}/${account.toLowerCase()}`)
  }

  check(role: string, account: string): void {
    if (!this.has(role, account)) throw new ModelRevert(`AccessControlUnauthorizedAccount(${account}, ${role})`)
  }

  /** grantRole(role, account): the caller must hold the role's admin role; emits only for a new member */
  grant(call: OgCall, role: string, account: string): void {
    this.check(DEFAULT_ADMIN_ROLE, call.from)
    if (this.has(role, account)) return
    this.members.add(`${role}/${account.toLowerCase()}`)
    call.logs.push(this.events.log(this.address, 'RoleGranted', [role, account, call.from]))
  }
}

interface Tee {
  owner: string
  paymentAddress: string
  endpoint: string
  publicKey: string
  tlsCertificate: string
  pcrHash: string
  teeType: number
  enabled: boolean
  registeredAt: bigint
  lastHeartbeatAt: bigint
}

const ABI = abiOf('TEERegistry') as Abi

export class RegistryModel {
  readonly roles: Roles
  private readonly events = new EventEncoder('TEERegistry')
  private heartbeatMaxAge = 1800n
  private readonly teeTypes = new Set<number>()
  /** `${teeType}/${pcrHash}` → active */
  private readonly pcrs = new Map<string, boolean>()
  readonly tees = new Map<string, Tee>()
  private readonly enabledList = new Map<number, string[]>()
  private readonly enabledIndex = new Map<string, number>()

  constructor(
    readonly address: string,
    admin: string,
    private readonly legacyPcrRevoked: boolean,
    /** the block that deployed it, where heartbeatMaxAge starts at the contract's default */
    deployBlock: number,
    record: (block: number, key: string, value: StateValue) => void,
  ) {
    this.roles = new Roles(address, [
      [DEFAULT_ADMIN_ROLE, admin],
      [TEE_OPERATOR, admin],
    ])
    record(deployBlock, OG_STATE.maxAge(address), this.heartbeatMaxAge.toString())
  }

  execute(call: OgCall): void {
    const { functionName, args } = decodeFunctionData({ abi: ABI, data: call.data }) as { functionName: string; args: any[] }
    const admin = () => this.roles.check(DEFAULT_ADMIN_ROLE, call.from)
    switch (functionName) {
      case 'grantRole':
        return this.roles.grant(call, args[0], args[1])
      case 'setAWSRootCertificate':
        admin()
        call.logs.push(this.events.log(this.address, 'AWSCertificateUpdated', [keccak256(args[0])]))
        return
      case 'setHeartbeatMaxAge':
        admin()
        this.heartbeatMaxAge = args[0]
        call.record(OG_STATE.maxAge(this.address), this.heartbeatMaxAge.toString())
        return
      case 'addTEEType':
        admin()
        if (this.teeTypes.has(args[0])) throw new ModelRevert('TEETypeExists')
        this.teeTypes.add(args[0])
        call.logs.push(this.events.log(this.address, 'TEETypeAdded', [args[0], args[1]]))
        return
      case 'approvePCR':
        return this.approvePcr(call, args[0], args[1], args[2])
      case 'revokePCR':
        return this.revokePcr(call, args[0], args[1])
      case 'registerTEEWithAttestation':
        return this.register(call, args as any)
      case 'disableTEE':
        return this.disable(call, args[0])
      case 'enableTEE':
        return this.enable(call, args[0])
      case 'heartbeat':
        return this.heartbeat(call, args[0], args[1])
      default:
        throw new Error(`the OG model has no TEERegistry function ${functionName}`)
    }
  }

  private approvePcr(call: OgCall, pcrs: { pcr0: Hex; pcr1: Hex; pcr2: Hex }, version: string, teeType: number): void {
    this.roles.check(DEFAULT_ADMIN_ROLE, call.from)
    if (!this.teeTypes.has(teeType)) throw new ModelRevert('InvalidTEEType')
    const pcrHash = keccak256(`0x${pcrs.pcr0.slice(2)}${pcrs.pcr1.slice(2)}${pcrs.pcr2.slice(2)}`)
    this.pcrs.set(`${teeType}/${pcrHash}`, true)
    call.logs.push(this.events.log(this.address, 'PCRApproved', [pcrHash, teeType, version]))
  }

  private revokePcr(call: OgCall, pcrHash: string, teeType: number): void {
    this.roles.check(DEFAULT_ADMIN_ROLE, call.from)
    const key = `${teeType}/${pcrHash.toLowerCase()}`
    if (!this.pcrs.get(key)) throw new ModelRevert('PCRNotApproved')
    this.pcrs.set(key, false)
    const list = this.enabledList.get(teeType) ?? []
    for (let i = list.length; i > 0; i--) {
      const teeId = list[i - 1]
      const tee = this.tees.get(teeId)!
      if (tee.pcrHash !== pcrHash.toLowerCase()) continue
      this.setEnabled(call, teeId, tee, false)
      call.logs.push(this.events.log(this.address, 'TEEDisabled', [teeId]))
    }
    call.logs.push(this.events.log(this.address, 'PCRRevoked', this.legacyPcrRevoked ? [pcrHash] : [pcrHash, teeType]))
  }

  private register(call: OgCall, [attestation, publicKey, tls, paymentAddress, endpoint, teeType]: [Hex, Hex, Hex, string, string, number]): void {
    this.roles.check(TEE_OPERATOR, call.from)
    if (!this.teeTypes.has(teeType)) throw new ModelRevert('InvalidTEEType')
    const teeId = keccak256(publicKey)
    if (this.tees.has(teeId)) throw new ModelRevert('TEEAlreadyExists')
    if ((attestation.length - 2) / 2 !== 32) throw new ModelRevert('AttestationInvalid')
    const pcrHash = attestation.toLowerCase()
    if (!this.pcrs.get(`${teeType}/${pcrHash}`)) throw new ModelRevert('PCRNotApproved')
    const tee: Tee = {
      owner: call.from,
      paymentAddress: paymentAddress.toLowerCase(),
      endpoint,
      publicKey: publicKey.toLowerCase(),
      tlsCertificate: tls.toLowerCase(),
      pcrHash,
      teeType,
      enabled: false,
      registeredAt: call.timestamp,
      lastHeartbeatAt: call.timestamp,
    }
    this.tees.set(teeId, tee)
    const { owner, registeredAt, ...rest } = tee
    call.record(OG_STATE.tee(this.address, teeId), {
      owner,
      paymentAddress: rest.paymentAddress,
      endpoint,
      publicKey: rest.publicKey,
      tlsCertificate: rest.tlsCertificate,
      pcrHash,
      teeType,
      registeredAt: registeredAt.toString(),
    })
    call.record(OG_STATE.teeHeartbeat(this.address, teeId), tee.lastHeartbeatAt.toString())
    this.setEnabled(call, teeId, tee, true)
    call.logs.push(this.events.log(this.address, 'TEERegistered', [teeId, call.from, teeType]))
  }

  private ownerOrAdmin(call: OgCall, teeId: string): Tee {
    const tee = this.tees.get(teeId.toLowerCase())
    if (!tee) throw new ModelRevert('TEENotFound')
    const isOwnerOperator = tee.owner === call.from && this.roles.has(TEE_OPERATOR, call.from)
    if (!this.roles.has(DEFAULT_ADMIN_ROLE, call.from) && !isOwnerOperator) throw new ModelRevert('NotTEEOwner')
    return tee
  }

  private disable(call: OgCall, teeId: string): void {
    const tee = this.ownerOrAdmin(call, teeId)
    if (!tee.enabled) throw new ModelRevert('TEENotEnabled')
    this.setEnabled(call, teeId.toLowerCase(), tee, false)
    call.logs.push(this.events.log(this.address, 'TEEDisabled', [teeId]))
  }

  private enable(call: OgCall, teeId: string): void {
    const tee = this.ownerOrAdmin(call, teeId)
    if (tee.enabled) return
    if (!this.pcrs.get(`${tee.teeType}/${tee.pcrHash}`)) throw new ModelRevert('PCRNotApproved')
    this.setEnabled(call, teeId.toLowerCase(), tee, true)
    call.logs.push(this.events.log(this.address, 'TEEEnabled', [teeId]))
  }

  private heartbeat(call: OgCall, teeId: string, timestamp: bigint): void {
    const id = teeId.toLowerCase()
    const tee = this.tees.get(id)
    if (!tee) throw new ModelRevert('TEENotFound')
    if (!tee.enabled) throw new ModelRevert('TEENotEnabled')
    if (timestamp > call.timestamp + HEARTBEAT_MAX_FUTURE) throw new ModelRevert('HeartbeatTimestampInFuture')
    if (timestamp <= tee.lastHeartbeatAt) throw new ModelRevert('HeartbeatTimestampTooOld')
    tee.lastHeartbeatAt = timestamp
    call.record(OG_STATE.teeHeartbeat(this.address, id), timestamp.toString())
    call.logs.push(this.events.log(this.address, 'HeartbeatReceived', [teeId, timestamp]))
  }

  /** the enabled flag and the contract's enabled list (_addToEnabledList / _removeFromEnabledList) */
  private setEnabled(call: OgCall, teeId: string, tee: Tee, enabled: boolean): void {
    tee.enabled = enabled
    call.record(OG_STATE.teeEnabled(this.address, teeId), enabled)
    let list = this.enabledList.get(tee.teeType)
    if (!list) this.enabledList.set(tee.teeType, (list = []))
    const indexKey = `${tee.teeType}/${teeId}`
    if (enabled) {
      this.enabledIndex.set(indexKey, list.length)
      list.push(teeId)
      return
    }
    const index = this.enabledIndex.get(indexKey) ?? 0
    const lastIndex = list.length - 1
    if (index !== lastIndex) {
      const lastId = list[lastIndex]
      list[index] = lastId
      this.enabledIndex.set(`${tee.teeType}/${lastId}`, index)
    }
    list.pop()
    this.enabledIndex.delete(indexKey)
  }
}
