import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql'
import { ErrorCode } from '../errors'
import { names } from '../model/naming'
import type { ColumnField, Entity, Model } from '../model/types'
import { SqlBuilder } from '../sql/builder'
import { findNulByte, findTooDeep } from '../sql/input-checks'
import { orderByValues } from '../sql/order-by'
import { CSV_LINE, csvLineSql } from '../sql/csv-line'
import { buildListQuery, columnFields, type SqlQuery } from '../sql/select'
import type { WhereInput } from '../sql/where'

/** An export refused before anything was streamed: an HTTP status, a code and a message. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
  }
}

function badInput(message: string): ExportError {
  return new ExportError(400, ErrorCode.BAD_USER_INPUT, message)
}

function findEntity(model: Model, name: string): Entity {
  for (const e of model.entities.values()) if (names.list(e.name) === name || e.name.toLowerCase() === name.toLowerCase()) return e
  const known = [...model.entities.keys()].map((n) => names.list(n)).join(', ')
  throw new ExportError(404, ErrorCode.NOT_FOUND, `no entity "${name}"; exportable: ${known}`)
}

/** `where` is checked against the same GraphQL input type as the API's, so both accept the same filters. */
function parseWhere(schema: GraphQLSchema, entity: Entity, raw: string | null): WhereInput | undefined {
  if (raw === null || raw === '') return undefined
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw badInput(`where is not valid JSON: ${(error as Error).message}`)
  }
  // before coercion, which recurses, and before Postgres, which refuses NUL in text
  const unsafe = findTooDeep(json) ?? findNulByte(json)
  if (unsafe) throw badInput(`invalid where: ${unsafe.replace(/^the input/, 'the filter')}`)
  const problems: string[] = []
  const type = schema.getType(names.whereInput(entity.name)) as GraphQLInputType
  const value = coerceInputValue(json, type, (path, _invalid, error) => problems.push(`${path.length ? `${path.join('.')}: ` : ''}${error.message}`))
  if (problems.length > 0) throw badInput(`invalid where: ${problems.slice(0, 5).join('; ')}`)
  return value as WhereInput
}

function parseList(raw: string | null): string[] {
  return raw
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
}

function parseCount(raw: string | null, name: string, max: number, fallback: number): number {
  if (raw === null || raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw badInput(`${name} must be a non-negative integer`)
  const n = Number(raw)
  if (n > max) throw new ExportError(400, ErrorCode.PAGE_SIZE_LIMIT, `${name} is ${n}, above the export row cap of ${max}`)
  return n
}

export interface ExportRequest {
  entity: Entity
  columns: ColumnField[]
  limit: number
  offset: number
  /**
   * asks for limit + 1 rows, each one CSV line in the column `line` (csv-line.ts): the extra row
   * tells that more match than were asked for
   */
  sql: SqlQuery
}

/** GET /export/<entity>.csv?where=<json>&orderBy=a_ASC,b_DESC&columns=a,b&limit=&offset= as a query. */
export function parseExportRequest(deps: { model: Model; schema: GraphQLSchema }, entityName: string, q: URLSearchParams, cap: number): ExportRequest {
  const entity = findEntity(deps.model, entityName)
  const where = parseWhere(deps.schema, entity, q.get('where'))
  const orderBy = parseList(q.get('orderBy'))
  const valid = new Set(orderByValues(deps.model, entity))
  const badOrder = orderBy.find((o) => !valid.has(o))
  if (badOrder) throw badInput(`${entity.name} cannot be ordered by "${badOrder}"`)
  const all = columnFields(entity)
  const wanted = parseList(q.get('columns'))
  const unknown = wanted.find((c) => !all.some((f) => f.name === c))
  if (unknown) throw badInput(`${entity.name} has no column "${unknown}"`)
  const columns = wanted.length ? all.filter((f) => wanted.includes(f.name)) : all
  const limit = parseCount(q.get('limit'), 'limit', cap, cap)
  const offset = parseCount(q.get('offset'), 'offset', Number.MAX_SAFE_INTEGER, 0)
  try {
    const sql = buildListQuery(
      deps.model,
      entity,
      { where, orderBy, limit: limit + 1, offset, select: (t) => `${csvLineSql(columns, t)} AS ${CSV_LINE}` },
      new SqlBuilder(),
    )
    return { entity, columns, limit, offset, sql }
  } catch (error) {
    throw new ExportError(400, (error as { extensions?: { code?: string } }).extensions?.code ?? ErrorCode.BAD_USER_INPUT, (error as Error).message)
  }
}
