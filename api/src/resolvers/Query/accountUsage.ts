import { loadAccountUsage } from '../../analytics/usage-quality-load'
import { badInput } from '../../errors'
import type { ApiContext } from '../context'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

export function accountUsage(_parent: unknown, args: { id: string }, ctx: ApiContext) {
  if (!ADDRESS.test(args.id)) throw badInput('id must be a 20-byte address: 0x and 40 hex digits')
  // account ids are stored lowercase
  return loadAccountUsage(ctx.db, args.id.toLowerCase())
}
