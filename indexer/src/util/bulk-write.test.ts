import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { after, before, test } from 'node:test'
import type { Store } from '@subsquid/typeorm-store'
import { createOrmConfig } from '@subsquid/typeorm-config'
import { DataSource } from 'typeorm'
import { applyDatabaseUrl } from '../db/env'
import { INDEXER_DIR } from '../db/migrate'
import { Account, IndexingIssue, Transfer } from '../model'
import { freshDatabase, query, stopTestPostgres } from '../testing/postgres'
import { bulkWrite } from '../store/bulk-write'

let url: string
let source: DataSource
before(async () => {
  url = await freshDatabase()
  const migrated = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(migrated.status, 0, migrated.stderr)
  applyDatabaseUrl(url)
  source = new DataSource({ ...createOrmConfig({ projectDir: INDEXER_DIR }), subscribers: [], synchronize: false, migrationsRun: false, logging: ['error'] })
  await source.initialize()
})
after(async () => {
  await source?.destroy()
  await stopTestPostgres()
})

/** bulkWrite inside one real transaction, through the entity manager the way the store exposes it */
const inTransaction = (write: (store: Store) => Promise<void>) => source.transaction((em) => write({ em: () => em } as unknown as Store))

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
const transfer = (id: string, from: Account, to: Account, amount: bigint) =>
  new Transfer({ id, txHash: `0x${'ab'.repeat(32)}`, blockNumber: 7, timestamp: at, from, to, amount })

test('new rows go in by COPY after the upserts they reference, with every value read back as written', async () => {
  const a = account('0x' + '01'.repeat(20), 10n ** 27n)
  const b = account('0x' + '02'.repeat(20), 0n)
  // a detail with every character COPY text must escape, and a literal \N that must not turn NULL
  const detail = 'tab\there\nnew line\r\\N back\\slash ünïcødé'
  const issue = new IndexingIssue({
    id: 'issue-1',
    chain: 'base',
    blockNumber: 7,
    txHash: null,
    logIndex: null,
    address: null,
    topic0: null,
    reason: 'undecodable-log',
    detail,
    timestamp: at,
  })
  await inTransaction((store) =>
    bulkWrite(store, [
      { kind: 'upsert', entities: [a, b] },
      { kind: 'insert', entities: [transfer('t-1', a, b, 5n * 10n ** 26n), transfer('t-2', b, a, 1n)] },
      { kind: 'insert', entities: [issue] },
    ]),
  )
  const transfers = await query(url, `select id, from_id, to_id, amount::text, block_number, "timestamp" from transfer order by id`)
  assert.deepEqual(transfers, [
    { id: 't-1', from_id: a.id, to_id: b.id, amount: (5n * 10n ** 26n).toString(), block_number: 7, timestamp: at },
    { id: 't-2', from_id: b.id, to_id: a.id, amount: '1', block_number: 7, timestamp: at },
  ])
  const [stored] = await query(url, `select detail, tx_hash, log_index from indexing_issue where id = 'issue-1'`)
  assert.deepEqual(stored, { detail, tx_hash: null, log_index: null })
})

test('a COPY that fails takes the whole batch with it: nothing half-written', async () => {
  const c = account('0x' + '03'.repeat(20), 3n)
  const existing = await query(url, `select count(*)::int n from transfer`)
  await assert.rejects(
    inTransaction((store) =>
      bulkWrite(store, [
        { kind: 'upsert', entities: [c] },
        // t-1 exists already: the COPY hits the primary key
        { kind: 'insert', entities: [transfer('t-3', c, c, 1n), transfer('t-1', c, c, 1n)] },
      ]),
    ),
    /duplicate key value violates unique constraint/,
  )
  assert.deepEqual(await query(url, `select count(*)::int n from transfer`), existing)
  assert.deepEqual(await query(url, `select id from account where id = $1`, [c.id]), [])
})

test('a value COPY cannot spell fails the batch with the reason, and the connection stays usable', async () => {
  const d = account('0x' + '04'.repeat(20), 4n)
  const odd = transfer('t-4', d, d, 1n)
  ;(odd as unknown as { txHash: unknown }).txHash = { not: 'a string' }
  await assert.rejects(
    inTransaction((store) =>
      bulkWrite(store, [
        { kind: 'upsert', entities: [d] },
        { kind: 'insert', entities: [odd] },
      ]),
    ),
    /cannot COPY a value of type \[object Object\]/,
  )
  assert.deepEqual(await query(url, `select id from account where id = $1`, [d.id]), [])
  // the same pool serves the next batch normally
  await inTransaction((store) =>
    bulkWrite(store, [
      { kind: 'upsert', entities: [d] },
      { kind: 'insert', entities: [transfer('t-4', d, d, 1n)] },
    ]),
  )
  assert.deepEqual(await query(url, `select amount::text from transfer where id = 't-4'`), [{ amount: '1' }])
})
