import { loadSettledInferences } from '../../analytics/settled-inferences'
import type { ApiContext } from '../context'

export function settledInferences(_parent: unknown, _args: unknown, ctx: ApiContext) {
  return loadSettledInferences(ctx.db)
}
