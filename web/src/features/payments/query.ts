/** x402 payments on Base. */
import type { NodeOf } from '../../api/connection'
import { typed } from '../../api/document'
import type { PaymentsQuery, PaymentsQueryVariables } from '../../generated/graphql'

export const PAYMENTS_QUERY = typed<PaymentsQuery, PaymentsQueryVariables>(/* GraphQL */ `
query Payments($where: PaymentWhereInput, $orderBy: [PaymentOrderByInput!]!, $first: Int!, $after: String) {
  paymentsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id txHash blockNumber timestamp scheme facilitator amount amountUsd teeId withPermit
        payer { id label } payee { id label category }
      }
    }
  }
}`)

export type PaymentRow = NodeOf<PaymentsQuery['paymentsConnection']>
