import { allocationTable, cachedAllocationFacts } from '../../analytics/allocation-table-load'
import type { ApiContext } from '../context'

export async function allocations(_parent: unknown, _args: unknown, ctx: ApiContext) {
  return allocationTable(await cachedAllocationFacts(ctx.db, ctx.heads))
}
