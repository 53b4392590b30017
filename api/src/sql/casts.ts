import type { ColumnField, ScalarType } from '../model/types'

/** Postgres types of codegen's columns, used to cast parameters so comparisons use the indexes. */
const SCALAR_CASTS: Record<ScalarType, string> = {
  ID: 'text',
  String: 'text',
  Int: 'int4',
  Float: 'numeric',
  Boolean: 'bool',
  BigInt: 'numeric',
  BigDecimal: 'numeric',
  DateTime: 'timestamptz',
  Bytes: 'bytea',
  JSON: 'jsonb',
}

export function castOf(field: ColumnField): string {
  if (field.kind === 'scalar') return SCALAR_CASTS[field.type]
  return 'text'
}

/** Bytes arrive as 0x-hex strings; Postgres wants bytea, the rest goes as parsed. */
export function toSqlValue(field: ColumnField, value: unknown): unknown {
  if (field.kind === 'scalar' && field.type === 'Bytes' && typeof value === 'string') return Buffer.from(value.slice(2), 'hex')
  return value
}
