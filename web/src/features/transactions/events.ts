/** Single events of each kind: the pages the API's search links to. */
import type { Chain } from '@og-explorer/common'
import { typed, type Document } from '../../api/document'
import type {
  HeartbeatQuery,
  HeartbeatQueryVariables,
  PaymentQuery,
  PaymentQueryVariables,
  StakingEventQuery,
  StakingEventQueryVariables,
  SwapQuery,
  SwapQueryVariables,
  TransferQuery,
  TransferQueryVariables,
  UnlockQuery,
  UnlockQueryVariables,
} from '../../generated/graphql'

export type EventKind = 'payment' | 'transfer' | 'swap' | 'stakingEvent' | 'heartbeat' | 'unlock'

export const EVENT_QUERIES: { [K in EventKind]: Document<{ event: EventRows[K] | null }, { id: string }> } = {
  payment: typed<PaymentQuery, PaymentQueryVariables>(/* GraphQL */ `
query Payment($id: String!) {
  event: paymentById(id: $id) {
    id txHash blockNumber timestamp scheme proxy facilitator amount amountUsd teeId withPermit
    payer { id label } payee { id label category }
  }
}`),
  transfer: typed<TransferQuery, TransferQueryVariables>(/* GraphQL */ `
query Transfer($id: String!) {
  event: transferById(id: $id) { id txHash blockNumber timestamp amount from { id label category } to { id label category } }
}`),
  swap: typed<SwapQuery, SwapQueryVariables>(/* GraphQL */ `
query Swap($id: String!) {
  event: swapById(id: $id) { id txHash blockNumber timestamp sender recipient amountOpg amountUsdc priceUsd volumeUsd tick liquidity }
}`),
  stakingEvent: typed<StakingEventQuery, StakingEventQueryVariables>(/* GraphQL */ `
query StakingEvent($id: String!) {
  event: stakingEventById(id: $id) {
    id kind delegator amount completionTime timestamp blockNumber txHash detectedBy
    validator { id moniker } dstValidator { id moniker }
  }
}`),
  heartbeat: typed<HeartbeatQuery, HeartbeatQueryVariables>(/* GraphQL */ `
query Heartbeat($id: String!) {
  event: heartbeatById(id: $id) { id reportedAt blockNumber timestamp txHash gapSeconds tee { id endpoint heartbeatMaxAge } }
}`),
  unlock: typed<UnlockQuery, UnlockQueryVariables>(/* GraphQL */ `
query Unlock($id: String!) {
  event: unlockById(id: $id) { id allocation source sourceKind beneficiary amount timestamp blockNumber txHash }
}`),
}

export const EVENT_TITLES: Record<EventKind, string> = {
  payment: 'x402 payment',
  transfer: 'OPG transfer',
  swap: 'OPG/USDC swap',
  stakingEvent: 'Staking event',
  heartbeat: 'TEE heartbeat',
  unlock: 'Unlock',
}

export const EVENT_CHAIN: Record<EventKind, Chain> = { payment: 'base', transfer: 'base', swap: 'base', stakingEvent: 'og', heartbeat: 'og', unlock: 'base' }

/** What each event query returns, keyed by kind. */
export interface EventRows {
  payment: NonNullable<PaymentQuery['event']>
  transfer: NonNullable<TransferQuery['event']>
  swap: NonNullable<SwapQuery['event']>
  stakingEvent: NonNullable<StakingEventQuery['event']>
  heartbeat: NonNullable<HeartbeatQuery['event']>
  unlock: NonNullable<UnlockQuery['event']>
}

/** An event with its kind, so a switch on the kind narrows the row. */
export type EventItem = { [K in EventKind]: { kind: K; e: EventRows[K] } }[EventKind]
