/**
 * Filters arrive from the URL, so they can hold anything (an old link, a typo, a probe). Each is checked
 * against its field before it reaches a query: a value the field cannot take is ignored, and the page says
 * which one and why instead of showing an API error or an empty list.
 */
import type { FilterField } from './FilterBar'

export interface IgnoredFilter {
  key: string
  label: string
  value: string
  why: string
}

/** a real calendar day: 2026-02-31 is not one (Date.parse would read it as March 3) */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return y >= 1970 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

function problem(field: FilterField, value: string): string | null {
  if (field.type === 'select') return field.options.some((o) => o.value === value) ? null : 'not one of the choices'
  if (field.type === 'date') return isCalendarDay(value) ? null : 'not a date (YYYY-MM-DD)'
  if (field.pattern && !field.pattern.test(value.trim())) return field.patternHint ?? 'not in the expected form'
  return null
}

/** The filters a query may use (bad ones emptied) and the ones ignored, with the reason for each. */
export function checkFilters<V extends Record<string, string>>(fields: readonly FilterField[], values: V): { values: V; ignored: IgnoredFilter[] } {
  const clean: Record<string, string> = { ...values }
  const ignored: IgnoredFilter[] = []
  for (const field of fields) {
    const value = values[field.key]
    if (!value) continue
    const why = problem(field, value)
    if (why) {
      clean[field.key] = ''
      ignored.push({ key: field.key, label: field.label, value, why })
    }
  }
  return { values: clean as V, ignored }
}
