import { loadValidatorRanking, type RankingOrder } from '../../analytics/validator-ranking'
import type { ApiContext } from '../context'

export function validatorRanking(_parent: unknown, args: { orderBy: RankingOrder }, ctx: ApiContext) {
  return loadValidatorRanking(ctx.db, ctx.model, args.orderBy)
}
