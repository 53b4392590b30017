import { names } from '../../model/naming'
import type { Model } from '../../model/types'
import { byIdResolver } from './by-id'
import { connectionResolver } from './connection'
import { listResolver } from './list'
import { foreignKeyResolver, listRelationResolver } from './relations'

/** Resolvers for every entity of the model: the three root queries and the relation fields. */
export function entityResolvers(model: Model): { Query: Record<string, unknown>; types: Record<string, Record<string, unknown>> } {
  const Query: Record<string, unknown> = {}
  const types: Record<string, Record<string, unknown>> = {}
  for (const entity of model.entities.values()) {
    Query[names.list(entity.name)] = listResolver(entity)
    Query[names.byId(entity.name)] = byIdResolver(entity)
    Query[names.connection(entity.name)] = connectionResolver(entity)
    const fields: Record<string, unknown> = {}
    for (const field of entity.fields) {
      if (field.kind === 'fk') fields[field.name] = foreignKeyResolver(field)
      if (field.kind === 'list') fields[field.name] = listRelationResolver(entity, field)
    }
    if (Object.keys(fields).length > 0) types[entity.name] = fields
  }
  return { Query, types }
}
