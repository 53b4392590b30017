import type { ColumnField } from '../model/types'
import { quoteIdent } from './builder'

/**
 * One CSV line per row, made by Postgres: the same text `csvRow` (http/csv-cells.ts) makes in
 * JavaScript from the row's values, which stays the reference and is tested against this.
 *
 * Why in SQL: an export streams every row of a table through the API's one event loop. Parsed into
 * objects, Dates and strings per value and then into cells and lines, each row left a trail of
 * garbage whose collection, on the main thread, held up every other request while exports ran.
 * As one text value per row, a row costs the API one string.
 */
/** the name of the one column a CSV export selects */
export const CSV_LINE = '"line"'

export function csvLineSql(columns: readonly ColumnField[], alias: string): string {
  if (columns.length === 0) return `''`
  return columns.map((c) => csvValueSql(c, `${alias}.${quoteIdent(c.column)}`)).join(` || ',' || `)
}

/** First characters a spreadsheet reads as a formula (the OWASP rule, as FORMULA_START in csv-cells.ts). */
const FORMULA_FIRST = `('=', '+', '-', '@', E'\\t', E'\\r')`

/** A field as csvCell + csvField write it; never NULL (a NULL value is the empty field). */
function csvValueSql(field: ColumnField, v: string): string {
  if (field.kind === 'scalar') {
    switch (field.type) {
      case 'Int':
      case 'Float':
      case 'BigInt':
      case 'BigDecimal':
        // numbers are never quoted and a leading minus is a sign, not a formula
        return `coalesce((${v})::text, '')`
      case 'Boolean':
        return `(CASE WHEN ${v} THEN 'true' WHEN NOT ${v} THEN 'false' ELSE '' END)`
      case 'DateTime':
        // Date.prototype.toISOString: UTC, milliseconds, Z
        return `coalesce(to_char((${v}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`
      case 'Bytes':
        return `coalesce('0x' || encode(${v}, 'hex'), '')`
      default:
        return textSql(`(${v})::text`)
    }
  }
  // enum names and foreign-key ids are text from the chain like any other
  return textSql(`(${v})::text`)
}

/**
 * Untrusted text: a formula start gets a leading single quote and quotes; a value with a comma,
 * quote or line break, or one starting with # (a comment line to readers told to skip notes), is
 * quoted with its quotes doubled (RFC 4180).
 */
function textSql(t: string): string {
  const quoted = `'"' || replace(${t}, '"', '""') || '"'`
  return (
    `(CASE WHEN ${t} IS NULL THEN '' ` +
    `WHEN left(${t}, 1) IN ${FORMULA_FIRST} THEN '"''' || replace(${t}, '"', '""') || '"' ` +
    `WHEN left(${t}, 1) = '#' OR strpos(${t}, '"') > 0 OR strpos(${t}, ',') > 0 OR strpos(${t}, E'\\n') > 0 OR strpos(${t}, E'\\r') > 0 THEN ${quoted} ` +
    `ELSE ${t} END)`
  )
}
