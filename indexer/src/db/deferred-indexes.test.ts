import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { after, test } from 'node:test'
import { Client } from 'pg'
import { BASE_ENTITIES } from '../base/main'
import { OG_ENTITIES } from '../og/entities'
import { tableOf } from '../recovery/deep-reorg'
import { freshDatabase, query, stopTestPostgres } from '../testing/postgres'
import { buildDeferredIndexes, deferIndexes, deferrable, idempotentCreate, leadingColumn, pendingIndexes, secondaryIndexes } from '../store/deferred-indexes'
import { createOrmConfig } from '@subsquid/typeorm-config'
import { DataSource } from 'typeorm'
import { applyDatabaseUrl } from './env'
import { INDEXER_DIR } from './migrate'
import { prepareIndexDeferral } from '../store/index-deferral'

after(() => stopTestPostgres())

test('leadingColumn reads the first indexed column, quoted or not', () => {
  assert.equal(leadingColumn('CREATE INDEX "IDX_a" ON public.inference USING btree (tee_id)'), 'tee_id')
  assert.equal(leadingColumn('CREATE INDEX "IDX_b" ON public.transfer USING btree ("timestamp", from_id)'), 'timestamp')
  assert.equal(leadingColumn('CREATE INDEX x ON public.t USING gin (label gin_trgm_ops)'), 'label')
  assert.equal(leadingColumn('not an index'), undefined)
})

test('deferrable keeps the indexes the indexer looks rows up by', () => {
  const def = (table: string, column: string) => ({
    name: `${table}_${column}`,
    table,
    definition: `CREATE INDEX "${table}_${column}" ON public.${table} USING btree (${column})`,
    kind: 'index' as const,
  })
  const picked = deferrable([
    def('settlement', 'status'),
    def('settlement', 'tx_hash'),
    def('payment', 'payee_id'),
    def('payment', 'payer_id'),
    def('inference', 'tee_id'),
  ])
  assert.deepEqual(
    picked.map((i) => i.name),
    ['settlement_tx_hash', 'payment_payer_id', 'inference_tee_id'],
  )
})

test('idempotentCreate makes a definition repeatable and refuses anything else', () => {
  assert.equal(idempotentCreate('CREATE INDEX "IDX_a" ON public.t USING btree (a)'), 'CREATE INDEX IF NOT EXISTS "IDX_a" ON public.t USING btree (a)')
  assert.equal(
    idempotentCreate('CREATE INDEX IF NOT EXISTS "IDX_a" ON public.t USING btree (a)'),
    'CREATE INDEX IF NOT EXISTS "IDX_a" ON public.t USING btree (a)',
  )
  assert.throws(() => idempotentCreate('CREATE UNIQUE INDEX u ON public.t USING btree (a)'), /not a plain CREATE INDEX/)
})

async function migrated(): Promise<string> {
  const url = await freshDatabase()
  const result = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(result.status, 0, result.stderr)
  return url
}

async function withClient<T>(url: string, fn: (q: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url })
  await db.connect()
  try {
    return await fn(async (sql, params) => (await db.query(sql, params)).rows)
  } finally {
    await db.end()
  }
}

const allIndexes = (url: string) =>
  query<{ indexname: string; indexdef: string }>(url, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`)
const foreignKeys = (url: string) =>
  query<{ name: string; def: string }>(
    url,
    `SELECT conname AS name, conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' ORDER BY conname`,
  )

