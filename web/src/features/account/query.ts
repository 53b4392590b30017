/** Everything about one address: its OPG account on Base and its roles on the OG chain. */
import { typed } from '../../api/document'
import type { AccountQuery, AccountQueryVariables } from '../../generated/graphql'

export const ACCOUNT_QUERY = typed<AccountQuery, AccountQueryVariables>(/* GraphQL */ `
query Account($id: String!) {
  accountById(id: $id) {
    id balance label category circulating firstSeenAt firstSeenBlock lastSeenAt transfersIn transfersOut
    paidTotal paymentsMade receivedTotal paymentsReceived firstPaymentAt
  }
  validatorById(id: $id) { id moniker jailed tokens }
  teeNodes(where: { OR: [{ owner_eq: $id }, { paymentAddress_eq: $id }] }, limit: 50) { id endpoint enabled owner paymentAddress uptime }
  delegations(where: { delegator_eq: $id }, orderBy: [amount_DESC], limit: 100) { id amount shares createdAt updatedAt validator { id moniker jailed } }
  recentTransfers: transfers(where: { OR: [{ from: { id_eq: $id } }, { to: { id_eq: $id } }] }, orderBy: [blockNumber_DESC, id_DESC], limit: 1000) {
    timestamp amount from { id } to { id }
  }
  # the last indexed Base day: the balance line runs to its end
  baseEnd: baseDailyStats(orderBy: [date_DESC], limit: 1) { date }
}`)
