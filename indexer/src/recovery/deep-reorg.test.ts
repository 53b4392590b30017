import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { after, test } from 'node:test'
import { Client } from 'pg'
import { INDEXER_DIR } from '../db/migrate'
import { BASE_ENTITIES } from '../base/main'
import { OG_ENTITIES } from '../og/entities'
import { freshDatabase, query, stopTestPostgres } from '../testing/postgres'
import { recoverFromDeepReorg, tableOf, type DeepReorgOptions } from './deep-reorg'
import type { NodeReader } from './node-reader'

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
    await db.query(
      `create table ${chain}_processor.status (id int primary key, height int not null, hash text not null default '0x', nonce int not null default 0)`,
    )
    await db.query(`insert into ${chain}_processor.status (id, height, hash) values (0, 120, $1)`, [finalHash])
    await db.query(`insert into indexing_issue (id, chain, block_number, reason, timestamp) values ($1, $2, 7, 'undecodable-log', now())`, [
      `${chain}-issue`,
      chain,
    ])
  }
  await db.query(`insert into og_daily_stat (id, date, inferences_settled, batch_inferences, individual_inferences, legacy_inferences, hub_inferences, inferences_verified, inferences_failed, settlements, heartbeats, active_tees, staking_events, total_staked)
    values ('2026-05-01', '2026-05-01', 5, 5, 0, 0, 0, 5, 0, 1, 0, 0, 0, 0)`)
  await db.query(`insert into transfer (id, block_number, timestamp, tx_hash, amount) values ('t1', 100, now(), '0xt', 1)`)
  await db.end()
}

const tables = { og: OG_ENTITIES.map(tableOf), base: BASE_ENTITIES.map(tableOf) }

/** A node that answers from a script: its head, and its hash at each asked height (null: no block; Error: fails). */
function scriptedNode(head: number, hashes: (string | null | Error)[], asked: number[] = []): NodeReader {
  let read = 0
  return {
    endpoint: 'http://node.test',
    chainId: async () => 10740,
    head: async () => head,
    hashAt: async (height) => {
      asked.push(height)
      const answer = hashes[Math.min(read++, hashes.length - 1)]
      if (answer instanceof Error) throw answer
      return answer
    },
  }
}

const check = (url: string, chain: 'og' | 'base', node: NodeReader, lines: string[] = [], extra: Partial<DeepReorgOptions> = {}) =>
  recoverFromDeepReorg({
    databaseUrl: url,
    chain,
    stateSchema: `${chain}_processor`,
    tables: tables[chain],
    node,
    variables: { rpcUrl: `${chain.toUpperCase()}_RPC_URL`, finality: `${chain.toUpperCase()}_FINALITY` },
    finality: 5,
    consentRequired: false,
    consentGiven: false,
    log: (l) => lines.push(l),
    retryDelaysMs: [1, 1, 1],
    confirmDelayMs: 1,
    ...extra,
  })

async function untouched(url: string): Promise<void> {
  assert.equal((await query(url, 'select * from og_daily_stat')).length, 1)
  assert.equal((await query<{ height: number }>(url, 'select height from og_processor.status'))[0].height, 120)
  assert.equal((await query(url, 'select * from transfer')).length, 1)
  assert.equal((await query(url, `select * from indexing_issue where reason = 'deep-reorg'`)).length, 0)
}

test('entity classes map to the tables the migration created', async () => {
  const url = await migratedDatabase()
  const existing = new Set(
    (await query<{ t: string }>(url, `select table_name t from information_schema.tables where table_schema = 'public'`)).map((r) => r.t),
  )
  for (const table of [...tables.og, ...tables.base]) assert.ok(existing.has(table), `${table} is not a table`)
})

test('a final block still on the chain changes nothing', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const lines: string[] = []
  const result = await check(url, 'og', scriptedNode(130, ['0xAAA']), lines)
  assert.equal(result.reset, false)
  assert.equal(result.verdict?.action, 'in-sync')
  assert.equal(lines.length, 0)
  await untouched(url)
})

test('a final block the chain replaced, seen twice, clears that chain only, and says so', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const asked: number[] = []
  const lines: string[] = []
  const result = await check(url, 'og', scriptedNode(130, ['0xbbb'], asked), lines)
  assert.deepEqual(asked, [120, 120], 'read twice before acting')
  assert.equal(result.reset, true)
  assert.match(
    lines.at(-1)!,
    /deep reorg: final block 120 was 0xaaa when indexed; the chain now has 0xbbb there \(read twice from http:\/\/node.test, node head 130\)/,
  )
  // the og side starts over
  assert.equal((await query(url, 'select * from og_daily_stat')).length, 0)
  assert.equal((await query(url, 'select * from og_processor.status')).length, 0)
  const issues = await query<{ chain: string; reason: string; block_number: number }>(
    url,
    'select chain, reason, block_number from indexing_issue order by chain, reason',
  )
  assert.deepEqual(issues, [
    { chain: 'base', reason: 'undecodable-log', block_number: 7 },
    { chain: 'og', reason: 'deep-reorg', block_number: 120 },
  ])
  // the base side is untouched
  assert.equal((await query(url, 'select * from transfer')).length, 1)
  assert.equal((await query<{ height: number }>(url, 'select height from base_processor.status'))[0].height, 120)
})

test('a null block, a failing node or a node behind our height stops the processor and changes nothing', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  const nodes: [string, NodeReader, RegExp][] = [
    ['null hash', scriptedNode(130, [null]), /no block 120/],
    ['errors', scriptedNode(130, [new Error('HTTP 503')]), /did not answer: HTTP 503/],
    ['lagging', scriptedNode(100, [null]), /head 100 is behind our final block 120/],
  ]
  for (const [name, node, reason] of nodes) {
    const lines: string[] = []
    await assert.rejects(check(url, 'og', node, lines), (error: Error) => {
      assert.match(error.message, reason, name)
      assert.match(error.message, /Nothing was changed/, name)
      assert.match(error.message, /OG_RPC_URL/, name)
      return true
    })
    assert.equal(lines.length, 3, `${name}: one line per read that is tried again`)
    await untouched(url)
  }
  // the node catching up within the reads: in sync, nothing changed
  const recovering = await check(url, 'og', scriptedNode(130, [null, new Error('HTTP 502'), '0xaaa']))
  assert.equal(recovering.verdict?.action, 'in-sync')
  await untouched(url)
})

test('with consent required, a confirmed divergence stops with instructions until ALLOW_REINDEX is given', async () => {
  const url = await migratedDatabase()
  await seed(url, '0xaaa')
  await assert.rejects(check(url, 'base', scriptedNode(130, ['0xbbb']), [], { consentRequired: true }), /ALLOW_REINDEX=1.*BASE_RPC_URL/s)
  assert.equal((await query(url, 'select * from transfer')).length, 1)
  assert.equal((await query(url, `select * from indexing_issue where reason = 'deep-reorg'`)).length, 0)
  const given = await check(url, 'base', scriptedNode(130, ['0xbbb']), [], { consentRequired: true, consentGiven: true })
  assert.equal(given.reset, true)
  assert.equal((await query(url, 'select * from transfer')).length, 0)
})

test('an empty database is left alone and the node is not asked', async () => {
  const empty = await migratedDatabase()
  const none = await check(empty, 'og', {
    ...scriptedNode(0, []),
    head: async () => {
      throw new Error('must not be asked')
    },
    hashAt: async () => {
      throw new Error('must not be asked')
    },
  })
  assert.equal(none.reset, false)
  assert.equal(none.indexed, undefined)
})
