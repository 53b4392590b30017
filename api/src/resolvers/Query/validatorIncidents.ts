import { loadValidatorIncidents } from '../../analytics/slash-detail-load'
import type { ApiContext } from '../context'

export function validatorIncidents(_parent: unknown, args: { validator: string }, ctx: ApiContext) {
  return loadValidatorIncidents(ctx.db, args.validator)
}
