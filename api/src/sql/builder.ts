import { ErrorCode, apiError, badInput } from '../errors'
import { findNulByte } from './input-checks'

export interface FilterLimits {
  /** nesting of AND/OR/relation filters */
  maxDepth: number
  /** leaf conditions in one filter */
  maxConditions: number
  /** values in one _in / _not_in list */
  maxListValues: number
}

export const DEFAULT_FILTER_LIMITS: FilterLimits = { maxDepth: 8, maxConditions: 200, maxListValues: 1000 }

/**
 * Collects positional parameters while SQL text is assembled. User values only ever go through
 * `param`, so no user string reaches the SQL text; identifiers come from the schema alone.
 */
export class SqlBuilder {
  readonly params: unknown[] = []
  private aliases = 0
  private conditions = 0

  constructor(readonly limits: FilterLimits = DEFAULT_FILTER_LIMITS) {}

  param(value: unknown, cast?: string): string {
    // the last line of defence for every filter, GraphQL or CSV: Postgres would fail the statement
    const nul = findNulByte(value)
    if (nul) throw badInput(nul.replace(/^a value/, 'a filter value'))
    this.params.push(value)
    return cast ? `$${this.params.length}::${cast}` : `$${this.params.length}`
  }

  alias(prefix = 't'): string {
    return `${prefix}${this.aliases++}`
  }

  countCondition(): void {
    if (++this.conditions > this.limits.maxConditions) {
      throw apiError(ErrorCode.FILTER_TOO_COMPLEX, `the filter has more than ${this.limits.maxConditions} conditions`)
    }
  }

  checkDepth(depth: number): void {
    if (depth > this.limits.maxDepth) throw apiError(ErrorCode.FILTER_TOO_COMPLEX, `the filter nests deeper than ${this.limits.maxDepth} levels`)
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
