/**
 * Secondary indexes and foreign keys are built once after a long backfill instead of being
 * maintained row by row during it. Every inserted row otherwise updates up to 13 indexes
 * (`inference`) and fires a trigger per foreign key that reads and share-locks the referenced row
 * (`transfer` has two, to `account`); one sorted build and one validating join at the end cost less.
 *
 * The definitions of the dropped indexes are kept in `<stateSchema>.deferred_index`, so a crash
 * during the backfill loses nothing: they are built when the processor reaches its head, or before
 * any migration runs (a migration may alter or drop them). Primary keys and unique indexes are never
 * dropped, nor the indexes the indexer itself queries by during a backfill (`KEEP`). Only foreign keys
 * between the pipeline's own tables are deferred.
 */

/** Runs SQL: a pg Client's or a TypeORM EntityManager's `query` both fit. */
export type Query = (sql: string, params?: unknown[]) => Promise<any>

export interface IndexDefinition {
  name: string
  table: string
  /** `CREATE INDEX …`, or for a foreign key `FOREIGN KEY (…) REFERENCES …` */
  definition: string
  kind: 'index' | 'foreign-key'
}

/**
 * Leading columns the indexer looks rows up by while it indexes: pending settlements and their blob
 * ids (verification), PCRs by registry (TEE handler), unlinked payments by payee (payment linking),
 * the latest hourly candle (price).
 */
export const KEEP: Record<string, string[]> = {
  settlement: ['status', 'blob_id'],
  pcr: ['registry'],
  payment: ['payee_id'],
  price_candle: ['interval'],
}

export const DEFERRED_TABLE = 'deferred_index'

/** The first column an index definition names, e.g. `tee_id` in `… USING btree (tee_id, "timestamp")`. */
export function leadingColumn(definition: string): string | undefined {
  const m = /USING \w+ \(\s*"?([^",\s)]+)"?/.exec(definition)
  return m?.[1]
}

/** The indexes of `indexes` that may be dropped for a backfill. */
export function deferrable(indexes: IndexDefinition[], keep: Record<string, string[]> = KEEP): IndexDefinition[] {
  return indexes.filter((i) => {
    const column = leadingColumn(i.definition)
    return column !== undefined && !(keep[i.table] ?? []).includes(column)
  })
}

/** `CREATE INDEX name ON …` → `CREATE INDEX IF NOT EXISTS name ON …`, so a rebuild can be repeated. */
export function idempotentCreate(definition: string): string {
  if (!/^CREATE INDEX /.test(definition)) throw new Error(`not a plain CREATE INDEX: ${definition}`)
  return definition.replace(/^CREATE INDEX (IF NOT EXISTS )?/, 'CREATE INDEX IF NOT EXISTS ')
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function ensureTable(query: Query, stateSchema: string): Promise<void> {
  await query(`CREATE SCHEMA IF NOT EXISTS ${quote(stateSchema)}`)
  await query(
    `CREATE TABLE IF NOT EXISTS ${quote(stateSchema)}.${DEFERRED_TABLE} (name text PRIMARY KEY, table_name text NOT NULL, definition text NOT NULL, kind text NOT NULL)`,
  )
}

/** Non-unique secondary indexes of the given tables in the current schema. */
export async function secondaryIndexes(query: Query, tables: string[]): Promise<IndexDefinition[]> {
  return query(
    `SELECT ic.relname AS name, tc.relname AS table, pg_get_indexdef(i.indexrelid) AS definition, 'index' AS kind
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
      WHERE n.nspname = current_schema() AND tc.relname = ANY($1) AND NOT i.indisprimary AND NOT i.indisunique
      ORDER BY tc.relname, ic.relname`,
    [tables],
  )
}

/** Foreign keys from one of `tables` to another of them, in the current schema. */
export async function internalForeignKeys(query: Query, tables: string[]): Promise<IndexDefinition[]> {
  return query(
    `SELECT c.conname AS name, tc.relname AS table, pg_get_constraintdef(c.oid) AS definition, 'foreign-key' AS kind
       FROM pg_constraint c
       JOIN pg_class tc ON tc.oid = c.conrelid
       JOIN pg_class rc ON rc.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema() AND tc.relname = ANY($1) AND rc.relname = ANY($1)
      ORDER BY tc.relname, c.conname`,
    [tables],
  )
}

/** Indexes dropped for a backfill and not built yet. */
export async function pendingIndexes(query: Query, stateSchema: string): Promise<IndexDefinition[]> {
  const exists: unknown[] = await query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [stateSchema, DEFERRED_TABLE])
  if (exists.length === 0) return []
  // indexes first: a foreign key is validated with one join, which the indexes may serve
  return query(`SELECT name, table_name AS table, definition, kind FROM ${quote(stateSchema)}.${DEFERRED_TABLE} ORDER BY kind DESC, table_name, name`)
}

/**
 * Drops the deferrable indexes of `tables`, recording their definitions first, in one transaction
 * (`query` must run on one connection). Returns the indexes now deferred (including earlier ones).
 */
export async function deferIndexes(query: Query, stateSchema: string, tables: string[]): Promise<IndexDefinition[]> {
  await query('BEGIN')
  try {
    await ensureTable(query, stateSchema)
    const drop = [...(await internalForeignKeys(query, tables)), ...deferrable(await secondaryIndexes(query, tables))]
    for (const i of drop) {
      await query(
        `INSERT INTO ${quote(stateSchema)}.${DEFERRED_TABLE} (name, table_name, definition, kind) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING`,
        [i.name, i.table, i.definition, i.kind],
      )
      await query(i.kind === 'index' ? `DROP INDEX ${quote(i.name)}` : `ALTER TABLE ${quote(i.table)} DROP CONSTRAINT ${quote(i.name)}`)
    }
    await query('COMMIT')
  } catch (error) {
    await query('ROLLBACK').catch(() => {})
    throw error
  }
  return pendingIndexes(query, stateSchema)
}

/**
 * Builds every deferred index of `stateSchema` and forgets its definition. Run it inside a
 * transaction (a batch's, or the caller's) so that a crash leaves the definitions to build again.
 */
export async function buildDeferredIndexes(query: Query, stateSchema: string): Promise<IndexDefinition[]> {
  const pending = await pendingIndexes(query, stateSchema)
  if (pending.length === 0) return []
  // one sorted build per index; more sort memory than the default 64 MB keeps large builds in memory
  await query(`SET LOCAL maintenance_work_mem = '256MB'`)
  for (const i of pending) {
    if (i.kind === 'index') await query(idempotentCreate(i.definition))
    else if (!(await query(`SELECT 1 FROM pg_constraint WHERE conname = $1`, [i.name])).length)
      await query(`ALTER TABLE ${quote(i.table)} ADD CONSTRAINT ${quote(i.name)} ${i.definition}`)
    await query(`DELETE FROM ${quote(stateSchema)}.${DEFERRED_TABLE} WHERE name = $1`, [i.name])
  }
  return pending
}
