import { encodeAbiParameters, encodePacked, keccak256, toBytes, toHex, type Hex } from 'viem'
import { actorAddress } from '../chain/actors'
import { encodeCall } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'
import { createTeeSigner, type TeeSigner } from './tee-crypto'

export const TEE_TYPE_LLM_PROXY = 0
export const TEE_TYPE_VALIDATOR = 1

/** Day on which the old registry revokes its PCR (emitting the 1-argument PCRRevoked). */
export const LEGACY_REGISTRY_RETIRED_DAY = 20
/** A new enclave build: PCR v2 approved, LLM nodes replaced, v1 revoked a few days later. */
export const PCR_UPGRADE_DAY = 100
export const PCR_V1_REVOKE_DAY = 106
/**
 * One node is taken down by its owner for maintenance and comes back: inside the test devnets' days, so
 * the indexer's uptime of a re-enabled node is checked against the chain.
 */
export const MAINTENANCE_DAYS = [60, 62] as const

export interface SimTee {
  name: string
  signer: TeeSigner
  teeId: Hex
  owner: Hex
  paymentAddress: Hex
  registry: 'TEERegistryLegacy' | 'TEERegistry'
  teeType: number
  pcr: 'v1' | 'v2'
  registered: boolean
  enabled: boolean
  retired: boolean
  /** chance that a due heartbeat is missed */
  missRate: number
  outage?: [number, number]
  nextHeartbeat: number
  validator?: Hex
}

const pcrSet = (version: string, teeType: number) => ({
  pcr0: toHex(toBytes(`pcr0/${version}/type${teeType}`.padEnd(48, '.'))),
  pcr1: toHex(toBytes(`pcr1/${version}/type${teeType}`.padEnd(48, '.'))),
  pcr2: toHex(toBytes(`pcr2/${version}/type${teeType}`.padEnd(48, '.'))),
})

export const pcrHashOf = (version: string, teeType: number): Hex => {
  const p = pcrSet(version, teeType)
  return keccak256(encodePacked(['bytes', 'bytes', 'bytes'], [p.pcr0, p.pcr1, p.pcr2]))
}

/**
 * The TEE node registry's life: node types and PCRs, registrations on the old and the current
 * registry, heartbeats relayed by the facilitator (with gaps for the flaky validator's node), an
 * enclave upgrade that replaces every LLM node, and a maintenance window.
 */
export class TeeActivity {
  readonly tees: SimTee[] = []
  private readonly operators: Hex[] = [actorAddress('og/tee-operator/0'), actorAddress('og/tee-operator/1')]

  constructor(
    private readonly ctx: SimContext,
    private readonly validators: { operator: Hex; flaky: boolean }[],
  ) {}

  /** LLM nodes that can serve and sign inferences right now */
  servingTees(): SimTee[] {
    return this.tees.filter((t) => t.teeType === TEE_TYPE_LLM_PROXY && t.registered && t.enabled && !t.retired)
  }

  onBlock(clock: BlockClock): void {
    if (clock.day === 0 && clock.blockOfDay === 0) this.setup(clock)
    if (clock.blockOfDay === 0) this.dailyEvents(clock)
    this.heartbeats(clock)
  }

  private registry(name: SimTee['registry']): Hex {
    return contractAddress(this.ctx, 'og', name)
  }

  private setup(clock: BlockClock): void {
    const { ctx } = this
    const admin = ctx.deployments.actors.ogAdmin as Hex
    const operatorRole = keccak256(toBytes('TEE_OPERATOR'))
    for (const registry of ['TEERegistryLegacy', 'TEERegistry'] as const) {
      const to = this.registry(registry)
      const send = (fn: string, args: unknown[]) => ctx.og.send({ from: admin, to, data: encodeCall('TEERegistry', fn, args) })
      send('addTEEType', [TEE_TYPE_LLM_PROXY, 'LLMProxy'])
      send('addTEEType', [TEE_TYPE_VALIDATOR, 'Validator'])
      send('approvePCR', [pcrSet('v1', TEE_TYPE_LLM_PROXY), 'v1.0.0', TEE_TYPE_LLM_PROXY])
      send('approvePCR', [pcrSet('v1', TEE_TYPE_VALIDATOR), 'v1.0.0', TEE_TYPE_VALIDATOR])
      send('setAWSRootCertificate', [toHex(toBytes(`aws-nitro-root-g1/${registry}`))])
      send('setHeartbeatMaxAge', [BigInt(Math.round(ctx.scale.heartbeatIntervalSeconds * 2.5))])
      for (const owner of [...this.operators, ...this.validators.map((v) => v.operator)]) send('grantRole', [operatorRole, owner])
    }
    for (let i = 0; i < 2; i++) this.addTee(`legacy-llm-${i}`, 'TEERegistryLegacy', TEE_TYPE_LLM_PROXY, 'v1', this.operators[i % 2], clock)
    for (let i = 0; i < ctx.scale.llmTees; i++) this.addTee(`llm-${i}`, 'TEERegistry', TEE_TYPE_LLM_PROXY, 'v1', this.operators[i % 2], clock)
    this.validators.forEach((v, i) => {
      const tee = this.addTee(`validator-${i}`, 'TEERegistry', TEE_TYPE_VALIDATOR, 'v1', v.operator, clock)
      tee.validator = v.operator
      if (v.flaky) {
        tee.missRate = 0.35
        tee.outage = [120, 124]
      }
    })
  }

