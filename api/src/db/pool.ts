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

export interface PoolPressure {
  /** how long queries have been waiting for a connection without a break, 0 when none waits */
  waitingForMs(): number
  stop(): void
}

/**
 * Samples the pool's queue: pg reports how many clients wait but not since when, and a queue
 * that never empties is what "the pool cannot serve" looks like from outside.
 */
export function watchPoolPressure(pool: Pool, sampleMs = 200, now: () => number = Date.now): PoolPressure {
  let waitingSince: number | null = null
  const sample = () => {
    if (pool.waitingCount > 0) waitingSince ??= now()
    else waitingSince = null
  }
  const timer = setInterval(sample, sampleMs)
  // a sampler must never keep the process (or a test) alive
  timer.unref()
  return {
    waitingForMs() {
      sample()
      return waitingSince === null ? 0 : now() - waitingSince
    },
    stop: () => clearInterval(timer),
  }
}
