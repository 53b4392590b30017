import { loadUnexpandedBatches } from '../../analytics/settled-inferences'
import { badInput } from '../../errors'
import type { ApiContext } from '../context'

export const MAX_UNEXPANDED_LIST = 50

export function unexpandedBatches(_parent: unknown, args: { q?: string | null; limit: number }, ctx: ApiContext) {
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_UNEXPANDED_LIST) throw badInput(`limit must be 1..${MAX_UNEXPANDED_LIST}`)
  if (args.q && args.q.length > 200) throw badInput('q is longer than any id')
  return loadUnexpandedBatches(ctx.db, args.q, args.limit)
}
