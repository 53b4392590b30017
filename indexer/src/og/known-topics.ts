import { toEventSelector } from 'viem'
import * as distribution from '../abi/DistributionI'
import * as hub from '../abi/InferenceHub'
import * as precompile from '../abi/InferencePrecompile'
import * as relay from '../abi/InferenceSettlementRelay'
import * as legacy from '../abi/LegacySettlementRelay'
import * as slashing from '../abi/SlashingI'
import * as staking from '../abi/StakingI'
import * as registry from '../abi/TEERegistry'
import type { OgContractKind } from './routing'

const topicsOf = (...modules: { events: Record<string, { topic: string }> }[]) => modules.flatMap((m) => Object.values(m.events).map((e) => e.topic))

/**
 * Access control, ownership, proxies and pausing: what any of these contracts may emit besides its
 * own events. They carry nothing the explorer stores, and are expected rather than unknown.
 */
const HOUSEKEEPING = [
  'RoleGranted(bytes32,address,address)',
  'RoleRevoked(bytes32,address,address)',
  'RoleAdminChanged(bytes32,bytes32,bytes32)',
  'OwnershipTransferred(address,address)',
  'OwnershipTransferStarted(address,address)',
  'Initialized(uint8)',
  'Initialized(uint64)',
  'Upgraded(address)',
  'AdminChanged(address,address)',
  'BeaconUpgraded(address)',
  'Paused(address)',
  'Unpaused(address)',
].map((signature) => toEventSelector(signature))

const relays = topicsOf(relay, legacy)
const inference = topicsOf(hub, precompile)

/** Every topic0 a trusted contract of each kind is known to emit (from the ABIs the decoders use). */
export const KNOWN_TOPICS: Record<OgContractKind, ReadonlySet<string>> = {
  'settlement-relay': new Set([...relays, ...HOUSEKEEPING]),
  'legacy-relay': new Set([...relays, ...HOUSEKEEPING]),
  'tee-registry': new Set([...topicsOf(registry), ...HOUSEKEEPING]),
  'inference-hub': new Set([...inference, ...HOUSEKEEPING]),
  'inference-precompile': new Set(inference),
  staking: new Set(topicsOf(staking)),
  distribution: new Set(topicsOf(distribution)),
  slashing: new Set(topicsOf(slashing)),
}

/**
 * A log from a trusted contract with a topic none of our decoders knows: a new contract version
 * (the TEE registry was rewritten dozens of times) or an event variant we never saw. It is recorded,
 * never silently dropped.
 */
export function isUnknownTopic(kind: OgContractKind, topic0: string | undefined): boolean {
  return !topic0 || !KNOWN_TOPICS[kind].has(topic0)
}
