/** The OPG token on Base: price, supply, holders, transfers and unlocks. */
import type { NodeOf } from '../../api/connection'
import { typed } from '../../api/document'
import type {
  LargestAccountsQuery,
  LargestAccountsQueryVariables,
  PriceCandlesQuery,
  PriceCandlesQueryVariables,
  SupplySeriesQuery,
  SupplySeriesQueryVariables,
  TokenSummaryQuery,
  TokenSummaryQueryVariables,
  TransfersQuery,
  TransfersQueryVariables,
  UnlocksQuery,
  UnlocksQueryVariables,
} from '../../generated/graphql'

export const TOKEN_SUMMARY_QUERY = typed<TokenSummaryQuery, TokenSummaryQueryVariables>(/* GraphQL */ `
query TokenSummary {
  holders: accountsConnection(orderBy: [id_ASC], where: { balance_gt: "0" }) { totalCount }
  lastPrice: priceCandles(where: { interval_eq: HOUR }, orderBy: [start_DESC], limit: 1) { start close }
  latest: dailyStats(orderBy: [date_DESC], limit: 1) { date circulatingSupply }
  unlocks: unlocksConnection(orderBy: [id_ASC]) { totalCount }
}`)

export const SUPPLY_SERIES_QUERY = typed<SupplySeriesQuery, SupplySeriesQueryVariables>(/* GraphQL */ `
query SupplySeries($from: DateTime!, $to: DateTime!) {
  circulating: timeSeries(metric: CIRCULATING_SUPPLY, interval: DAY, from: $from, to: $to) { unit points { t value filled } }
  unlocked: timeSeries(metric: UNLOCKED, interval: DAY, from: $from, to: $to) { unit points { t value filled } }
}`)

export const CANDLES_QUERY = typed<PriceCandlesQuery, PriceCandlesQueryVariables>(/* GraphQL */ `
query PriceCandles($interval: CandleInterval!, $from: DateTime!) {
  priceCandles(where: { interval_eq: $interval, start_gte: $from }, orderBy: [start_ASC], limit: 1000) {
    start open high low close volumeUsd swaps
  }
}`)

export const HOLDERS_QUERY = typed<LargestAccountsQuery, LargestAccountsQueryVariables>(/* GraphQL */ `
query LargestAccounts($first: Int!, $after: String) {
  accountsConnection(orderBy: [balance_DESC, id_ASC], first: $first, after: $after, where: { balance_gt: "0" }) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id label category circulating balance transfersIn transfersOut lastSeenAt } }
  }
}`)

export type HolderRow = NodeOf<LargestAccountsQuery['accountsConnection']>

export const TRANSFERS_QUERY = typed<TransfersQuery, TransfersQueryVariables>(/* GraphQL */ `
query Transfers($where: TransferWhereInput, $orderBy: [TransferOrderByInput!]!, $first: Int!, $after: String) {
  transfersConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id txHash blockNumber timestamp amount from { id label } to { id label } } }
  }
}`)

export type TransferRow = NodeOf<TransfersQuery['transfersConnection']>

export const UNLOCKS_QUERY = typed<UnlocksQuery, UnlocksQueryVariables>(/* GraphQL */ `
query Unlocks($where: UnlockWhereInput, $orderBy: [UnlockOrderByInput!]!, $first: Int!, $after: String) {
  unlocksConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id allocation source sourceKind beneficiary amount timestamp blockNumber txHash } }
  }
}`)

export type UnlockRow = NodeOf<UnlocksQuery['unlocksConnection']>