  private addTee(name: string, registry: SimTee['registry'], teeType: number, pcr: 'v1' | 'v2', owner: Hex, clock: BlockClock): SimTee {
    const signer = createTeeSigner(`tee/${name}`)
    const tee: SimTee = {
      name,
      signer,
      teeId: signer.teeId,
      owner,
      paymentAddress: actorAddress(`og/tee-payment/${name}`),
      registry,
      teeType,
      pcr,
      registered: true,
      enabled: true,
      retired: false,
      missRate: 0.01,
      nextHeartbeat: clock.timestamp + this.ctx.rng.int(60, this.ctx.scale.heartbeatIntervalSeconds),
    }
    const attestation = encodeAbiParameters([{ type: 'bytes32' }], [pcrHashOf(pcr, teeType)])
    const tls = toHex(toBytes(`tls-cert/${name}`))
    const endpoint = `https://${name}.tee.devnet.opengradient.local`
    this.ctx.og.send({
      from: owner,
      to: this.registry(registry),
      data: encodeCall('TEERegistry', 'registerTEEWithAttestation', [attestation, toHex(signer.publicKeyDer), tls, tee.paymentAddress, endpoint, teeType]),
    })
    this.tees.push(tee)
    return tee
  }

  private dailyEvents(clock: BlockClock): void {
    const { ctx } = this
    const admin = ctx.deployments.actors.ogAdmin as Hex
    if (clock.day === LEGACY_REGISTRY_RETIRED_DAY) {
      ctx.og.send({
        from: admin,
        to: this.registry('TEERegistryLegacy'),
        data: encodeCall('TEERegistry', 'revokePCR', [pcrHashOf('v1', TEE_TYPE_LLM_PROXY), TEE_TYPE_LLM_PROXY]),
      })
      for (const t of this.tees.filter((t) => t.registry === 'TEERegistryLegacy')) {
        t.enabled = false
        t.retired = true
      }
    }
    if (clock.day === PCR_UPGRADE_DAY) {
      ctx.og.send({
        from: admin,
        to: this.registry('TEERegistry'),
        data: encodeCall('TEERegistry', 'approvePCR', [pcrSet('v2', TEE_TYPE_LLM_PROXY), 'v2.0.0', TEE_TYPE_LLM_PROXY]),
      })
    }
    if (clock.day > PCR_UPGRADE_DAY && clock.day <= PCR_UPGRADE_DAY + 3) {
      const old = this.tees.filter((t) => t.teeType === TEE_TYPE_LLM_PROXY && t.pcr === 'v1' && !t.retired && t.registry === 'TEERegistry')
      const batch = old.slice(0, Math.ceil(old.length / (PCR_UPGRADE_DAY + 4 - clock.day)))
      for (const t of batch) {
        t.retired = true
        this.addTee(`${t.name}-v2`, 'TEERegistry', TEE_TYPE_LLM_PROXY, 'v2', t.owner, clock)
      }
    }
    if (clock.day === PCR_V1_REVOKE_DAY) {
      ctx.og.send({
        from: admin,
        to: this.registry('TEERegistry'),
        data: encodeCall('TEERegistry', 'revokePCR', [pcrHashOf('v1', TEE_TYPE_LLM_PROXY), TEE_TYPE_LLM_PROXY]),
      })
      for (const t of this.tees.filter((t) => t.teeType === TEE_TYPE_LLM_PROXY && t.pcr === 'v1' && t.registry === 'TEERegistry')) {
        t.enabled = false
        t.retired = true
      }
    }
    const [down, up] = MAINTENANCE_DAYS
    const maintained = this.servingTees()[0]
    if (clock.day === down && maintained) {
      ctx.og.send({ from: maintained.owner, to: this.registry(maintained.registry), data: encodeCall('TEERegistry', 'disableTEE', [maintained.teeId]) })
      maintained.enabled = false
      maintained.name += ' (maintenance)'
    }
    if (clock.day === up) {
      const back = this.tees.find((t) => t.name.endsWith(' (maintenance)'))
      if (back) {
        ctx.og.send({ from: back.owner, to: this.registry(back.registry), data: encodeCall('TEERegistry', 'enableTEE', [back.teeId]) })
        back.enabled = true
        back.name = back.name.replace(' (maintenance)', '')
      }
    }
  }

  private heartbeats(clock: BlockClock): void {
    const { ctx } = this
    const relayer = ctx.deployments.actors.relayer as Hex
    for (const tee of this.tees) {
      if (!tee.enabled || tee.retired || clock.timestamp < tee.nextHeartbeat) continue
      tee.nextHeartbeat +=
        ctx.scale.heartbeatIntervalSeconds * Math.max(1, Math.floor((clock.timestamp - tee.nextHeartbeat) / ctx.scale.heartbeatIntervalSeconds) + 1)
      const inOutage = tee.outage && clock.day >= tee.outage[0] && clock.day < tee.outage[1]
      if (inOutage || ctx.rng.chance(tee.missRate) || ctx.og.dropsTransactions) continue
      const ts = BigInt(clock.timestamp)
      const digest = keccak256(encodePacked(['bytes32', 'uint256'], [tee.teeId, ts]))
      const to = this.registry(tee.registry)
      ctx.og.send(
        tee.signer.sign(digest).then((signature) => ({ from: relayer, to, data: encodeCall('TEERegistry', 'heartbeat', [tee.teeId, ts, signature]) })),
      )
    }
  }
}
