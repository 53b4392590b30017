import type { ColumnField, Entity, Model } from '../model/types'
import { isColumnField } from '../model/types'
import { SqlBuilder, quoteIdent } from './builder'
import { compileOrderBy } from './order-by'
import { compileWhere, type WhereInput } from './where'

export interface SqlQuery {
  text: string
  values: unknown[]
}

export function columnFields(entity: Entity): ColumnField[] {
  return entity.fields.filter(isColumnField)
}

/**
 * Rows come back keyed by the public field names; a relation field holds the related row's id,
 * which its resolver turns into the row.
 */
export function selectList(entity: Entity, alias: string, columns: readonly ColumnField[] = columnFields(entity)): string {
  const list = columns.some((c) => c.name === 'id') ? columns : [entity.fields.find((f) => f.name === 'id') as ColumnField, ...columns]
  return list.map((c) => `${alias}.${quoteIdent(c.column)} AS ${quoteIdent(c.name)}`).join(', ')
}

export interface ListArgs {
  where?: WhereInput | null
  orderBy?: readonly string[] | null
  limit: number
  offset: number
  columns?: readonly ColumnField[]
  /** the select list in place of the columns by name (the CSV export selects one line per row, csv-line.ts) */
  select?: (alias: string) => string
}

export function buildListQuery(model: Model, entity: Entity, args: ListArgs, b = new SqlBuilder()): SqlQuery {
  const t = b.alias()
  const where = compileWhere(model, entity, t, args.where, b)
  const order = compileOrderBy(model, entity, t, args.orderBy, b)
  const text =
    `SELECT ${args.select ? args.select(t) : selectList(entity, t, args.columns)} FROM ${entity.from} ${t} ${order.joins.join(' ')} ` +
    `WHERE ${where} ORDER BY ${order.sql} LIMIT ${b.param(args.limit, 'int8')} OFFSET ${b.param(args.offset, 'int8')}`
  return { text, values: b.params }
}

/** count(*) of a filter, stopping at `cap` rows so a broad filter on a huge table stays bounded. */
export function buildCappedCountQuery(model: Model, entity: Entity, where: WhereInput | null | undefined, cap: number, b = new SqlBuilder()): SqlQuery {
  const t = b.alias()
  const condition = compileWhere(model, entity, t, where, b)
  return { text: `SELECT count(*) AS n FROM (SELECT 1 FROM ${entity.from} ${t} WHERE ${condition} LIMIT ${b.param(cap, 'int8')}) capped`, values: b.params }
}

export function buildByIdsQuery(entity: Entity, ids: readonly string[]): SqlQuery {
  return { text: `SELECT ${selectList(entity, 't0')} FROM ${entity.from} t0 WHERE t0."id" = ANY($1::text[])`, values: [ids] }
}

/**
 * One query for the children of many parents (a @derivedFrom list): the window function applies
 * each parent's limit and offset, so N parents cost one round trip, not N.
 */
export function buildChildrenQuery(
  model: Model,
  target: Entity,
  inverse: ColumnField,
  parentIds: readonly string[],
  args: Omit<ListArgs, 'columns'>,
  b = new SqlBuilder(),
): SqlQuery {
  const t = b.alias()
  const parents = b.param(parentIds, 'text[]')
  const where = compileWhere(model, target, t, args.where, b)
  const order = compileOrderBy(model, target, t, args.orderBy, b)
  const fk = `${t}.${quoteIdent(inverse.column)}`
  const text =
    `SELECT * FROM (SELECT ${selectList(target, t)}, ${fk} AS "__parent", row_number() OVER (PARTITION BY ${fk} ORDER BY ${order.sql}) AS "__rn" ` +
    `FROM ${target.from} ${t} ${order.joins.join(' ')} WHERE ${fk} = ANY(${parents}) AND ${where}) ranked ` +
    `WHERE "__rn" > ${b.param(args.offset, 'int8')} AND "__rn" <= ${b.param(args.offset + args.limit, 'int8')} ORDER BY "__parent", "__rn"`
  return { text, values: b.params }
}
