import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { freePort } from '@og-explorer/devnet'
import { TypeormDatabase, type Store } from '@subsquid/typeorm-store'
import { Client } from 'pg'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded'
import { applyDatabaseUrl } from '../db/env'
import { INDEXER_DIR } from '../db/migrate'
import { Account } from '../model'
import { bulkWrite } from './bulk-write'
import { entityManager, hasEntityManager, rawQuery, trackChanges, tracksHotChanges } from './typeorm-internals'

/*
 * Against the installed @subsquid/typeorm-store and a real Postgres: the stores its TypeormDatabase
 * hands to a batch must have the private parts typeorm-internals.ts reads. If an upgrade renames
 * them, these tests fail; without them the bulk writes would fall back to the store's slow path, or
 * hot-block changes would go unrecorded.
 */

let pg: EmbeddedPostgresHandle
let dir: string
let url: string
const SCHEMA = 'internals_processor'

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-internals-'))
  // as root, Postgres runs as the `postgres` OS user, which must be able to enter the folder
  fs.chmodSync(dir, 0o755)
  pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), throwaway: true })
  url = pg.url
  const migrated = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(migrated.status, 0, migrated.stderr)
  applyDatabaseUrl(url)
})

after(async () => {
  await pg?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

const at = new Date(Date.UTC(2026, 3, 15, 12, 30))
const account = (id: string, balance: bigint) =>
  new Account({
    id,
    balance,
    circulating: true,
    firstSeenAt: at,
    firstSeenBlock: 1,
    lastSeenAt: at,
    transfersIn: 0,
    transfersOut: 0,
    paidTotal: 0n,
    paymentsMade: 0,
    receivedTotal: 0n,
    paymentsReceived: 0,
  })
const A = '0x' + 'a1'.repeat(20)
const B = '0x' + 'b2'.repeat(20)
const balanceOf = async (id: string) => (await query<{ balance: string }>(`select balance::text from account where id = $1`, [id]))[0]?.balance

test('a final batch: the store exposes its transaction, tracks no changes, and bulk writes land in that transaction', async () => {
  const db = new TypeormDatabase({ supportHotBlocks: true, stateSchema: SCHEMA, projectDir: INDEXER_DIR })
  const state = await db.connect()
  try {
    await db.transact({ prevHead: { height: state.height, hash: state.hash }, nextHead: { height: 1, hash: '0x01' } }, async (store: Store) => {
      assert.equal(hasEntityManager(store), true)
      assert.equal(tracksHotChanges(store), false)
      // COPY needs the transaction's own connection
      assert.ok(entityManager(store).queryRunner, 'the entity manager runs inside the batch transaction')
      const [{ txid }] = (await rawQuery(store, 'select txid_current()::text as txid', [])) as { txid: string }[]
      const [{ txid: again }] = (await entityManager(store).query('select txid_current()::text as txid')) as { txid: string }[]
      assert.equal(again, txid, 'raw statements and the store share one transaction')
      await bulkWrite(store, [{ kind: 'insert', entities: [account(A, 10n)] }])
    })
  } finally {
    await db.disconnect()
  }
  assert.equal(await balanceOf(A), '10')
})

test('a hot batch: the store tracks changes, and rows written through bulkWrite are undone by a rollback', async () => {
  const db = new TypeormDatabase({ supportHotBlocks: true, stateSchema: SCHEMA, projectDir: INDEXER_DIR })
  const state = await db.connect()
  const head = { height: state.height, hash: state.hash }
  try {
    await db.transactHot2({ finalizedHead: head, baseHead: head, newBlocks: [{ height: 2, hash: '0x02' }] }, async (store: Store) => {
      assert.equal(tracksHotChanges(store), true)
      const a = (await store.get(Account, A))!
      a.balance = 99n
      // an update and a new row, both recorded before they are written
      await bulkWrite(store, [
        { kind: 'upsert', entities: [a] },
        { kind: 'insert', entities: [account(B, 5n)] },
      ])
    })
    assert.equal(await balanceOf(A), '99')
    assert.equal(await balanceOf(B), '5')
    const logged = await query<{ n: string }>(
      `select count(*)::text as n from ${SCHEMA}.hot_change_log where block_height = 2 and change->>'kind' <> 'sentinel'`,
    )
    assert.equal(logged[0].n, '2', 'one change recorded per row written')
    // block 2 is replaced by another block 2: the store rolls our writes back from its change log
    await db.transactHot2({ finalizedHead: head, baseHead: head, newBlocks: [{ height: 2, hash: '0x02bis' }] }, async (store: Store) => {
      assert.equal(tracksHotChanges(store), true)
    })
  } finally {
    await db.disconnect()
  }
  assert.equal(await balanceOf(A), '10', 'the update was undone')
  assert.equal(await balanceOf(B), undefined, 'the insert was undone')
})

test('trackChanges records a row through the library tracker, before anything is written', async () => {
  const db = new TypeormDatabase({ supportHotBlocks: true, stateSchema: SCHEMA, projectDir: INDEXER_DIR })
  const state = await db.connect()
  const head = { height: state.height, hash: state.hash }
  try {
    await db.transactHot2({ finalizedHead: head, baseHead: head, newBlocks: [{ height: 2, hash: '0x02ter' }] }, async (store: Store) => {
      await trackChanges(store, 'insert', Account, [account(B, 1n)])
    })
    const logged = await query<{ change: { kind: string; table: string } }>(
      `select change from ${SCHEMA}.hot_change_log where block_height = 2 and change->>'kind' <> 'sentinel'`,
    )
    assert.deepEqual(
      logged.map((r) => [r.change.kind, r.change.table]),
      [['insert', 'account']],
    )
  } finally {
    await db.disconnect()
  }
})
