/** The payments list's filters, as they sit in the URL, turned into an OpenReader `where`. */
import { DAY_MS } from '@og-explorer/common'
import type { Where } from '../../api/connection'

// the schema's enum values live in common (checked against schema.graphql there)
export { PAYMENT_SCHEMES } from '@og-explorer/common'

export interface PaymentFilters {
  scheme: string
  payer: string
  payee: string
  tee: string
  from: string
  to: string
}

export function paymentWhere(f: PaymentFilters): Where {
  const where: Where = {}
  if (f.scheme) where.scheme_eq = f.scheme
  if (f.payer) where.payer = { id_eq: f.payer.trim().toLowerCase() }
  if (f.payee) where.payee = { id_eq: f.payee.trim().toLowerCase() }
  if (f.tee) where.teeId_eq = f.tee.trim().toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.from)) where.timestamp_gte = `${f.from}T00:00:00.000Z`
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.to)) where.timestamp_lt = new Date(Date.parse(`${f.to}T00:00:00.000Z`) + DAY_MS).toISOString()
  return where
}
