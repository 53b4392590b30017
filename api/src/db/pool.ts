import { Pool, types } from 'pg'

// int8 (count(*)) arrives as a string by default; counts here stay far below 2^53.
types.setTypeParser(types.builtins.INT8, (v) => Number(v))

/**
 * The API's only way to the database. statement_timeout is set per connection at startup, so no
 * query (a hostile filter, a deep offset) can hold a connection longer than the limit.
 */
export function createPool(options: { url: string; statementTimeoutMs: number; size: number }): Pool {
  const pool = new Pool({
    connectionString: options.url,
    max: options.size,
    statement_timeout: options.statementTimeoutMs,
    // a connection that cannot be had in time is an overload, reported as such rather than queued forever
    connectionTimeoutMillis: Math.max(2000, options.statementTimeoutMs),
    idleTimeoutMillis: 30_000,
    application_name: 'og-explorer-api',
  })
  // an idle client losing its connection must not crash the process; the next query reconnects
  pool.on('error', () => {})
  return pool
}
