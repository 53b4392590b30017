import DataLoader from 'dataloader'
import type { Db, Row } from '../db/db'
import { entityOf, fieldOf, type ColumnField, type Entity, type ListField, type Model } from '../model/types'
import { buildByIdsQuery, buildChildrenQuery } from '../sql/select'
import type { WhereInput } from '../sql/where'

export interface ChildrenArgs {
  where?: WhereInput | null
  orderBy?: readonly string[] | null
  limit: number
  offset: number
}

export interface Loaders {
  byId(entity: string): DataLoader<string, Row | null>
  children(parent: Entity, field: ListField, args: ChildrenArgs): DataLoader<string, Row[]>
}

/**
 * One set per request: every relation resolved in a response is batched into one query per
 * (entity, arguments), so a page of 1,000 settlements with their TEE nodes costs two queries.
 */
export function createLoaders(db: Db, model: Model): Loaders {
  const byId = new Map<string, DataLoader<string, Row | null>>()
  const children = new Map<string, DataLoader<string, Row[]>>()
  return {
    byId(name) {
      let loader = byId.get(name)
      if (!loader) {
        const entity = entityOf(model, name)
        loader = new DataLoader(async (ids) => {
          const rows = await db.query(buildByIdsQuery(entity, ids))
          const found = new Map(rows.map((r) => [r.id as string, r]))
          return ids.map((id) => found.get(id) ?? null)
        })
        byId.set(name, loader)
      }
      return loader
    },
    children(parent, field, args) {
      const key = `${parent.name}.${field.name}:${JSON.stringify([args.where ?? null, args.orderBy ?? null, args.limit, args.offset])}`
      let loader = children.get(key)
      if (!loader) {
        const target = entityOf(model, field.target)
        const inverse = fieldOf(target, field.inverse) as ColumnField
        loader = new DataLoader(async (parentIds) => {
          const rows = await db.query(buildChildrenQuery(model, target, inverse, parentIds, args))
          const grouped = new Map<string, Row[]>()
          for (const { __parent, __rn, ...row } of rows) {
            const list = grouped.get(__parent) ?? []
            list.push(row)
            grouped.set(__parent, list)
          }
          return parentIds.map((id) => grouped.get(id) ?? [])
        })
        children.set(key, loader)
      }
      return loader
    },
  }
}
