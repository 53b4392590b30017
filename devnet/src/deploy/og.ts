import { FIXED_ADDRESSES } from '@og-explorer/common'
import { keccak256, toBytes } from 'viem'
import type { ChainWriter, Hex } from '../chain/chain-writer'
import { actorAddress } from '../chain/actors'
import { encodeCall } from '../chain/contracts'
import type { ContractDeployment } from '../deployments'
import { deploy, deployAtFixedAddress } from './install'

/**
 * A validator of the proof-of-authority launch: added by governance in the Cosmos layer, so it never
 * emits an EVM log and is known only to the staking precompile's validators() view.
 */
export const POA_VALIDATOR = {
  name: 'Genesis Authority',
  operator: actorAddress('og/validator/Genesis Authority'),
  selfBond: 10n * 10n ** 18n,
  commission: 5n * 10n ** 16n,
}

export interface OgActors {
  admin: Hex
  relayer: Hex
}

/**
 * The OG chain as the explorer sees it: two generations of settlement relay (the real devnet has four
 * addresses across them), two TEE registries (the older one emits the 1-argument PCRRevoked), the
 * staking / distribution / slashing precompile stand-ins at their fixed addresses, and the legacy
 * inference precompile plus InferenceHub.
 */
export async function deployOg(writer: ChainWriter, actors: OgActors, startTimestamp: number): Promise<Record<string, ContractDeployment>> {
  let ts = startTimestamp
  const next = () => (ts += 12)
  const { admin } = actors
  const contracts: Record<string, ContractDeployment> = {}
  const add = (name: string, kind: string, d: { address: Hex; block: number }) => (contracts[name] = { address: d.address, block: d.block, kind })

  add('LegacySettlementRelay', 'legacy-settlement-relay', await deploy(writer, admin, 'LegacySettlementRelay', [], next()))
  add('InferenceSettlementRelayV1', 'settlement-relay', await deploy(writer, admin, 'InferenceSettlementRelay', [admin], next()))
  add('InferenceSettlementRelayV2', 'settlement-relay', await deploy(writer, admin, 'InferenceSettlementRelay', [admin], next()))
  add('TEERegistryLegacy', 'tee-registry', await deploy(writer, admin, 'TEERegistry', [admin, true], next()))
  add('TEERegistry', 'tee-registry', await deploy(writer, admin, 'TEERegistry', [admin, false], next()))
  add(
    'StakingPrecompile',
    'staking-precompile',
    await deployAtFixedAddress(writer, admin, 'StakingPrecompile', [], FIXED_ADDRESSES.stakingPrecompile as Hex, next()),
  )
  add(
    'DistributionPrecompile',
    'distribution-precompile',
    await deployAtFixedAddress(writer, admin, 'DistributionPrecompile', [], FIXED_ADDRESSES.distributionPrecompile as Hex, next()),
  )
  add(
    'SlashingPrecompile',
    'slashing-precompile',
    await deployAtFixedAddress(writer, admin, 'SlashingPrecompile', [], FIXED_ADDRESSES.slashingPrecompile as Hex, next()),
  )
  add(
    'InferencePrecompile',
    'inference-precompile',
    await deployAtFixedAddress(writer, admin, 'InferencePrecompile', [], FIXED_ADDRESSES.inferencePrecompile as Hex, next()),
  )
  add('InferenceHub', 'inference-hub', await deploy(writer, admin, 'InferenceHub', [FIXED_ADDRESSES.inferencePrecompile], next()))

  const relayRole = keccak256(toBytes('SETTLEMENT_RELAY_ROLE'))
  for (const relay of ['InferenceSettlementRelayV1', 'InferenceSettlementRelayV2']) {
    writer.send({ from: admin, to: contracts[relay].address as Hex, data: encodeCall('InferenceSettlementRelay', 'grantRole', [relayRole, actors.relayer]) })
  }
  writer.send({ from: admin, to: FIXED_ADDRESSES.stakingPrecompile as Hex, data: encodeCall('StakingPrecompile', 'initialize', [admin]) })
  const poa = POA_VALIDATOR
  const pubkey = Buffer.from(keccak256(toBytes(`consensus/${poa.name}`)).slice(2), 'hex').toString('base64')
  const description = [poa.name, '', '', '', 'proof-of-authority validator (no EVM log)']
  writer.send({
    from: admin,
    to: FIXED_ADDRESSES.stakingPrecompile as Hex,
    data: encodeCall('StakingPrecompile', 'adminAddValidator', [poa.operator, description, poa.commission, pubkey, poa.selfBond]),
  })
  writer.send({ from: admin, to: FIXED_ADDRESSES.distributionPrecompile as Hex, data: encodeCall('DistributionPrecompile', 'initialize', [admin]) })
  await writer.mine(next())
  return contracts
}
