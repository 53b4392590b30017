import type { UnlockRow } from './token'
import type { StakingEventRow } from './validators'

/** One transaction's events, and single events of each kind (the routes the API's search links to). */

export const TRANSACTION_QUERY = /* GraphQL */ `
query Transaction($hash: String!) {
  settlements(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id kind status inferenceCount merkleRoot blockNumber timestamp }
  heartbeats(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id blockNumber timestamp reportedAt tee { id endpoint } }
  stakingEvents(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id kind amount delegator blockNumber timestamp validator { id moniker } dstValidator { id moniker } }
  commissionChanges(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id rate previousRate blockNumber timestamp validator { id moniker } }
  payments(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id scheme amount amountUsd teeId blockNumber timestamp payer { id label } payee { id label } }
  transfers(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id amount blockNumber timestamp from { id label } to { id label } }
  swaps(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id amountOpg amountUsdc priceUsd volumeUsd blockNumber timestamp sender recipient }
  unlocks(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id allocation amount beneficiary source blockNumber timestamp }
}`

type Named = { id: string; label?: string | null; moniker?: string | null }

export interface TransactionWire {
  settlements: Array<{ id: string; kind: string; status: string; inferenceCount: number; merkleRoot: string | null; blockNumber: number; timestamp: string }>
  heartbeats: Array<{ id: string; blockNumber: number; timestamp: string; reportedAt: string; tee: { id: string; endpoint: string | null } }>
  stakingEvents: Array<{ id: string; kind: string; amount: string | null; delegator: string | null; blockNumber: number; timestamp: string; validator: Named | null; dstValidator: Named | null }>
  commissionChanges: Array<{ id: string; rate: string; previousRate: string; blockNumber: number; timestamp: string; validator: Named }>
  payments: Array<{ id: string; scheme: string; amount: string; amountUsd: string; teeId: string | null; blockNumber: number; timestamp: string; payer: Named; payee: Named }>
  transfers: Array<{ id: string; amount: string; blockNumber: number; timestamp: string; from: Named; to: Named }>
  swaps: Array<{ id: string; amountOpg: string; amountUsdc: string; priceUsd: string; volumeUsd: string; blockNumber: number; timestamp: string; sender: string; recipient: string }>
  unlocks: Array<{ id: string; allocation: string; amount: string; beneficiary: string; source: string; blockNumber: number; timestamp: string }>
}

/** Which chain a transaction is on, from what it contains (the two chains' hashes never collide in practice). */
export function chainOf(tx: TransactionWire): 'og' | 'base' | null {
  if (tx.settlements.length + tx.heartbeats.length + tx.stakingEvents.length + tx.commissionChanges.length > 0) return 'og'
  if (tx.payments.length + tx.transfers.length + tx.swaps.length + tx.unlocks.length > 0) return 'base'
  return null
}

export type EventKind = 'payment' | 'transfer' | 'swap' | 'stakingEvent' | 'heartbeat' | 'unlock'

export const EVENT_QUERIES: Record<EventKind, string> = {
  payment: /* GraphQL */ `
query Payment($id: String!) {
  event: paymentById(id: $id) {
    id txHash blockNumber timestamp scheme proxy facilitator amount amountUsd teeId withPermit
    payer { id label } payee { id label category }
  }
}`,
  transfer: /* GraphQL */ `
query Transfer($id: String!) {
  event: transferById(id: $id) { id txHash blockNumber timestamp amount from { id label category } to { id label category } }
}`,
  swap: /* GraphQL */ `
query Swap($id: String!) {
  event: swapById(id: $id) { id txHash blockNumber timestamp sender recipient amountOpg amountUsdc priceUsd volumeUsd tick liquidity }
}`,
  stakingEvent: /* GraphQL */ `
query StakingEvent($id: String!) {
  event: stakingEventById(id: $id) {
    id kind delegator amount completionTime timestamp blockNumber txHash detectedBy
    validator { id moniker } dstValidator { id moniker }
  }
}`,
  heartbeat: /* GraphQL */ `
query Heartbeat($id: String!) {
  event: heartbeatById(id: $id) { id reportedAt blockNumber timestamp txHash gapSeconds tee { id endpoint heartbeatMaxAge } }
}`,
  unlock: /* GraphQL */ `
query Unlock($id: String!) {
  event: unlockById(id: $id) { id allocation source sourceKind beneficiary amount timestamp blockNumber txHash }
}`,
}

export const EVENT_TITLES: Record<EventKind, string> = {
  payment: 'x402 payment',
  transfer: 'OPG transfer',
  swap: 'OPG/USDC swap',
  stakingEvent: 'Staking event',
  heartbeat: 'TEE heartbeat',
  unlock: 'Unlock',
}

export const EVENT_CHAIN: Record<EventKind, 'og' | 'base'> = { payment: 'base', transfer: 'base', swap: 'base', stakingEvent: 'og', heartbeat: 'og', unlock: 'base' }

type Labelled = { id: string; label: string | null }

export interface PaymentEvent {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  scheme: string
  proxy: string
  facilitator: string | null
  amount: string
  amountUsd: string
  teeId: string | null
  withPermit: boolean
  payer: Labelled
  payee: Labelled & { category: string | null }
}

export interface TransferEvent {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  amount: string
  from: Labelled & { category: string | null }
  to: Labelled & { category: string | null }
}

export interface SwapEvent {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  sender: string
  recipient: string
  amountOpg: string
  amountUsdc: string
  priceUsd: string
  volumeUsd: string
  tick: number
  liquidity: string
}

/** A staking event as the validator page lists it, with both validators. */
export type StakingEventDetail = StakingEventRow

export interface HeartbeatEvent {
  id: string
  reportedAt: string
  blockNumber: number
  timestamp: string
  txHash: string
  gapSeconds: number | null
  tee: { id: string; endpoint: string | null; heartbeatMaxAge: number }
}

/** An unlock as the token page lists it. */
export type UnlockEvent = UnlockRow

/** What each event query returns, keyed by kind. */
export interface EventRows {
  payment: PaymentEvent
  transfer: TransferEvent
  swap: SwapEvent
  stakingEvent: StakingEventDetail
  heartbeat: HeartbeatEvent
  unlock: UnlockEvent
}

/** An event with its kind, so a switch on the kind narrows the row. */
export type EventItem = { [K in EventKind]: { kind: K; e: EventRows[K] } }[EventKind]
