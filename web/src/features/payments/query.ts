/** x402 payments on Base. */

export const PAYMENT_SCHEMES = ['EXACT', 'UPTO'] as const

export const PAYMENTS_QUERY = /* GraphQL */ `
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
}`

export interface PaymentRow {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  scheme: string
  facilitator: string | null
  amount: string
  amountUsd: string
  teeId: string | null
  withPermit: boolean
  payer: { id: string; label: string | null }
  payee: { id: string; label: string | null; category: string | null }
}

export interface PaymentFilters {
  scheme: string
  payer: string
  payee: string
  tee: string
  from: string
  to: string
}

export function paymentWhere(f: PaymentFilters): Record<string, unknown> {
  const where: Record<string, unknown> = {}
  if (f.scheme) where.scheme_eq = f.scheme
  if (f.payer) where.payer = { id_eq: f.payer.trim().toLowerCase() }
  if (f.payee) where.payee = { id_eq: f.payee.trim().toLowerCase() }
  if (f.tee) where.teeId_eq = f.tee.trim().toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.from)) where.timestamp_gte = `${f.from}T00:00:00.000Z`
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.to)) where.timestamp_lt = new Date(Date.parse(`${f.to}T00:00:00.000Z`) + 86_400_000).toISOString()
  return where
}
