import type { GraphQLFieldResolver } from 'graphql'
import type { Entity } from '../../model/types'
import type { ApiContext } from '../context'

/** `xById(id)`: through the request's loader, so the same row asked for twice is read once. */
export function byIdResolver(entity: Entity): GraphQLFieldResolver<unknown, ApiContext, { id: string }> {
  return (_parent, { id }, ctx) => ctx.loaders.byId(entity.name).load(id)
}
