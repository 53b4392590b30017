import type { GraphQLFieldResolver } from 'graphql'
import type { Entity } from '../../model/types'
import { buildListQuery } from '../../sql/select'
import type { WhereInput } from '../../sql/where'
import type { ApiContext } from '../context'
import { takeOffset, takePageSize } from '../page-args'
import { requestedColumns } from '../selection'

export interface ListFieldArgs {
  where?: WhereInput | null
  orderBy?: string[] | null
  offset?: number | null
  limit?: number | null
}

/** `xs(where, orderBy, offset, limit)` */
export function listResolver(entity: Entity): GraphQLFieldResolver<unknown, ApiContext, ListFieldArgs> {
  return async (_parent, args, ctx, info) => {
    const limit = takePageSize(args.limit, 'limit', ctx.config.limits)
    const offset = takeOffset(args.offset)
    const rows = await ctx.db.query(
      buildListQuery(ctx.model, entity, { where: args.where, orderBy: args.orderBy, limit, offset, columns: requestedColumns(entity, info) }),
    )
    ctx.rows.take(rows.length)
    return rows
  }
}
