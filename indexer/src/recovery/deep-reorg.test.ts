import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { after, test } from 'node:test'
import { Client } from 'pg'
import { INDEXER_DIR } from '../db/migrate'
import { BASE_ENTITIES } from '../base/main'
import { OG_ENTITIES } from '../og/main'
import { freshDatabase, query, stopTestPostgres } from '../testing/postgres'
import { recoverFromDeepReorg, tableOf } from './deep-reorg'

after(() => stopTestPostgres())

async function migratedDatabase(): Promise<string> {
  const url = await freshDatabase()
  const migrated = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(migrated.status, 0, migrated.stderr)
  return url
}

/** A processor state as typeorm-store leaves it, plus one row per chain in a table of its own and an issue each. */
async function seed(url: string, finalHash: string): Promise<void> {
  const db = new Client({ connectionString: url })
  await db.connect()
  for (const chain of ['og', 'base']) {
    await db.query(`create schema if not exists ${chain}_processor`)
    await db.query(`create table ${chain}_processor.status (id int primary key, height int not null, hash text not null default '0x', nonce int not null default 0)`)
    await db.query(`insert into ${chain}_processor.status (id, height, hash) values (0, 120, $1)`, [finalHash])
    await db.query(`insert into indexing_issue (id, chain, block_number, reason, timestamp) values ($1, $2, 7, 'undecodable-log', now())`, [`${chain}-issue`, chain])
  }
  await db.query(`insert into og_daily_stat (id, date, inferences_settled, batch_inferences, individual_inferences, legacy_inferences, hub_inferences, inferences_verified, inferences_failed, settlements, heartbeats, active_tees, staking_events, total_staked)
    values ('2026-05-01', '2026-05-01', 5, 5, 0, 0, 0, 5, 0, 1, 0, 0, 0, 0)`)
  await db.query(`insert into transfer (id, block_number, timestamp, tx_hash, amount) values ('t1', 100, now(), '0xt', 1)`)
  await db.end()
}

const tables = { og: OG_ENTITIES.map(tableOf), base: BASE_ENTITIES.map(tableOf) }

test('entity classes map to the tables the migration created', async () => {
  const url = await migratedDatabase()
  const existing = new Set((await query<{ t: string }>(url, `select table_name t from information_schema.tables where table_schema = 'public'`)).map((r) => r.t))
  for (const table of [...tables.og, ...tables.base]) assert.ok(existing.has(table), `${table} is not a table`)
})

test('a final block still on the chain changes nothing', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const lines: string[] = []
  const check = await recoverFromDeepReorg({ databaseUrl: url, chain: 'og', stateSchema: 'og_processor', tables: tables.og, hashAt: async () => '0xAAA', log: (l) => lines.push(l) })
  assert.equal(check.diverged, false)
  assert.equal(lines.length, 0)
  assert.equal((await query(url, 'select * from og_daily_stat')).length, 1)
  assert.equal((await query(url, 'select * from og_processor.status')).length, 1)
})

test('a final block the chain replaced clears that chain only, and says so', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const asked: number[] = []
  const lines: string[] = []
  const check = await recoverFromDeepReorg({ databaseUrl: url, chain: 'og', stateSchema: 'og_processor', tables: tables.og, hashAt: async (h) => (asked.push(h), '0xbbb'), log: (l) => lines.push(l) })
  assert.deepEqual(asked, [120])
  assert.equal(check.diverged, true)
  assert.match(lines[0], /deep reorg: final block 120 was 0xaaa when indexed; the chain now has 0xbbb/)
  // the og side starts over
  assert.equal((await query(url, 'select * from og_daily_stat')).length, 0)
  assert.equal((await query(url, 'select * from og_processor.status')).length, 0)
  const issues = await query<{ chain: string; reason: string; block_number: number }>(url, 'select chain, reason, block_number from indexing_issue order by chain, reason')
  assert.deepEqual(issues, [
    { chain: 'base', reason: 'undecodable-log', block_number: 7 },
    { chain: 'og', reason: 'deep-reorg', block_number: 120 },
  ])
  // the base side is untouched
  assert.equal((await query(url, 'select * from transfer')).length, 1)
  assert.equal((await query<{ height: number }>(url, 'select height from base_processor.status'))[0].height, 120)
})

test('a chain now shorter than the final block also counts as a deep reorg; an empty database is left alone', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const shorter = await recoverFromDeepReorg({ databaseUrl: url, chain: 'base', stateSchema: 'base_processor', tables: tables.base, hashAt: async () => null, log: () => {} })
  assert.equal(shorter.diverged, true)
  assert.equal((await query(url, 'select * from transfer')).length, 0)
  const empty = await migratedDatabase()
  const none = await recoverFromDeepReorg({ databaseUrl: empty, chain: 'og', stateSchema: 'og_processor', tables: tables.og, hashAt: async () => { throw new Error('must not be asked') }, log: () => {} })
  assert.equal(none.diverged, false)
})
