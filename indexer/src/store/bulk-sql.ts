/**
 * Pure SQL text for bulk writes: one statement per entity type and batch, with one array parameter
 * per column expanded by `unnest`, so the statement size and TypeORM's query building do not grow
 * with the number of rows.
 */

export interface BulkColumn {
  /** escaped column name */
  name: string
  /** Postgres type of the column, e.g. `integer`, `character varying` */
  sqlType: string
}

/** One write: its SQL with parameters numbered from `firstParam`, and their values. */
export interface BulkStatement {
  sql: (firstParam: number) => string
  params: unknown[]
}

/** `INSERT INTO t (a, b) SELECT * FROM unnest($1::text[], $2::integer[])` */
export function bulkInsertSql(table: string, columns: BulkColumn[], firstParam = 1): string {
  const names = columns.map((c) => c.name).join(', ')
  const arrays = columns.map((c, i) => `$${firstParam + i}::${c.sqlType}[]`).join(', ')
  return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`
}

/**
 * The insert above, turned into an upsert on `conflict` that overwrites only `overwrite`: columns left
 * out keep their stored value (the store's rule for properties no entity of the group defines).
 */
export function bulkUpsertSql(table: string, columns: BulkColumn[], conflict: string, overwrite: string[], firstParam = 1): string {
  const set = overwrite.map((name) => `${name} = EXCLUDED.${name}`).join(', ')
  return `${bulkInsertSql(table, columns, firstParam)} ON CONFLICT (${conflict}) ${set ? `DO UPDATE SET ${set}` : 'DO NOTHING'}`
}

/**
 * Several writes as one statement (data-modifying CTEs), so a batch's flush is one round trip.
 * Each write must touch rows no other write of the group touches (they share one snapshot), which
 * holds for a flush: every id is written once. Foreign keys are checked at the end of the statement,
 * so the order between writes does not matter there either.
 */
export function combineStatements(statements: BulkStatement[]): { sql: string; params: unknown[] } {
  if (statements.length === 1) return { sql: statements[0].sql(1), params: statements[0].params }
  const params: unknown[] = []
  const parts = statements.map((s, i) => {
    const sql = s.sql(params.length + 1)
    params.push(...s.params)
    return `w${i} AS (${sql})`
  })
  return { sql: `WITH ${parts.join(', ')} SELECT 1`, params }
}
