import type { ServerResponse } from 'node:http'
import type { GraphQLSchema } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { PoolClient } from 'pg'
import type { ApiConfig } from '../config'
import { cursorBatches } from '../db/cursor'
import type { Db } from '../db/db'
import { ErrorCode } from '../errors'
import { CHAINS, createHeadsReader, type IndexedHeads } from '../heads'
import { names } from '../model/naming'
import type { ColumnField, Model } from '../model/types'
import { csvLine } from './csv-cells'
import { ExportError, parseExportRequest } from './csv-request'
import { CsvExportRun } from './csv-stream'
import { ExportSlots, SlotsBusyError } from './export-slots'

/** rows per FETCH: one await and about one socket write per batch */
const BATCH_ROWS = 500

function header(field: ColumnField): string {
  return field.kind === 'fk' ? `${field.name}Id` : field.name
}

function headsText(heads: IndexedHeads): string {
  return CHAINS.map((c) => `${c}=${heads[c]?.height ?? ''}`).join(';')
}

/** A Postgres failure as the client may see it: a status, a code and a message without internals. */
function describeDbError(error: unknown, statementTimeoutMs: number): ExportError {
  if (error instanceof ExportError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (code === '57014')
    return new ExportError(503, ErrorCode.QUERY_TIMEOUT, `the query ran longer than ${statementTimeoutMs} ms and was cancelled; narrow the filter`, 5)
  // class 22 (data exception): a value Postgres refused; the edge checks should have caught it first
  if (typeof code === 'string' && code.startsWith('22'))
    return new ExportError(400, ErrorCode.BAD_USER_INPUT, 'a filter value is out of the range the database accepts')
  return new ExportError(500, ErrorCode.INTERNAL_SERVER_ERROR, 'the export failed on the server')
}

/** Reads the heads through the export's own connection, so they belong to the rows' snapshot. */
function headsIn(client: PoolClient): Promise<IndexedHeads> {
  const db = {
    pool: undefined,
    query: async (q: unknown, values?: unknown[]) => (typeof q === 'string' ? await client.query(q, values) : await client.query(q as never)).rows,
  } as unknown as Db
  return createHeadsReader(db, 0).get()
}

/**
 * GET /export/<entity>.csv?where=<json>&orderBy=a_ASC,b_DESC&columns=a,b&limit=&offset= streams a
 * list entity as CSV through a server-side cursor in one read-only REPEATABLE READ transaction,
 * with the GraphQL `where` compiler. Exports run in a few slots of their own (a bounded queue
 * behind them, then 503 + Retry-After), so they can never take the connections GraphQL needs.
 * The last line of every file is a note: the row count (or where to continue), the row cap and
 * the indexed heads of the snapshot; or an "# error:" line when the export stopped early.
 */
export function useCsvExport(deps: { db: Db; model: Model; config: ApiConfig; schema: GraphQLSchema }): Plugin {
  const cap = deps.config.limits.csvRowCap
  const timeoutMs = deps.config.statementTimeoutMs
  const settings = deps.config.csvExport
  const slots = new ExportSlots(settings.slots, settings.queue, settings.queueMs)
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      const m = /^\/export\/([A-Za-z]+)\.csv$/.exec(url.pathname)
      if (!m) return
      const fail = (e: ExportError) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (e.retryAfterSeconds) headers['Retry-After'] = String(e.retryAfterSeconds)
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] }), { status: e.status, headers }))
      }
      let releaseSlot: (() => void) | undefined
      let client: PoolClient | undefined
      const giveBack = (error?: Error) => {
        client?.release(error ?? undefined)
        client = undefined
        releaseSlot?.()
      }
      try {
        if (request.method !== 'GET') throw new ExportError(405, ErrorCode.BAD_USER_INPUT, 'use GET')
        const req = parseExportRequest(deps, m[1], url.searchParams, cap)
        try {
          releaseSlot = await slots.acquire()
        } catch (error) {
          if (error instanceof SlotsBusyError) throw new ExportError(503, ErrorCode.OVERLOADED, error.message, error.retryAfterSeconds)
          throw error
        }
        try {
          client = await deps.db.pool.connect()
        } catch (error) {
          console.error(`[api] export: no database connection: ${(error as Error).message}`)
          throw new ExportError(503, ErrorCode.OVERLOADED, 'no database connection is free; retry shortly', 2)
        }
        // a connection that dies under the export (the server ended it, the socket broke) emits
        // 'error' on the client; unheard, that would be an uncaught exception ending the process
        let run: CsvExportRun | undefined
        const onClientError = (error: Error) => run?.fail(error)
        client.on('error', onClientError)
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        // Postgres 17+ ends the transaction itself if this process ever fails to (older ones ignore it)
        await client.query(`SELECT set_config('transaction_timeout', $1, true) WHERE current_setting('server_version_num')::int >= 170000`, [
          `${settings.maxMs + settings.writeTimeoutMs}ms`,
        ])
        const heads = await headsIn(client)
        // a batch at a time, each row its one CSV line made by Postgres (sql/csv-line.ts), not an object per row;
        // each FETCH is one statement, so the statement timeout bounds a batch and the run limit the export
        const batches = cursorBatches(client, `export_${names.list(req.entity.name)}`, req.sql, BATCH_ROWS)
        // the first rows before the status: a filter that times out before its first row is a 503, not a broken file
        const first = await batches.next()
        const owned = client
        const slot = releaseSlot
        client = undefined
        releaseSlot = undefined
        const facts = `row cap ${cap}; indexed heads ${headsText(heads)}`
        const res = (serverContext as { res?: ServerResponse } | undefined)?.res
        run = new CsvExportRun({
          header: csvLine(req.columns.map((c) => ({ text: header(c), forceQuote: false }))),
          first,
          batches,
          limit: req.limit,
          offset: req.offset,
          facts,
          writeTimeoutMs: settings.writeTimeoutMs,
          maxMs: settings.maxMs,
          describe: (error) => {
            const e = describeDbError(error, timeoutMs)
            if (e.code === ErrorCode.INTERNAL_SERVER_ERROR) console.error(`[api] export of ${req.entity.name} failed: ${(error as Error)?.message}`)
            return `${e.code}: ${e.message}`
          },
          async finish(error) {
            try {
              // a destroyed client keeps the listener, so a late 'error' from its socket is still heard
              if (error) owned.release(error)
              else {
                await owned.query('COMMIT').then(
                  () => {
                    owned.off('error', onClientError)
                    owned.release()
                  },
                  (e: Error) => owned.release(e),
                )
              }
            } finally {
              slot()
            }
          },
          closeSocket: () => res?.destroy(),
        })
        endResponse(
          new fetchAPI.Response(run.body as unknown as ReadableStream, {
            status: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${names.list(req.entity.name)}.csv"`,
              'X-Row-Cap': String(cap),
              'X-Indexed-Heads': headsText(heads),
            },
          }),
        )
      } catch (error) {
        // a connection that failed mid-transaction is discarded, never returned to the pool
        giveBack(error as Error)
        const e = describeDbError(error, timeoutMs)
        if (e.code === ErrorCode.INTERNAL_SERVER_ERROR) console.error(`[api] export failed before streaming: ${(error as Error)?.stack ?? error}`)
        fail(e)
      }
    },
  }
}
