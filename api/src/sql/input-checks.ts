/**
 * Checks on values from clients, made before anything reaches Postgres, so a value Postgres would
 * refuse is a BAD_USER_INPUT naming the value instead of a database error (or a crash mid-export).
 * Each returns a problem description, or null when the value is fine.
 */

/** Variables nest deeper than any valid argument needs (a where filter at its depth limit is well under this). */
export const MAX_INPUT_DEPTH = 40

/** Postgres text cannot hold U+0000; a string with one fails the whole statement. */
export function findNulByte(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }]
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return `${path || 'a value'} contains a NUL character (U+0000), which no text column can hold`
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }))
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (key.includes('\u0000')) return `a key in ${path || 'the input'} contains a NUL character (U+0000)`
        stack.push({ value: item, path: path ? `${path}.${key}` : key })
      }
    }
  }
  return null
}

/** Walked without recursion, so a hostile nesting cannot overflow the stack here either. */
export function findTooDeep(value: unknown, maxDepth = MAX_INPUT_DEPTH): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth >= maxDepth) return `the input nests deeper than ${maxDepth} levels`
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push({ value: item, depth: depth + 1 })
  }
  return null
}

// Postgres numeric (src/backend/utils/adt/numeric.c): an exponent of at most ±1000
// (NUMERIC_MAX_PRECISION), at most 131072 digits before the point and 16383 after it.
const MAX_EXPONENT = 1000
const MAX_INTEGER_DIGITS = 131072
const MAX_FRACTION_DIGITS = 16383
const DECIMAL_PARTS = /^-?(\d+)(?:\.(\d+))?(?:[eE]([-+]?\d+))?$/

/** A decimal string (BigInt, BigDecimal) that Postgres numeric can hold. */
export function decimalProblem(text: string): string | null {
  const m = DECIMAL_PARTS.exec(text)
  if (!m) return 'is not a decimal number'
  const exponent = m[3] === undefined ? 0 : Number(m[3])
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return `has an exponent beyond ±${MAX_EXPONENT}`
  const integerDigits = m[1].replace(/^0+/, '').length + exponent
  const fractionDigits = (m[2]?.length ?? 0) - exponent
  if (integerDigits > MAX_INTEGER_DIGITS) return `has more than ${MAX_INTEGER_DIGITS} digits before the decimal point`
  if (fractionDigits > MAX_FRACTION_DIGITS) return `has more than ${MAX_FRACTION_DIGITS} digits after the decimal point`
  return null
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * An ISO 8601 date or date-time that names a real instant Postgres accepts: the calendar is
 * checked field by field (Date.parse reads 2026-02-31 as 3 March), and the UTC year must be in
 * 1..9999 (Postgres has no year 0; five-digit years do not fit ISO strings).
 */
export function parseDateTime(text: string): { date: Date } | { problem: string } {
  const m = DATE_TIME.exec(text)
  if (!m) return { problem: 'is not an ISO 8601 date or date-time' }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  if (year < 1) return { problem: 'has year 0000; the calendar starts at year 0001' }
  if (month < 1 || month > 12) return { problem: `has month ${m[2]}` }
  if (day < 1 || day > daysInMonth(year, month)) return { problem: `has day ${m[3]}, which ${m[1]}-${m[2]} does not have` }
  if (hour > 23 || minute > 59 || second > 59) return { problem: 'has a time of day out of range' }
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return { problem: 'has a zone offset out of range' }
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return { problem: 'is not an ISO 8601 date or date-time' }
  const date = new Date(ms)
  if (date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) return { problem: 'falls outside the years 0001 to 9999 in UTC' }
  return { date }
}
