import path from 'node:path'
import { createOrmConfig } from '@subsquid/typeorm-config'
import { DataSource } from 'typeorm'
import { buildDeferredIndexes } from '../store/deferred-indexes'

/** the indexer package folder: lib/model and db/migrations are resolved from here */
export const INDEXER_DIR = path.resolve(__dirname, '../..')

export const PROCESSOR_SCHEMAS = ['og_processor', 'base_processor']

/** Applies the committed migrations (db/migrations) to the database in DB_URL. */
export async function applyMigrations(): Promise<void> {
  const connection = new DataSource({
    ...createOrmConfig({ projectDir: INDEXER_DIR }),
    subscribers: [],
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
    logging: ['error'],
  })
  await connection.initialize()
  try {
    // a migration may alter or drop an index a backfill deferred: build those first
    if (await connection.showMigrations()) {
      await connection.transaction(async (em) => {
        for (const schema of PROCESSOR_SCHEMAS) await buildDeferredIndexes((sql, params) => em.query(sql, params), schema)
      })
    }
    await connection.runMigrations({ transaction: 'all' })
    // The processors' state schemas exist from the start (typeorm-store fills them on first run), so
    // the API's read-only role can be granted on them before any processor has run.
    for (const schema of PROCESSOR_SCHEMAS) await connection.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
  } finally {
    await connection.destroy().catch(() => null)
  }
}
