/** The live stream the API pushes over Server-Sent Events (api/src/schema/live.graphql.ts). */
import { typed } from '../api/document'
import type { LiveSubscription, LiveSubscriptionVariables } from '../generated/graphql'

export const LIVE_SUBSCRIPTION = typed<LiveSubscription, LiveSubscriptionVariables>(/* GraphQL */ `
subscription Live {
  live {
    heads { og { height hash observedAt } base { height hash observedAt } }
    newSettlements { id blockNumber }
    newPayments { id blockNumber }
    settlementsTruncated
    paymentsTruncated
    missed
  }
}`)

export type LiveEvent = LiveSubscription['live']
