import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { AGGREGATE_COUNTS } from '@og-explorer/api/lib/resolvers/entities/total-count'
import type { E2eContext } from './context'

interface FilterCase {
  name: string
  /** list query field and where type */
  list: string
  whereType: string
  where: Record<string, unknown>
  /** the same filter in SQL, returning ids */
  sql: string
  params?: unknown[]
}

async function connectionIds(c: E2eContext, list: string, whereType: string, where: unknown): Promise<{ ids: string[]; totalCount: number }> {
  const d = await c.data(`query($w: ${whereType}) { r: ${list}Connection(where: $w, orderBy: id_ASC, first: 1000) { totalCount edges { node { id } } } }`, {
    w: where,
  })
  return { ids: d.r.edges.map((e: any) => e.node.id), totalCount: d.r.totalCount }
}

export function entityCases(ctx: () => E2eContext): void {
  describe('filters, each checked against the same filter in SQL', () => {
    const cases: FilterCase[] = []

    test('every operator, relation filter and combination', async () => {
      const c = ctx()
      const [{ mid }] = await c.sql(`select percentile_disc(0.5) within group (order by block_number) as mid from settlement`)
      const [tee] = await c.sql(`select id, owner from tee_node where id in (select tee_id from inference) order by id limit 1`)
      const [hash] = await c.sql(`select input_hash from inference where input_hash is not null order by id limit 1`)
      const [{ amount }] = await c.sql(`select percentile_disc(0.5) within group (order by amount) as amount from payment`)
      const [{ usd }] = await c.sql(`select percentile_disc(0.5) within group (order by amount_usd) as usd from payment`)
      const [indiv] = await c.sql(`select t.owner from settlement s join tee_node t on t.id = s.tee_node_id order by s.id limit 1`)
      const prefix = tee.id.slice(0, 8)
      const suffix = tee.id.slice(-6)
      const middle = hash.input_hash.slice(20, 30)
      const cases: FilterCase[] = [
        {
          name: '_eq enum',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { kind_eq: 'BATCH' },
          sql: `select id from settlement where kind = 'BATCH'`,
        },
        {
          name: '_not_eq',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { status_not_eq: 'VERIFIED' },
          sql: `select id from settlement where status <> 'VERIFIED'`,
        },
        {
          name: '_gt Int',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { blockNumber_gt: mid },
          sql: `select id from settlement where block_number > $1`,
          params: [mid],
        },
        {
          name: '_gte Int',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { blockNumber_gte: mid },
          sql: `select id from settlement where block_number >= $1`,
          params: [mid],
        },
        {
          name: '_lt Int',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { blockNumber_lt: mid },
          sql: `select id from settlement where block_number < $1`,
          params: [mid],
        },
        {
          name: '_lte Int',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { blockNumber_lte: mid },
          sql: `select id from settlement where block_number <= $1`,
          params: [mid],
        },
        {
          name: '_in enum',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { status_in: ['INVALID', 'MISSING'] },
          sql: `select id from settlement where status in ('INVALID', 'MISSING')`,
        },
        {
          name: '_not_in enum',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { status_not_in: ['VERIFIED', 'UNVERIFIABLE'] },
          sql: `select id from settlement where status not in ('VERIFIED', 'UNVERIFIABLE')`,
        },
        {
          name: '_isNull true',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { merkleRoot_isNull: true },
          sql: `select id from settlement where merkle_root is null`,
        },
        {
          name: '_isNull false',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { merkleRoot_isNull: false },
          sql: `select id from settlement where merkle_root is not null`,
        },
        {
          name: 'DateTime range',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { timestamp_gte: '2026-06-01', timestamp_lt: '2026-06-15T12:00:00Z' },
          sql: `select id from settlement where timestamp >= '2026-06-01T00:00:00Z' and timestamp < '2026-06-15T12:00:00Z'`,
        },
        {
          name: '_startsWith',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { teeId_startsWith: prefix },
          sql: `select id from inference where left(tee_id, 8) = $1`,
          params: [prefix],
        },
        {
          name: '_not_startsWith',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { teeId_not_startsWith: prefix },
          sql: `select id from inference where left(tee_id, 8) <> $1`,
          params: [prefix],
        },
        {
          name: '_endsWith',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { teeId_endsWith: suffix },
          sql: `select id from inference where right(tee_id, 6) = $1`,
          params: [suffix],
        },
        {
          name: '_not_endsWith',
          list: 'teeNodes',
          whereType: 'TeeNodeWhereInput',
          where: { id_not_endsWith: suffix },
          sql: `select id from tee_node where right(id, 6) <> $1`,
          params: [suffix],
        },
        {
          name: '_contains',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { inputHash_contains: middle },
          sql: `select id from inference where strpos(input_hash, $1) > 0`,
          params: [middle],
        },
        {
          name: '_not_contains',
          list: 'teeNodes',
          whereType: 'TeeNodeWhereInput',
          where: { id_not_contains: prefix.slice(2) },
          sql: `select id from tee_node where strpos(id, $1) = 0`,
          params: [prefix.slice(2)],
        },
        {
          name: '_containsInsensitive',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { inputHash_containsInsensitive: middle.toUpperCase() },
          sql: `select id from inference where strpos(lower(input_hash), lower($1)) > 0`,
          params: [middle],
        },
        {
          name: '_not_containsInsensitive',
          list: 'validators',
          whereType: 'ValidatorWhereInput',
          where: { moniker_not_containsInsensitive: 'ATL' },
          sql: `select id from validator where strpos(lower(moniker), 'atl') = 0`,
        },
        {
          name: 'a % matches a literal %, so nothing',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { teeId_contains: '%' },
          sql: `select id from inference where strpos(tee_id, '%') > 0`,
        },
        {
          name: 'Boolean _eq',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { signatureValid_eq: false },
          sql: `select id from inference where signature_valid = false`,
        },
        {
          name: 'Boolean _isNull',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { signatureValid_isNull: true },
          sql: `select id from inference where signature_valid is null`,
        },
        {
          name: 'enum _in on a big table',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { mode_in: ['ZKML', 'VANILLA'] },
          sql: `select id from inference where mode in ('ZKML', 'VANILLA')`,
        },
        {
          name: 'BigInt _gt compares numbers, not strings',
          list: 'payments',
          whereType: 'PaymentWhereInput',
          where: { amount_gt: amount },
          sql: `select id from payment where amount > $1::numeric`,
          params: [amount],
        },
        {
          name: 'BigDecimal _gte',
          list: 'payments',
          whereType: 'PaymentWhereInput',
          where: { amountUsd_gte: usd },
          sql: `select id from payment where amount_usd >= $1::numeric`,
          params: [usd],
        },
        {
          name: 'String _in',
          list: 'accounts',
          whereType: 'AccountWhereInput',
          where: { category_in: ['vesting', 'distributor'] },
          sql: `select id from account where category in ('vesting', 'distributor')`,
        },
        {
          name: 'relation filter',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { teeNode: { owner_eq: indiv.owner } },
          sql: `select s.id from settlement s join tee_node t on t.id = s.tee_node_id where t.owner = $1`,
          params: [indiv.owner],
        },
        {
          name: 'relation _isNull',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { teeNode_isNull: false },
          sql: `select id from settlement where tee_node_id is not null`,
        },
        {
          name: 'relation filter, two levels',
          list: 'inferences',
          whereType: 'InferenceWhereInput',
          where: { settlement: { kind_eq: 'INDIVIDUAL', teeNode: { enabled_eq: true } } },
          sql: `select i.id from inference i join settlement s on s.id = i.settlement_id join tee_node t on t.id = s.tee_node_id where s.kind = 'INDIVIDUAL' and t.enabled`,
        },
        {
          name: '_some',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { inferences_some: { status_eq: 'INVALID' } },
          sql: `select s.id from settlement s where exists (select 1 from inference i where i.settlement_id = s.id and i.status = 'INVALID')`,
        },
        {
          name: '_none',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { inferences_none: { status_eq: 'VERIFIED' } },
          sql: `select s.id from settlement s where not exists (select 1 from inference i where i.settlement_id = s.id and i.status = 'VERIFIED')`,
        },
        {
          name: '_every',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { inferences_every: { signatureValid_eq: true } },
          sql: `select s.id from settlement s where not exists (select 1 from inference i where i.settlement_id = s.id and (i.signature_valid is distinct from true))`,
        },
        {
          name: '_some on heartbeats',
          list: 'teeNodes',
          whereType: 'TeeNodeWhereInput',
          where: { heartbeats_some: { gapSeconds_gt: 7200 } },
          sql: `select t.id from tee_node t where exists (select 1 from heartbeat h where h.tee_id = t.id and h.gap_seconds > 7200)`,
        },
        {
          name: 'AND / OR nesting',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { OR: [{ kind_eq: 'INDIVIDUAL' }, { AND: [{ kind_eq: 'BATCH' }, { status_eq: 'PARTIAL' }] }], blockNumber_gt: mid },
          sql: `select id from settlement where (kind = 'INDIVIDUAL' or (kind = 'BATCH' and status = 'PARTIAL')) and block_number > $1`,
          params: [mid],
        },
        {
          name: 'a SQL-looking string matches nothing',
          list: 'settlements',
          whereType: 'SettlementWhereInput',
          where: { id_eq: `x'; DROP TABLE settlement; --`, OR: [{ relay_contains: `' OR 1=1 --` }] },
          sql: `select id from settlement where false`,
        },
        {
          name: 'DailyStat: Base columns',
          list: 'dailyStats',
          whereType: 'DailyStatWhereInput',
          where: { payments_gt: 100 },
          sql: `select id from base_daily_stat where payments > 100`,
        },
        {
          name: 'DailyStat: both chains',
          list: 'dailyStats',
          whereType: 'DailyStatWhereInput',
          where: { inferencesSettled_gte: 100, payingWallets_lt: 95 },
          sql: `select o.id from og_daily_stat o join base_daily_stat b on b.id = o.id where o.inferences_settled >= 100 and b.paying_wallets < 95`,
        },
      ]
      const empty: string[] = []
      for (const k of cases) {
        const expected = (await c.sql(`select id from (${k.sql}) x order by id`, k.params)).map((r) => r.id)
        const got = await connectionIds(c, k.list, k.whereType, k.where)
        assert.equal(got.totalCount, expected.length, `${k.name}: totalCount`)
        assert.deepEqual(got.ids, expected.slice(0, 1000), `${k.name}: ids`)
        if (expected.length === 0 && !k.name.includes('nothing')) empty.push(k.name)
      }
      assert.deepEqual(empty, [], 'a case that matches nothing proves nothing')
      const [{ n }] = await c.sql(`select count(*)::int n from settlement`)
      assert.ok(n > 0, 'the SQL-looking filter left the table alone')
    })
  })

  describe('empty value lists', () => {
    test('every list operator with an empty list: _in matches nothing and counts 0, _not_in matches and counts everything', async () => {
      const c = ctx()
      // one field of each kind that has _in / _not_in: ID, String, Int, BigInt, BigDecimal, DateTime, enum
      const fields: [string, string, string, string][] = [
        ['payments', 'PaymentWhereInput', 'payment', 'id'],
        ['payments', 'PaymentWhereInput', 'payment', 'txHash'],
        ['payments', 'PaymentWhereInput', 'payment', 'blockNumber'],
        ['payments', 'PaymentWhereInput', 'payment', 'amount'],
        ['payments', 'PaymentWhereInput', 'payment', 'amountUsd'],
        ['payments', 'PaymentWhereInput', 'payment', 'timestamp'],
        ['settlements', 'SettlementWhereInput', 'settlement', 'status'],
      ]
      for (const [list, whereType, table, field] of fields) {
        const none = await connectionIds(c, list, whereType, { [`${field}_in`]: [] })
        assert.deepEqual(none, { ids: [], totalCount: 0 }, `${field}_in: []`)
        const all = (await c.sql(`select id from ${table} order by id`)).map((r) => r.id)
        assert.ok(all.length > 0)
        const every = await connectionIds(c, list, whereType, { [`${field}_not_in`]: [] })
        assert.equal(every.totalCount, all.length, `${field}_not_in: [] totalCount`)
        assert.deepEqual(every.ids, all.slice(0, 1000), `${field}_not_in: [] ids`)
        // an empty list beside another condition still empties the result
        assert.deepEqual(
          await connectionIds(c, list, whereType, { [`${field}_in`]: [], id_not_in: [] }),
          { ids: [], totalCount: 0 },
          `${field}_in: [] with _not_in: []`,
        )
      }
      // empty AND / OR lists add no condition, as in OpenReader
      const [{ n }] = await c.sql(`select count(*)::int n from settlement`)
      for (const where of [{ AND: [] }, { OR: [] }])
        assert.equal((await connectionIds(c, 'settlements', 'SettlementWhereInput', where)).totalCount, n, JSON.stringify(where))
      // and the plain list agrees with the connection
      const d = await c.data(`{ settlements(where: {id_in: []}) { id } }`)
      assert.deepEqual(d.settlements, [])
    })
  })

  describe('ordering and pagination', () => {
    test('orderBy on fields, numbers, nulls and relation fields equals ORDER BY in SQL', async () => {
      const c = ctx()
      const orders: [string, string, string][] = [
        ['settlements', '[blockNumber_DESC, id_ASC]', `select id from settlement order by block_number desc, id asc`],
        [
          'settlements',
          '[teeNode_owner_ASC_NULLS_LAST, timestamp_DESC]',
          `select s.id from settlement s left join tee_node t on t.id = s.tee_node_id order by t.owner asc nulls last, s.timestamp desc, s.id`,
        ],
        ['settlements', '[merkleRoot_DESC_NULLS_LAST]', `select id from settlement order by merkle_root desc nulls last, id`],
        ['payments', '[amount_DESC]', `select id from payment order by amount desc, id`],
        ['inferences', '[teeId_ASC_NULLS_FIRST, leafIndex_DESC]', `select id from inference order by tee_id asc nulls first, leaf_index desc, id`],
        [
          'heartbeats',
          '[tee_registeredAt_ASC, reportedAt_DESC]',
          `select h.id from heartbeat h join tee_node t on t.id = h.tee_id order by t.registered_at asc, h.reported_at desc, h.id`,
        ],
      ]
      for (const [list, orderBy, sql] of orders) {
        const d = await c.data(`{ r: ${list}(orderBy: ${orderBy}, limit: 300) { id } }`)
        const expected = (await c.sql(`${sql} limit 300`)).map((r) => r.id)
        assert.deepEqual(
          d.r.map((x: any) => x.id),
          expected,
          `${list} ${orderBy}`,
        )
      }
    })

    test('limit/offset pages add up to the whole ordered list', async () => {
      const c = ctx()
      const expected = (await c.sql(`select id from settlement where kind = 'BATCH' order by timestamp, id`)).map((r) => r.id)
      const seen: string[] = []
      for (let offset = 0; ; offset += 97) {
        const d = await c.data(`query($o: Int) { settlements(where: {kind_eq: BATCH}, orderBy: timestamp_ASC, limit: 97, offset: $o) { id } }`, { o: offset })
        if (d.settlements.length === 0) break
        seen.push(...d.settlements.map((s: any) => s.id))
      }
      assert.deepEqual(seen, expected)
    })

    test('connection cursors walk every row once; pageInfo and totalCount agree with SQL', async () => {
      const c = ctx()
      const expected = (await c.sql(`select id from payment where scheme = 'UPTO' order by block_number desc, id`)).map((r) => r.id)
      assert.ok(expected.length > 250)
      const seen: string[] = []
      let after: string | null = null
      let pages = 0
      for (;;) {
        const d: any = await c.data(
          `query($a: String) { paymentsConnection(where: {scheme_eq: UPTO}, orderBy: [blockNumber_DESC], first: 250, after: $a) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
          { a: after },
        )
        const conn = d.paymentsConnection
        assert.equal(conn.totalCount, expected.length)
        assert.equal(conn.pageInfo.hasPreviousPage, pages > 0)
        assert.equal(conn.pageInfo.startCursor, conn.edges[0]?.cursor ?? '')
        assert.equal(conn.pageInfo.endCursor, conn.edges.at(-1)?.cursor ?? '')
        seen.push(...conn.edges.map((e: any) => e.node.id))
        pages++
        if (!conn.pageInfo.hasNextPage) break
        after = conn.pageInfo.endCursor
      }
      assert.deepEqual(seen, expected)
      assert.equal(pages, Math.ceil(expected.length / 250))
    })

    test('unfiltered totalCount is exact: the aggregate-backed counts equal count(*), small tables are counted', async () => {
      const c = ctx()
      const lists: Record<string, [string, string]> = {
        Settlement: ['settlementsConnection', 'settlement'],
        Heartbeat: ['heartbeatsConnection', 'heartbeat'],
        StakingEvent: ['stakingEventsConnection', 'staking_event'],
        Payment: ['paymentsConnection', 'payment'],
        Transfer: ['transfersConnection', 'transfer'],
        Swap: ['swapsConnection', 'swap'],
      }
      assert.deepEqual(Object.keys(lists).sort(), Object.keys(AGGREGATE_COUNTS).sort())
      for (const [field, table] of [
        ...Object.values(lists),
        ['inferencesConnection', 'inference'],
        ['accountsConnection', 'account'],
        ['dailyStatsConnection', '(select id from og_daily_stat union select id from base_daily_stat)'],
      ]) {
        const d = await c.data(`{ r: ${field}(orderBy: id_ASC) { totalCount } }`)
        const [{ n }] = await c.sql(`select count(*)::int n from ${table} x`)
        assert.equal(d.r.totalCount, n, field)
      }
    })

    test('first: 0 returns a count and no rows', async () => {
      const d = await ctx().data(`{ settlementsConnection(orderBy: id_ASC, first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }`)
      assert.deepEqual(d.settlementsConnection.edges, [])
      assert.ok(d.settlementsConnection.totalCount > 0)
    })
  })

  describe('by id, relations and scalars', () => {
    test('scalars: BigInt and BigDecimal as strings, DateTime as ISO, Float as a number', async () => {
      const c = ctx()
      const [p] = await c.sql(`select id, amount::text, amount_usd::text, timestamp, payer_id, block_number from payment order by amount desc limit 1`)
      const d = await c.data(`query($id: String!) { paymentById(id: $id) { id amount amountUsd timestamp blockNumber payer { id } } }`, { id: p.id })
      assert.deepEqual(d.paymentById, {
        id: p.id,
        amount: p.amount,
        amountUsd: p.amount_usd,
        timestamp: p.timestamp.toISOString(),
        blockNumber: p.block_number,
        payer: { id: p.payer_id },
      })
      const [t] = await c.sql(`select id, uptime from tee_node order by uptime limit 1`)
      const tee = await c.data(`query($id: String!) { teeNodeById(id: $id) { uptime } }`, { id: t.id })
      assert.equal(tee.teeNodeById.uptime, Number(t.uptime))
      assert.equal((await c.data(`{ settlementById(id: "nope") { id } }`)).settlementById, null)
    })

    test('list relations take where, orderBy, limit and offset per parent', async () => {
      const c = ctx()
      const d = await c.data(
        `{ validators(orderBy: id_ASC) { id delegations(where: {amount_gt: "0"}, orderBy: amount_DESC, limit: 3, offset: 1) { id amount } } }`,
      )
      for (const v of d.validators) {
        const expected = await c.sql(
          `select d.id, d.amount::text as amount from delegation d where d.validator_id = $1 and d.amount > 0 order by d.amount desc, d.id limit 3 offset 1`,
          [v.id],
        )
        assert.deepEqual(v.delegations, expected, v.id)
      }
    })

    test('relations are batched: a page of parents with nested relations costs one query per level', async () => {
      const c = ctx()
      const pool = c.api.db.pool
      const original = pool.query.bind(pool)
      const seen: string[] = []
      ;(pool as any).query = (text: any, ...rest: any[]) => {
        // the indexed-heads reads (cached for a second) are not part of the query
        if (typeof text === 'string' && !text.includes('_processor') && !text.includes('to_regclass')) seen.push(text)
        return (original as any)(text, ...rest)
      }
      try {
        const d = await c.data(
          `{ settlements(limit: 200, orderBy: id_ASC) { id teeNode { id validator { id } } inferences(limit: 5) { id teeNode { id } settlement { id } } } }`,
        )
        assert.equal(d.settlements.length, 200)
        assert.ok(
          d.settlements.some((s: any) => s.teeNode),
          'some settlements have a TEE node',
        )
      } finally {
        ;(pool as any).query = original
      }
      // one per level and entity: settlements, their TEE nodes, those nodes' validators, the inferences, and the inferences' TEE nodes and settlements
      assert.ok(seen.length <= 6, `${seen.length} queries:\n${seen.join('\n')}`)
    })
  })
}
