import type { GraphQLFieldResolver } from 'graphql'
import type { Row } from '../../db/db'
import type { Entity } from '../../model/types'
import { buildListQuery } from '../../sql/select'
import type { WhereInput } from '../../sql/where'
import type { ApiContext } from '../context'
import { decodeCursor, encodeCursor, takePageSize } from '../page-args'
import { isSelected, requestedColumns } from '../selection'
import { totalCount } from './total-count'

export interface ConnectionArgs {
  where?: WhereInput | null
  orderBy: string[]
  first?: number | null
  after?: string | null
}

/**
 * `xsConnection(orderBy, after, first, where)`, a Relay connection over offsets like OpenReader's.
 * totalCount is a function, so graphql-js only runs the count when the query selects it.
 */
export function connectionResolver(entity: Entity): GraphQLFieldResolver<unknown, ApiContext, ConnectionArgs> {
  return async (_parent, args, ctx, info) => {
    const first = takePageSize(args.first, 'first', ctx.config.limits)
    const offset = decodeCursor(args.after)
    const columns = requestedColumns(entity, info, ['edges', 'node'])
    // a count-only query (`{ xsConnection { totalCount } }`) reads no rows
    const wantsRows = first > 0 && (isSelected(info, 'edges') || isSelected(info, 'pageInfo'))
    const rows: Row[] = wantsRows
      ? await ctx.db.query(buildListQuery(ctx.model, entity, { where: args.where, orderBy: args.orderBy, limit: first + 1, offset, columns }))
      : []
    const page = rows.slice(0, first)
    ctx.rows.take(page.length)
    const edges = page.map((node, i) => ({ node, cursor: encodeCursor(offset + i + 1) }))
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? '',
        endCursor: edges.at(-1)?.cursor ?? '',
      },
      totalCount: async () => (await totalCount(ctx.db, ctx.model, entity, args.where, ctx.config.limits.countCap)).n,
    }
  }
}
