import { badInput } from '../errors'
import { entityOf, fieldOf, type ColumnField, type Entity, type Field, type Model } from '../model/types'
import { SqlBuilder, quoteIdent } from './builder'
import { castOf, toSqlValue } from './casts'

export type WhereInput = { [key: string]: unknown }

/** Operators per kind of field, in OpenReader's naming (`<field>_<op>`). */
const COMPARE = ['eq', 'not_eq', 'gt', 'gte', 'lt', 'lte', 'in', 'not_in', 'isNull'] as const
const TEXT = ['contains', 'not_contains', 'containsInsensitive', 'not_containsInsensitive', 'startsWith', 'not_startsWith', 'endsWith', 'not_endsWith'] as const

export function operatorsFor(field: Field): readonly string[] {
  if (field.kind === 'list') return ['every', 'some', 'none']
  if (field.kind === 'fk') return ['isNull']
  if (field.kind === 'enum') return ['isNull', 'eq', 'not_eq', 'in', 'not_in']
  switch (field.type) {
    case 'ID':
    case 'String':
      return [...COMPARE, ...TEXT]
    case 'Boolean':
    case 'Bytes':
      return ['isNull', 'eq', 'not_eq']
    case 'JSON':
      return ['isNull']
    default:
      return COMPARE
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function textCondition(column: string, op: string, value: string, b: SqlBuilder): string {
  const negate = op.startsWith('not_')
  const base = negate ? op.slice(4) : op
  const escaped = escapeLike(value)
  const pattern = base === 'startsWith' ? `${escaped}%` : base === 'endsWith' ? `%${escaped}` : `%${escaped}%`
  const operator = base === 'containsInsensitive' ? 'ILIKE' : 'LIKE'
  const sql = `${column} ${operator} ${b.param(pattern, 'text')} ESCAPE '\\'`
  return negate ? `NOT (${sql})` : sql
}

function columnCondition(field: ColumnField, column: string, op: string, value: unknown, b: SqlBuilder): string {
  const cast = castOf(field)
  switch (op) {
    case 'isNull':
      return value ? `${column} IS NULL` : `${column} IS NOT NULL`
    case 'eq':
      return `${column} = ${b.param(toSqlValue(field, value), cast)}`
    case 'not_eq':
      return `${column} <> ${b.param(toSqlValue(field, value), cast)}`
    case 'gt':
      return `${column} > ${b.param(value, cast)}`
    case 'gte':
      return `${column} >= ${b.param(value, cast)}`
    case 'lt':
      return `${column} < ${b.param(value, cast)}`
    case 'lte':
      return `${column} <= ${b.param(value, cast)}`
    case 'in':
    case 'not_in': {
      const list = Array.isArray(value) ? value : [value]
      if (list.length > b.limits.maxListValues) throw badInput(`${field.name}_${op} takes at most ${b.limits.maxListValues} values`)
      // as in OpenReader: nothing is in an empty list, everything is outside it
      if (list.length === 0) return op === 'in' ? 'FALSE' : 'TRUE'
      const sql = `${column} = ANY(${b.param(
        list.map((v) => toSqlValue(field, v)),
        `${cast}[]`,
      )})`
      return op === 'in' ? sql : `NOT (${sql})`
    }
    default:
      if (typeof value !== 'string') throw badInput(`${field.name}_${op} takes a string`)
      return textCondition(column, op, value, b)
  }
}

function splitKey(key: string): { fieldName: string; op: string | undefined } {
  const i = key.indexOf('_')
  return i < 0 ? { fieldName: key, op: undefined } : { fieldName: key.slice(0, i), op: key.slice(i + 1) }
}

/**
 * Compiles an OpenReader `where` object into a SQL boolean over the row aliased `alias`.
 * Relation filters become EXISTS subqueries, so a filter never multiplies rows.
 */
export function compileWhere(model: Model, entity: Entity, alias: string, where: WhereInput | null | undefined, b: SqlBuilder, depth = 0): string {
  b.checkDepth(depth)
  if (where == null) return 'TRUE'
  if (typeof where !== 'object' || Array.isArray(where)) throw badInput(`a ${entity.name} filter must be an object`)
  const parts: string[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue
    if (key === 'AND' || key === 'OR') {
      const list = (Array.isArray(value) ? value : [value]) as WhereInput[]
      const compiled = list.map((w) => compileWhere(model, entity, alias, w, b, depth + 1))
      if (compiled.length > 0) parts.push(`(${compiled.join(key === 'AND' ? ' AND ' : ' OR ')})`)
      continue
    }
    const { fieldName, op } = splitKey(key)
    const field = fieldOf(entity, fieldName)
    if (!field || (op !== undefined && !operatorsFor(field).includes(op)) || (op === undefined && field.kind !== 'fk')) {
      throw badInput(`${entity.name} has no filter "${key}"`)
    }
    b.countCondition()
    if (field.kind === 'fk' && op === undefined) {
      const target = entityOf(model, field.target)
      const t = b.alias('w')
      const inner = compileWhere(model, target, t, value as WhereInput, b, depth + 1)
      parts.push(`EXISTS (SELECT 1 FROM ${target.from} ${t} WHERE ${t}."id" = ${alias}.${quoteIdent(field.column)} AND ${inner})`)
    } else if (field.kind === 'list') {
      const target = entityOf(model, field.target)
      const inverse = fieldOf(target, field.inverse)
      if (!inverse || inverse.kind !== 'fk') throw new Error(`${target.name}.${field.inverse} is not a relation`)
      const t = b.alias('w')
      const inner = compileWhere(model, target, t, value as WhereInput, b, depth + 1)
      const link = `${t}.${quoteIdent(inverse.column)} = ${alias}."id"`
      // _every: no child fails the filter; a filter that is NULL for a child counts as failing
      if (op === 'every') parts.push(`NOT EXISTS (SELECT 1 FROM ${target.from} ${t} WHERE ${link} AND NOT coalesce(${inner}, FALSE))`)
      else parts.push(`${op === 'none' ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${target.from} ${t} WHERE ${link} AND ${inner})`)
    } else {
      parts.push(columnCondition(field as ColumnField, `${alias}.${quoteIdent((field as ColumnField).column)}`, op!, value, b))
    }
  }
  return parts.length === 0 ? 'TRUE' : parts.join(' AND ')
}

/**
 * True when a filter compiles to no condition at all (absent, {}, empty AND/OR lists, null
 * fields). A filter with an empty value list is a condition: `id_in: []` matches nothing and
 * `id_not_in: []` everything, so neither may be treated as "no filter". A filter that does not
 * compile is not trivial either; compiling it again reports its error.
 */
export function isTrivialFilter(model: Model, entity: Entity, where: WhereInput | null | undefined): boolean {
  if (where == null) return true
  try {
    return compileWhere(model, entity, 't', where, new SqlBuilder()) === 'TRUE'
  } catch {
    return false
  }
}
