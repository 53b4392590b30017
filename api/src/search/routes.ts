/**
 * The web explorer's page for each kind of hit, in one place so the API and the web agree.
 * Ids are URL-encoded; a hex id never needs it, a moniker might.
 */
export const ROUTES = {
  TRANSACTION: (id: string) => `/tx/${id}`,
  SETTLEMENT: (id: string) => `/settlements/${id}`,
  BATCH: (id: string) => `/settlements/${id}`,
  BLOB: (id: string) => `/settlements/${id}`,
  INFERENCE: (id: string) => `/inferences/${id}`,
  TEE_NODE: (id: string) => `/tees/${id}`,
  PCR: (id: string) => `/pcrs/${id}`,
  ACCOUNT: (id: string) => `/accounts/${id}`,
  VALIDATOR: (id: string) => `/validators/${id}`,
  DELEGATOR: (id: string) => `/accounts/${id}#delegations`,
  PAYMENT: (id: string) => `/payments/${id}`,
  TRANSFER: (id: string) => `/transfers/${id}`,
  SWAP: (id: string) => `/swaps/${id}`,
  STAKING_EVENT: (id: string) => `/staking-events/${id}`,
  HEARTBEAT: (id: string) => `/heartbeats/${id}`,
  UNLOCK: (id: string) => `/unlocks/${id}`,
} as const

export type SearchHitKind = keyof typeof ROUTES

export function routeOf(kind: SearchHitKind, id: string): string {
  return ROUTES[kind](encodeURIComponent(id))
}
