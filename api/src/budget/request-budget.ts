import type { Db, Row } from '../db/db'
import { ErrorCode, apiError } from '../errors'

export interface RequestLimits {
  /** wall time from the start of execution to the last byte of the answer */
  timeoutMs: number
  /** rows all of the request's SQL may return, analytics included */
  maxDbRows: number
  /** characters of the JSON answer */
  maxResponseChars: number
}

/**
 * What one GraphQL request may still spend at run time. The cost model refuses what is too large
 * up front; this catches what its estimates could not see (data-dependent list lengths, a slow
 * database) at the next query or the next slice of serialisation, so a request never keeps a
 * connection or the event loop beyond its budget.
 */
export class RequestBudget {
  private dbRows = 0
  private readonly started = performance.now()

  constructor(readonly limits: RequestLimits) {}

  elapsedMs(): number {
    return performance.now() - this.started
  }

  checkTime(): void {
    if (this.elapsedMs() > this.limits.timeoutMs) {
      throw apiError(ErrorCode.QUERY_TIMEOUT, `the request ran past its ${this.limits.timeoutMs} ms budget; ask for less or narrow the filter`, {
        max: this.limits.timeoutMs,
      })
    }
  }

  takeDbRows(rows: number): void {
    this.dbRows += rows
    if (this.dbRows > this.limits.maxDbRows) {
      throw apiError(
        ErrorCode.RESPONSE_TOO_LARGE,
        `the request read more than ${this.limits.maxDbRows} rows from the database; ask for smaller pages or fewer nested lists`,
        { max: this.limits.maxDbRows },
      )
    }
  }
}

/** a client's share of the pool: its queries wait here for a place before they take a connection */
export interface QueryTurn {
  acquire(): Promise<() => void>
}

/**
 * The request's view of the database: no new query once the time is spent, every returned row
 * counted, and (with `turn`) each query waiting for its client's place on the pool first.
 */
export function budgetedDb(db: Db, budget: RequestBudget, turn?: QueryTurn): Db {
  return {
    pool: db.pool,
    async query<T extends Row = Row>(query: Parameters<Db['query']>[0], values?: unknown[]): Promise<T[]> {
      budget.checkTime()
      const release = await turn?.acquire()
      try {
        // the wait for a place counts against the request's time like any other
        budget.checkTime()
        const rows = await db.query<T>(query, values)
        budget.takeDbRows(rows.length)
        return rows
      } finally {
        release?.()
      }
    },
  }
}
