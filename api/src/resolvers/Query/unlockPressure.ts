import { toMs } from '../../analytics/range'
import { loadUnlockPressure } from '../../analytics/unlock-pressure'
import type { ApiContext } from '../context'

export function unlockPressure(_parent: unknown, args: { windowDays: number; at?: string | null }, ctx: ApiContext) {
  return loadUnlockPressure(ctx.db, args.windowDays, toMs(args.at))
}
