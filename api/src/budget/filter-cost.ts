import { ErrorCode, apiError } from '../errors'

/**
 * How much work a `where` makes Postgres do, beyond the SQL builder's own condition count: each
 * `_some/_every/_none` is a correlated subquery per candidate row, each text operator a pattern scan,
 * and an OR of many of them cannot use an index at all. An OR of 99 `inferences_every` with
 * `_containsInsensitive` stays under 200 conditions yet holds a pooled connection for the whole
 * statement timeout; these caps refuse it before it reaches the pool.
 */
export interface FilterBudget {
  /** entries in one AND / OR list */
  maxWidth: number
  /** `_some` / `_every` / `_none` filters in one where */
  maxListFilters: number
  /** contains / startsWith / endsWith (and their negations) in one where */
  maxTextOps: number
  /** relation filters (to-one or to-many) nested inside each other */
  maxRelationDepth: number
}

export const DEFAULT_FILTER_BUDGET: FilterBudget = { maxWidth: 64, maxListFilters: 8, maxTextOps: 16, maxRelationDepth: 3 }

export interface FilterShape {
  operators: number
  listFilters: number
  relationFilters: number
  textOps: number
  widest: number
  relationDepth: number
}

const TEXT_OPS = new Set(['contains', 'containsInsensitive', 'startsWith', 'endsWith'])
const LIST_OPS = new Set(['some', 'every', 'none'])

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Counts what a filter asks for; shapes the SQL builder would refuse are counted, not judged, here. */
export function measureFilter(where: unknown): FilterShape {
  const shape: FilterShape = { operators: 0, listFilters: 0, relationFilters: 0, textOps: 0, widest: 0, relationDepth: 0 }
  const walk = (w: unknown, relationDepth: number, guard: number) => {
    // variables can nest as deep as JSON allows; the SQL builder rejects deep ones, this only has to stop
    if (!isObject(w) || guard > 64) return
    shape.relationDepth = Math.max(shape.relationDepth, relationDepth)
    for (const [key, value] of Object.entries(w)) {
      if (value === undefined || value === null) continue
      if (key === 'AND' || key === 'OR') {
        const list = Array.isArray(value) ? value : [value]
        shape.widest = Math.max(shape.widest, list.length)
        for (const item of list) walk(item, relationDepth, guard + 1)
        continue
      }
      shape.operators++
      const i = key.indexOf('_')
      const op = i < 0 ? undefined : key.slice(i + 1)
      if (op === undefined && isObject(value)) {
        shape.relationFilters++
        walk(value, relationDepth + 1, guard + 1)
      } else if (op !== undefined && LIST_OPS.has(op)) {
        shape.relationFilters++
        shape.listFilters++
        walk(value, relationDepth + 1, guard + 1)
      } else if (op !== undefined && TEXT_OPS.has(op.replace(/^not_/, ''))) {
        shape.textOps++
      }
    }
  }
  walk(where, 0, 0)
  return shape
}

/** Throws FILTER_TOO_COMPLEX naming the first cap a filter goes over. */
export function checkFilter(where: unknown, budget: FilterBudget = DEFAULT_FILTER_BUDGET): FilterShape {
  const s = measureFilter(where)
  const over = (what: string, n: number, max: number) =>
    apiError(ErrorCode.FILTER_TOO_COMPLEX, `the filter has ${n} ${what}, more than the ${max} allowed`, { max })
  if (s.widest > budget.maxWidth) throw over('entries in one AND/OR', s.widest, budget.maxWidth)
  if (s.listFilters > budget.maxListFilters) throw over('_some/_every/_none relation filters', s.listFilters, budget.maxListFilters)
  if (s.textOps > budget.maxTextOps) throw over('text-matching operators', s.textOps, budget.maxTextOps)
  if (s.relationDepth > budget.maxRelationDepth) throw over('levels of nested relation filters', s.relationDepth, budget.maxRelationDepth)
  return s
}
