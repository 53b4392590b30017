import type { GraphQLFieldResolver } from 'graphql'
import type { Row } from '../../db/db'
import type { Entity, ForeignKeyField, ListField } from '../../model/types'
import type { ApiContext } from '../context'
import type { ListFieldArgs } from './list'
import { takeOffset, takePageSize } from '../page-args'

/** A many-to-one field: the row holds the related id; the loader batches every id of the response. */
export function foreignKeyResolver(field: ForeignKeyField): GraphQLFieldResolver<Row, ApiContext> {
  return (parent, _args, ctx) => {
    const id = parent[field.name]
    if (id == null) return null
    // already a row when the parent came from a query that joined it
    if (typeof id === 'object') return id
    return ctx.loaders.byId(field.target).load(id)
  }
}

/** A @derivedFrom list with its own where/orderBy/limit/offset, batched across parents. */
export function listRelationResolver(entity: Entity, field: ListField): GraphQLFieldResolver<Row, ApiContext, ListFieldArgs> {
  return async (parent, args, ctx) => {
    const limit = takePageSize(args.limit, 'limit', ctx.config.limits)
    const offset = takeOffset(args.offset)
    const rows = await ctx.loaders.children(entity, field, { where: args.where, orderBy: args.orderBy, limit, offset }).load(parent.id)
    ctx.rows.take(rows.length)
    return rows
  }
}
