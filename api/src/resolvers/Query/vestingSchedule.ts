import { loadVestingSchedule } from '../../analytics/vesting-load'
import type { ApiContext } from '../context'

export function vestingSchedule(_parent: unknown, args: { address: string }, ctx: ApiContext) {
  return loadVestingSchedule(ctx.db, args.address)
}
