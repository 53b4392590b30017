/**
 * Postgres COPY text format (the default `COPY t (cols) FROM STDIN`): one line per row, columns
 * separated by tabs, `\N` for NULL, and backslash escapes for the characters that would end a field
 * or a line. Values arrive as the database takes them (transformers applied, dates as ISO strings).
 */

/** Column types COPY text takes here without an array or JSON literal of their own. */
export function copyableType(sqlType: string, isArray: boolean): boolean {
  return !isArray && !/json|\[\]/.test(sqlType)
}

const SPECIAL = /[\\\t\n\r]/
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/** One field. Throws on a value this format has no plain spelling for (objects, arrays). */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  switch (typeof value) {
    case 'string':
      // hashes and addresses, most of what is written, need no escaping
      return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot COPY the number ${value}`)
      return String(value)
    case 'bigint':
      return value.toString()
    case 'boolean':
      return value ? 't' : 'f'
  }
  if (value instanceof Date) return value.toISOString()
  if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`
  throw new TypeError(`cannot COPY a value of type ${Object.prototype.toString.call(value)}`)
}

/** Rows `from`..`to` (exclusive) of column-major `columns` as COPY text lines. */
export function copyLines(columns: unknown[][], from: number, to: number): string {
  let text = ''
  for (let row = from; row < to; row++) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) text += '\t'
      text += copyField(columns[c][row])
    }
    text += '\n'
  }
  return text
}
