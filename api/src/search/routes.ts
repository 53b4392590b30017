/**
 * The web explorer's page for each kind of hit, in one place so the API and the web agree (a test checks each
 * against the app's page table in @og-explorer/common). Each builder URL-encodes what it puts in the path; a hex id
 * never needs it, a moniker might.
 */
const enc = encodeURIComponent

export const ROUTES = {
  TRANSACTION: (id: string) => `/tx/${enc(id)}`,
  /** id is `<chain>:<number>` */
  BLOCK: (id: string) => {
    const [chain, number] = id.split(':')
    return `/blocks/${enc(chain)}/${enc(number ?? '')}`
  },
  SETTLEMENT: (id: string) => `/settlements/${enc(id)}`,
  BATCH: (id: string) => `/settlements/${enc(id)}`,
  BLOB: (id: string) => `/settlements/${enc(id)}`,
  INFERENCE: (id: string) => `/inferences/${enc(id)}`,
  TEE_NODE: (id: string) => `/tees/${enc(id)}`,
  PCR: (id: string) => `/pcrs/${enc(id)}`,
  ACCOUNT: (id: string) => `/accounts/${enc(id)}`,
  VALIDATOR: (id: string) => `/validators/${enc(id)}`,
  DELEGATOR: (id: string) => `/accounts/${enc(id)}#delegations`,
  PAYMENT: (id: string) => `/payments/${enc(id)}`,
  TRANSFER: (id: string) => `/transfers/${enc(id)}`,
  SWAP: (id: string) => `/swaps/${enc(id)}`,
  STAKING_EVENT: (id: string) => `/staking-events/${enc(id)}`,
  HEARTBEAT: (id: string) => `/heartbeats/${enc(id)}`,
  UNLOCK: (id: string) => `/unlocks/${enc(id)}`,
} as const

export type SearchHitKind = keyof typeof ROUTES

export function routeOf(kind: SearchHitKind, id: string): string {
  return ROUTES[kind](id)
}
