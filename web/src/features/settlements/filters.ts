/** The settlement and inference lists' filters, as they sit in the URL, turned into an OpenReader `where`. */
import type { Where } from '../../api/connection'
import { DAY_MS } from '../../lib/range'

// the schema's enum values live in common (checked against schema.graphql there)
export { INFERENCE_MODES, SETTLEMENT_KINDS, VERIFICATION_STATUSES } from '@og-explorer/common'

export interface ListFilters {
  kind: string
  status: string
  tee: string
  /** YYYY-MM-DD, inclusive, UTC */
  from: string
  /** YYYY-MM-DD, inclusive, UTC */
  to: string
  mode?: string
}

/** The OpenReader `where` for a list's filters; an empty filter is left out. */
export function filtersToWhere(f: ListFilters): Where {
  const where: Where = {}
  if (f.kind) where.kind_eq = f.kind
  if (f.status) where.status_eq = f.status
  if (f.mode) where.mode_eq = f.mode
  if (f.tee) where.teeId_eq = f.tee.trim().toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.from)) where.timestamp_gte = `${f.from}T00:00:00.000Z`
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.to)) where.timestamp_lt = new Date(Date.parse(`${f.to}T00:00:00.000Z`) + DAY_MS).toISOString()
  return where
}
