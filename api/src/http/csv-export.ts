import { Readable, Transform, pipeline } from 'node:stream'
import { stringify } from 'csv-stringify'
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import QueryStream from 'pg-query-stream'
import type { ApiConfig } from '../config'
import type { Db } from '../db/db'
import { ErrorCode } from '../errors'
import type { HeadsReader } from '../heads'
import { names } from '../model/naming'
import type { ColumnField, Entity, Model } from '../model/types'
import { SqlBuilder } from '../sql/builder'
import { orderByValues } from '../sql/order-by'
import { buildListQuery, columnFields } from '../sql/select'
import type { WhereInput } from '../sql/where'

class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
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
    throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `where is not valid JSON: ${(error as Error).message}`)
  }
  const problems: string[] = []
  const type = schema.getType(names.whereInput(entity.name)) as GraphQLInputType
  const value = coerceInputValue(json, type, (path, _invalid, error) => problems.push(`${path.length ? `${path.join('.')}: ` : ''}${error.message}`))
  if (problems.length > 0) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `invalid where: ${problems.slice(0, 5).join('; ')}`)
  return value as WhereInput
}

function parseList(raw: string | null): string[] {
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : []
}

function parseCount(raw: string | null, name: string, max: number, fallback: number): number {
  if (raw === null || raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `${name} must be a non-negative integer`)
  const n = Number(raw)
  if (n > max) throw new ExportError(400, ErrorCode.PAGE_SIZE_LIMIT, `${name} is ${n}, above the export row cap of ${max}`)
  return n
}

function header(field: ColumnField): string {
  return field.kind === 'fk' ? `${field.name}Id` : field.name
}

function cell(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`
  return value
}

/**
 * GET /export/<entity>.csv?where=<json>&orderBy=a_ASC,b_DESC&columns=a,b&limit=&offset= streams a
 * list entity as CSV through a server-side cursor (never buffering the table), with the GraphQL
 * `where` compiler. At most the row cap (X-Row-Cap) rows; a longer result ends with a `#` note.
 */
export function useCsvExport(deps: { db: Db; model: Model; config: ApiConfig; heads: HeadsReader; schema: GraphQLSchema }): Plugin {
  const cap = deps.config.limits.csvRowCap
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const m = /^\/export\/([A-Za-z]+)\.csv$/.exec(url.pathname)
      if (!m) return
      const fail = (e: ExportError) =>
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] }), { status: e.status, headers: { 'content-type': 'application/json' } }))
      try {
        if (request.method !== 'GET') throw new ExportError(405, ErrorCode.BAD_USER_INPUT, 'use GET')
        const entity = findEntity(deps.model, m[1])
        const q = url.searchParams
        const where = parseWhere(deps.schema, entity, q.get('where'))
        const orderBy = parseList(q.get('orderBy'))
        const valid = new Set(orderByValues(deps.model, entity))
        const badOrder = orderBy.find((o) => !valid.has(o))
        if (badOrder) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `${entity.name} cannot be ordered by "${badOrder}"`)
        const all = columnFields(entity)
        const wanted = parseList(q.get('columns'))
        const unknown = wanted.find((c) => !all.some((f) => f.name === c))
        if (unknown) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `${entity.name} has no column "${unknown}"`)
        const columns = wanted.length ? all.filter((f) => wanted.includes(f.name)) : all
        const limit = parseCount(q.get('limit'), 'limit', cap, cap)
        const offset = parseCount(q.get('offset'), 'offset', Number.MAX_SAFE_INTEGER, 0)
        let sql
        try {
          sql = buildListQuery(deps.model, entity, { where, orderBy, limit: limit + 1, offset, columns }, new SqlBuilder())
        } catch (error) {
          throw new ExportError(400, (error as { extensions?: { code?: string } }).extensions?.code ?? ErrorCode.BAD_USER_INPUT, (error as Error).message)
        }
        const heads = await deps.heads.get().catch(() => null)
        const client = await deps.db.pool.connect()
        const rows = client.query(new QueryStream(sql.text, sql.values, { batchSize: 500 }))
        let sent = 0
        const capRows = new Transform({
          objectMode: true,
          transform(row, _enc, done) {
            if (sent++ < limit) return done(null, columns.map((c) => cell(row[c.name])))
            // one row past the limit: there is more than was asked for
            done()
          },
          flush(done) {
            if (sent > limit) this.push([`# truncated: more than ${limit} rows match; narrow the filter or continue with offset=${offset + limit}`])
            done()
          },
        })
        const csv = stringify({ header: true, columns: columns.map(header), cast: { boolean: (v) => String(v) } })
        // a client that goes away mid-file destroys the chain, which closes the cursor; a connection
        // whose stream failed or was cut off is discarded rather than returned to the pool mid-query
        pipeline(rows, capRows, csv, (error) => client.release(error ?? undefined))
        const headers: Record<string, string> = {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${names.list(entity.name)}.csv"`,
          'X-Row-Cap': String(cap),
        }
        if (heads) headers['X-Indexed-Heads'] = (['og', 'base'] as const).map((c) => `${c}=${heads[c]?.height ?? ''}`).join(';')
        endResponse(new fetchAPI.Response(Readable.toWeb(csv) as ReadableStream, { status: 200, headers }))
      } catch (error) {
        if (error instanceof ExportError) return fail(error)
        throw error
      }
    },
  }
}
