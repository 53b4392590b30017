import { ErrorCode, apiError } from '../errors'

export interface RowBudget {
  /** counts rows a resolver is about to return; throws once the request has read too many */
  take(rows: number): void
}

/**
 * Nested lists multiply (1,000 validators × 1,000 delegations × ...), which no static cost model
 * sees when page sizes come in variables; so every request also has a budget of rows it may read.
 */
export function createRowBudget(max: number): RowBudget {
  let used = 0
  return {
    take(rows) {
      used += rows
      if (used > max)
        throw apiError(
          ErrorCode.RESPONSE_TOO_LARGE,
          `the query reads more than ${max} rows; ask for smaller pages or fewer nested lists, or use the CSV export`,
        )
    },
  }
}