test('deferring drops only one pipeline’s secondary indexes and foreign keys; building brings back exactly the migrated set', async () => {
  const url = await migrated()
  const before = await allIndexes(url)
  const keysBefore = await foreignKeys(url)
  const ogTables = OG_ENTITIES.map(tableOf)
  const ogSecondary = await withClient(url, (q) => secondaryIndexes(q, ogTables))
  const deferred = await withClient(url, (q) => deferIndexes(q, 'og_processor', ogTables))
  const deferredKeys = deferred.filter((d) => d.kind === 'foreign-key')
  assert.equal(deferred.length - deferredKeys.length, deferrable(ogSecondary).length)
  assert.ok(deferred.length - deferredKeys.length >= 20, `only ${deferred.length} indexes deferred`)
  // OG's tables refer to each other 9 times (inference and staking_event twice each)
  assert.equal(deferredKeys.length, 9)
  const keysDuring = new Set((await foreignKeys(url)).map((k) => k.name))
  for (const k of deferredKeys) assert.ok(!keysDuring.has(k.name), `${k.name} is still there`)
  // Base's foreign keys (transfer and payment to account) stay
  assert.equal(keysDuring.size, keysBefore.length - 9)
  assert.equal(keysDuring.size, 4)
  const during = new Set((await allIndexes(url)).map((i) => i.indexname))
  for (const i of deferred) assert.ok(!during.has(i.name), `${i.name} is still there`)
  // primary keys, the kept lookups and the other pipeline's indexes stay
  for (const i of before.filter((b) => !deferred.some((d) => d.name === b.indexname))) assert.ok(during.has(i.indexname), `${i.indexname} was dropped`)
  assert.ok(
    before.some((i) => /ON public\.settlement USING btree \(status, block_number\)/.test(i.indexdef) && during.has(i.indexname)),
    'settlement(status) must stay',
  )
  // building checks the foreign keys: a dangling reference written during the backfill is refused
  await query(
    url,
    `INSERT INTO heartbeat (id, tee_id, reported_at, "timestamp", block_number, tx_hash, disabled_seconds) VALUES ('h-dangling', 'no-such-tee', now(), now(), 1, '0x', 0)`,
  ).catch((e) => assert.fail(`insert without the key failed: ${e.message}`))
  await assert.rejects(
    withClient(url, async (q) => {
      await q('BEGIN')
      try {
        await buildDeferredIndexes(q, 'og_processor')
      } finally {
        await q('ROLLBACK')
      }
    }),
    /violates foreign key constraint/,
  )
  await query(url, `DELETE FROM heartbeat WHERE id = 'h-dangling'`)
  // deferring again (a restart mid-backfill) loses no definition
  assert.equal((await withClient(url, (q) => deferIndexes(q, 'og_processor', ogTables))).length, deferred.length)

  const built = await withClient(url, async (q) => {
    await q('BEGIN')
    const b = await buildDeferredIndexes(q, 'og_processor')
    await q('COMMIT')
    return b
  })
  assert.equal(built.length, deferred.length)
  assert.deepEqual(await allIndexes(url), before)
  assert.deepEqual(await foreignKeys(url), keysBefore)
  assert.deepEqual(await withClient(url, (q) => pendingIndexes(q, 'og_processor')), [])
})

test('a processor far behind the head defers; near the head it does not', async () => {
  const url = await migrated()
  const lines: string[] = []
  const base = { databaseUrl: url, stateSchema: 'base_processor', tables: BASE_ENTITIES.map(tableOf), log: (l: string) => lines.push(l) }
  const near = await prepareIndexDeferral({ ...base, head: async () => 999, fromBlocks: 1_000 })
  assert.equal(near.pending, 0)
  const never = await prepareIndexDeferral({ ...base, head: async () => 50_000, fromBlocks: 0 })
  assert.equal(never.pending, 0)
  const far = await prepareIndexDeferral({ ...base, head: async () => 5_000, fromBlocks: 1_000 })
  assert.ok(far.pending > 0)
  assert.match(lines.join('\n'), /5000 blocks behind the head: \d+ secondary indexes are built once the backfill reaches it/)
})

test('migrations build deferred indexes before they run, so none can miss an index it alters', async () => {
  const url = await migrated()
  const before = await allIndexes(url)
  // the last two migrations undone (the aggregate tables, and before them the one that replaces
  // indexes on transfer and payment), then a backfill defers the rest
  applyDatabaseUrl(url)
  const source = new DataSource({
    ...createOrmConfig({ projectDir: INDEXER_DIR }),
    subscribers: [],
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
  })
  await source.initialize()
  await source.undoLastMigration({ transaction: 'all' })
  await source.undoLastMigration({ transaction: 'all' })
  await source.destroy()
  const deferred = await withClient(url, (q) => deferIndexes(q, 'base_processor', BASE_ENTITIES.map(tableOf)))
  assert.ok(deferred.length > 0)
  const result = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(result.status, 0, result.stderr)
  assert.deepEqual(await allIndexes(url), before)
  assert.deepEqual(await withClient(url, (q) => pendingIndexes(q, 'base_processor')), [])
})
