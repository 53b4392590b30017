import { badInput } from '../errors'
import { entityOf, fieldOf, type ColumnField, type Entity, type Model } from '../model/types'
import { quoteIdent, type SqlBuilder } from './builder'

const DIRECTIONS = ['ASC', 'DESC', 'ASC_NULLS_FIRST', 'ASC_NULLS_LAST', 'DESC_NULLS_FIRST', 'DESC_NULLS_LAST']

function sortable(entity: Entity): ColumnField[] {
  return entity.fields.filter((f): f is ColumnField => f.kind === 'scalar' || f.kind === 'enum' || f.kind === 'fk')
}

/** Every `<field>_<dir>` and `<relation>_<field>_<dir>` value, as OpenReader generates them. */
export function orderByValues(model: Model, entity: Entity): string[] {
  const paths: string[] = []
  for (const f of sortable(entity)) {
    if (f.kind !== 'fk') {
      paths.push(f.name)
      continue
    }
    for (const g of sortable(entityOf(model, f.target))) if (g.kind !== 'fk') paths.push(`${f.name}_${g.name}`)
  }
  return paths.flatMap((p) => DIRECTIONS.map((d) => `${p}_${d}`))
}

export interface CompiledOrder {
  /** LEFT JOINs the relation orderings need */
  joins: string[]
  /** the ORDER BY list, always ending in the primary key so pages are stable */
  sql: string
}

const PATTERN = /^(.+?)_(ASC|DESC)(?:_NULLS_(FIRST|LAST))?$/

export function compileOrderBy(model: Model, entity: Entity, alias: string, orderBy: readonly string[] | null | undefined, b: SqlBuilder): CompiledOrder {
  const joins = new Map<string, string>()
  const terms: string[] = []
  let hasId = false
  for (const value of orderBy ?? []) {
    const m = PATTERN.exec(value)
    if (!m) throw badInput(`invalid orderBy value "${value}"`)
    const [, path, direction, nulls] = m
    const [first, second, ...rest] = path.split('_')
    const field = fieldOf(entity, first)
    if (!field || field.kind === 'list' || rest.length > 0) throw badInput(`${entity.name} cannot be ordered by "${value}"`)
    let column: string
    if (second === undefined) {
      column = `${alias}.${quoteIdent(field.column)}`
      if (field.name === 'id') hasId = true
    } else {
      if (field.kind !== 'fk') throw badInput(`${entity.name} cannot be ordered by "${value}"`)
      const target = entityOf(model, field.target)
      const sub = fieldOf(target, second)
      if (!sub || sub.kind === 'list' || sub.kind === 'fk') throw badInput(`${entity.name} cannot be ordered by "${value}"`)
      let joinAlias = joins.get(field.name)
      if (!joinAlias) {
        joinAlias = b.alias('j')
        joins.set(field.name, joinAlias)
      }
      column = `${joinAlias}.${quoteIdent(sub.column)}`
    }
    terms.push(`${column} ${direction}${nulls ? ` NULLS ${nulls}` : ''}`)
  }
  if (!hasId) terms.push(`${alias}."id" ASC`)
  const joinSql = [...joins].map(([fieldName, j]) => {
    const field = fieldOf(entity, fieldName) as ColumnField & { target: string }
    return `LEFT JOIN ${entityOf(model, field.target).from} ${j} ON ${j}."id" = ${alias}.${quoteIdent(field.column)}`
  })
  return { joins: joinSql, sql: terms.join(', ') }
}
