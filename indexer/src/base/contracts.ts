import { FIXED_ADDRESSES } from '@og-explorer/common'
import type { NetworkProfile } from '../config/profile'
import { lower } from '../config/profile'

export type BaseContractKind = 'opg' | 'x402-exact' | 'x402-upto' | 'pool'

/** Trusted Base addresses by kind, lowercased; logs from anything else are ignored. */
export function baseContractKinds(profile: NetworkProfile): Map<string, BaseContractKind> {
  const c = profile.base.contracts
  const kinds = new Map<string, BaseContractKind>()
  kinds.set(lower(c.opg.address), 'opg')
  kinds.set(lower(c.x402ExactProxy.address), 'x402-exact')
  kinds.set(lower(c.x402UptoProxy.address), 'x402-upto')
  if (c.pool) kinds.set(lower(c.pool.address), 'pool')
  return kinds
}

/**
 * Addresses that only relay a payment (the proxies and Permit2). When a payment's calldata cannot be
 * read, the OPG transfer that names the payer is the one that does not start at one of these.
 */
export function paymentRelays(profile: NetworkProfile): Set<string> {
  const c = profile.base.contracts
  return new Set([c.x402ExactProxy.address, c.x402UptoProxy.address, FIXED_ADDRESSES.permit2].map(lower))
}
