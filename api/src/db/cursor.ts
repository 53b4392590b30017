import type { PoolClient } from 'pg'
import { quoteIdent } from '../sql/builder'

/**
 * Reads a query's rows a batch at a time through a named SQL cursor (DECLARE, then FETCH n), in
 * the caller's open transaction, each row as an array of its values.
 *
 * Why not a protocol-level cursor (pg-query-stream): its batches are Execute messages of one
 * statement, so the statement timeout runs from the first batch to the last, and an export too long
 * for it was cancelled halfway however fast its rows came. Here every FETCH is a statement of its own:
 * the timeout bounds how long one batch may take (a filter that finds its rows too slowly is still
 * cancelled), and the whole read is bounded by its caller (the export's run limit). A batch is also
 * one await for its rows, not one per row.
 *
 * The cursor lives until the transaction ends; the caller commits or discards the connection.
 */
export async function* cursorBatches(
  client: PoolClient,
  name: string,
  sql: { text: string; values: unknown[] },
  batchSize: number,
): AsyncGenerator<unknown[][], void, undefined> {
  const cursor = quoteIdent(name)
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql.text}`, sql.values)
  const fetch = `FETCH ${Math.max(1, Math.floor(batchSize))} FROM ${cursor}`
  for (;;) {
    const { rows } = await client.query<unknown[]>({ text: fetch, rowMode: 'array' })
    if (rows.length > 0) yield rows
    if (rows.length < batchSize) return
  }
}
