/** The overview's own queries: the last indexed day (the anchor of every range) and the headline figures. */
import { typed } from '../../api/document'
import type { DataEndQuery, DataEndQueryVariables, OverviewHeadlineQuery, OverviewHeadlineQueryVariables } from '../../generated/graphql'

export const DATA_END_QUERY = typed<DataEndQuery, DataEndQueryVariables>(/* GraphQL */ `
query DataEnd {
  dailyStats(orderBy: [date_DESC], limit: 1) { date }
}`)

export const HEADLINE_QUERY = typed<OverviewHeadlineQuery, OverviewHeadlineQueryVariables>(/* GraphQL */ `
query OverviewHeadline {
  proofs: proofCoverage(by: DAY) {
    total { settled verified invalid pending unverifiable verifiedShare }
  }
  settledInferences { declared expanded notExpanded inUnreadableBatches unreadableBatches inPendingBatches pendingBatches inLegacyBatches legacyBatches }
  payingWallets: accountsConnection(orderBy: [id_ASC], where: { paymentsMade_gt: 0 }) { totalCount }
  enabledTees: teeNodesConnection(orderBy: [id_ASC], where: { enabled_eq: true }) { totalCount }
  recent: dailyStats(orderBy: [date_DESC], limit: 8) {
    date settlements heartbeats stakingEvents transfers payments payingWallets activeTees circulatingSupply
  }
  lastPrice: priceCandles(where: { interval_eq: HOUR }, orderBy: [start_DESC], limit: 1) { start close }
  allTimeHigh: priceCandles(where: { interval_eq: HOUR }, orderBy: [high_DESC], limit: 1) { start high }
  pressure: unlockPressure(windowDays: 30) { at nextCliff { date daysUntil allocations } }
}`)
