import { loadCommissionLimits } from '../../analytics/slash-detail-load'
import type { ApiContext } from '../context'

export function commissionLimits(_parent: unknown, _args: unknown, ctx: ApiContext) {
  return loadCommissionLimits(ctx.db)
}
