import type { ColumnField } from '../model/types'

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
 * = + - @, and TAB / CR, which some spreadsheets strip before looking at the next character.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** Columns whose values Postgres has already proved to be numbers; a leading minus there is a sign. */
const NUMERIC = new Set(['Int', 'Float', 'BigInt', 'BigDecimal'])

export interface CsvCell {
  text: string
  /** quoted even when no CSV special character requires it */
  forceQuote: boolean
}

/**
 * One value as CSV text. Strings from the chain (model names, monikers, endpoints, ids) are
 * untrusted: one that a spreadsheet would run as a formula gets a leading single quote and is
 * quoted, the OWASP rule. Numbers are left alone, so -5 stays a number an analyst can sum.
 */
export function csvCell(field: ColumnField, value: unknown): CsvCell {
  if (value === null || value === undefined) return { text: '', forceQuote: false }
  if (value instanceof Date) return { text: value.toISOString(), forceQuote: false }
  if (Buffer.isBuffer(value)) return { text: `0x${value.toString('hex')}`, forceQuote: false }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  const numeric = field.kind === 'scalar' && NUMERIC.has(field.type)
  if (!numeric && FORMULA_START.test(text)) return { text: `'${text}`, forceQuote: true }
  // a first cell starting with # would read as a comment line to tools told to skip the file's notes
  return { text, forceQuote: text.startsWith('#') }
}

/** RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); lines end in \n as every CSV reader accepts. */
export function csvField(cell: CsvCell): string {
  if (cell.forceQuote || /[",\r\n]/.test(cell.text)) return `"${cell.text.replace(/"/g, '""')}"`
  return cell.text
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\n`
}

/** A row of the file, in the order of `columns`. */
export function csvRow(columns: readonly ColumnField[], row: Record<string, unknown>): string {
  return csvLine(columns.map((c) => csvCell(c, row[c.name])))
}

/**
 * A note line after the rows ("# ..."). Notes go last, never first: the header stays line one, so
 * spreadsheets and CSV readers without a comment option still find the columns, and readers with
 * one (pandas comment='#', R comment.char, csv-parse) drop them. A file whose last line is not a
 * note was cut off in transit.
 */
export function csvNote(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}\n`
}
