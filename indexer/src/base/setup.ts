import type { AllocationSource, LabelledAddress, NetworkProfile } from '../config/profile'
import { lower } from '../config/profile'
import { ZERO_ADDRESS, ZERO_ADDRESS_LABEL } from './accounts'
import { baseContractKinds, paymentRelays, type BaseContractKind } from './contracts'
import type { PoolSetup } from './swaps/decode'

/** What the Base pipeline derives once from the profile. */
export interface BaseSetup {
  kinds: Map<string, BaseContractKind>
  opg: string
  /** proxies and Permit2 */
  relays: Set<string>
  pool?: PoolSetup
  /** every known address (the zero address included), lowercased */
  labels: Map<string, LabelledAddress>
  /** accounts whose balance is outside circulating supply: non-circulating labels and the zero address */
  excluded: Set<string>
  /** vesting contracts and distributors: a transfer out of one is an unlock */
  unlockSources: Map<string, AllocationSource>
}

export function baseSetup(profile: NetworkProfile): BaseSetup {
  const c = profile.base.contracts
  const labels = new Map<string, LabelledAddress>([[ZERO_ADDRESS, ZERO_ADDRESS_LABEL]])
  for (const l of profile.labels) labels.set(lower(l.address), { ...l, address: lower(l.address) })
  return {
    kinds: baseContractKinds(profile),
    opg: lower(c.opg.address),
    relays: paymentRelays(profile),
    pool: c.pool ? { opgIsToken0: c.pool.opgIsToken0, usdcDecimals: c.pool.usdcDecimals } : undefined,
    labels,
    excluded: new Set([...labels.values()].filter((l) => !l.circulating).map((l) => l.address)),
    unlockSources: new Map(c.allocationSources.map((s) => [lower(s.address), { ...s, address: lower(s.address) }])),
  }
}
