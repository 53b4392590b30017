import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { loadConfig } from '@og-explorer/api/lib/config'
import { createApi, type Api } from '@og-explorer/api/lib/yoga'
import { csvRow } from '@og-explorer/api/lib/http/csv-cells'
import type { ColumnField } from '@og-explorer/api/lib/model/types'
import { csvLineSql } from '@og-explorer/api/lib/sql/csv-line'
import type { E2eContext } from './context'

async function get(api: Api, path: string) {
  const res = await api.yoga.fetch(`http://api.test${path}`)
  return { status: res.status, headers: res.headers, text: await res.text() }
}

export function csvCases(ctx: () => E2eContext, smallCap: () => Api): void {
  describe('CSV export', () => {
    test('round trip: the CSV holds exactly the rows and values GraphQL returns for the same where and orderBy', async () => {
      const c = ctx()
      const where = { scheme_eq: 'EXACT', amount_gt: '0', timestamp_gte: '2026-06-01' }
      const q = `where=${encodeURIComponent(JSON.stringify(where))}&orderBy=blockNumber_DESC,id_ASC`
      const res = await get(c.api, `/export/payments.csv?${q}`)
      assert.equal(res.status, 200)
      assert.match(res.headers.get('content-type')!, /^text\/csv/)
      assert.ok(Number(res.headers.get('x-row-cap')) > 0)
      assert.match(res.headers.get('x-indexed-heads')!, /^og=\d+;base=\d+$/)
      const rows = parse(res.text, { columns: true, comment: '#' }) as Record<string, string>[]
      const d = await c.data(
        `query($w: PaymentWhereInput) { paymentsConnection(where: $w, orderBy: [blockNumber_DESC, id_ASC], first: 1000) { totalCount edges { node { id txHash blockNumber timestamp scheme amount amountUsd withPermit teeId payer { id } } } } }`,
        { w: where },
      )
      assert.equal(rows.length, d.paymentsConnection.totalCount)
      assert.ok(rows.length > 10)
      d.paymentsConnection.edges.forEach((e: any, i: number) => {
        const r = rows[i]
        const n = e.node
        assert.deepEqual(
          [r.id, r.txHash, Number(r.blockNumber), r.timestamp, r.scheme, r.amount, r.amountUsd, r.withPermit, r.teeId || null, r.payerId],
          [n.id, n.txHash, n.blockNumber, n.timestamp, n.scheme, n.amount, n.amountUsd, String(n.withPermit), n.teeId, n.payer.id],
        )
      })
    })

    test('columns select fields; the joined DailyStat exports too', async () => {
      const c = ctx()
      const res = await get(c.api, `/export/dailyStats.csv?columns=id,inferencesSettled,payments&orderBy=id_ASC`)
      const rows = parse(res.text, { columns: true, comment: '#' }) as Record<string, string>[]
      assert.deepEqual(Object.keys(rows[0]), ['id', 'inferencesSettled', 'payments'])
      const [{ n }] = await c.sql(`select count(*)::int n from (select id from og_daily_stat union select id from base_daily_stat) x`)
      assert.equal(rows.length, n)
    })

    test('more rows than the cap: the cap is stated and the file ends with a note saying where to continue', async () => {
      const res = await get(smallCap(), `/export/inferences.csv?orderBy=id_ASC&columns=id`)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('x-row-cap'), '25')
      const lines = res.text.trim().split('\n')
      assert.equal(lines.length, 1 + 25 + 1)
      assert.match(lines.at(-1)!, /^# truncated: more than 25 rows match; .*offset=25/)
      const next = await get(smallCap(), `/export/inferences.csv?orderBy=id_ASC&columns=id&offset=25&limit=3`)
      const [{ id }] = await ctx().sql(`select id from inference order by id offset 25 limit 1`)
      assert.equal(next.text.split('\n')[1], id)
    })

    test('each line Postgres makes for an export (sql/csv-line.ts) is the line csvRow makes in JavaScript from the same values', async () => {
      const col = (name: string, type: string): ColumnField => ({ kind: 'scalar', name, type, column: name, nullable: true }) as ColumnField
      const columns: ColumnField[] = [
        col('s', 'String'),
        col('i', 'Int'),
        col('b', 'BigInt'),
        col('d', 'BigDecimal'),
        col('t', 'DateTime'),
        col('f', 'Boolean'),
        col('x', 'Bytes'),
        { kind: 'enum', name: 'e', enumName: 'E', column: 'e', nullable: true },
        { kind: 'fk', name: 'k', target: 'T', column: 'k', nullable: false },
      ]
      // what chain strings can hold: formula starts, CSV specials, comment starts, quotes, line breaks, NULL
      const texts = [
        'plain',
        '',
        '=1+2',
        '+x',
        '-5 apples',
        '@SUM(A1)',
        '\tx',
        '\rx',
        '#tag',
        'a,b',
        'say "hi"',
        'two\nlines',
        'cr\rin',
        "it's",
        'ünïcode ✓',
        null,
        '=HYPERLINK("a","b")',
        ' =x',
        '0x00ab',
        ',',
        '"',
      ]
      const ints = [0, -5, 2147483647, -2147483648, null, 7]
      const bigs = ['0', '-1', '115792089237316195423570985008687907853269984665640564039457584007913129639935', null]
      const decimals = ['0.5', '-123.456', '1000000000000000000000000.000001', null, '-0.000001']
      const times = ['2026-03-04T05:06:07.089Z', '1970-01-01T00:00:00.000Z', null, '2027-04-01T23:59:59.999Z']
      const bools = [true, false, null]
      const bytes = [Buffer.from('00ab', 'hex'), Buffer.alloc(0), null, Buffer.from('ff', 'hex')]
      const n = texts.length * 2
      const pick = <T>(xs: T[], i: number, step = 1) => xs[(i * step) % xs.length]
      const arrays = [
        Array.from({ length: n }, (_, i) => pick(texts, i)),
        Array.from({ length: n }, (_, i) => pick(ints, i)),
        Array.from({ length: n }, (_, i) => pick(bigs, i)),
        Array.from({ length: n }, (_, i) => pick(decimals, i)),
        Array.from({ length: n }, (_, i) => pick(times, i)),
        Array.from({ length: n }, (_, i) => pick(bools, i)),
        Array.from({ length: n }, (_, i) => pick(bytes, i)),
        Array.from({ length: n }, (_, i) => pick(texts, i, 3)),
        Array.from({ length: n }, (_, i) => pick(texts, i, 5) ?? 'k'),
      ]
      const from = `unnest($1::text[], $2::int4[], $3::numeric[], $4::numeric[], $5::timestamptz[], $6::bool[], $7::bytea[], $8::text[], $9::text[]) WITH ORDINALITY AS v(s, i, b, d, t, f, x, e, k, n)`
      const values = await ctx().sql(`select s, i, b, d, t, f, x, e, k from ${from} order by n`, arrays)
      const lines = await ctx().sql<{ line: string }>(`select ${csvLineSql(columns, 'v')} as line from ${from} order by n`, arrays)
      assert.equal(lines.length, n)
      lines.forEach((l, i) => assert.equal(`${l.line}\n`, csvRow(columns, values[i]), JSON.stringify(values[i])))
      // and the file reads back as the values, a formula kept as text behind its quote
      const back = parse(lines.map((l) => l.line).join('\n'), { relax_column_count: false }) as string[][]
      assert.equal(back[2][0], "'=1+2")
      assert.equal(back[11][0], 'two\nlines')
      assert.equal(back[1][1], '-5', 'a negative number stays a number')
    })

    test('bad input is a 400 (or 404) with a clear message and a code', async () => {
      const c = ctx()
      const cases: [string, number, RegExp][] = [
        ['/export/nope.csv', 404, /no entity "nope"/],
        ['/export/payments.csv?where=%7Bbad', 400, /where is not valid JSON/],
        [`/export/payments.csv?where=${encodeURIComponent('{"scheme_eq":"NOPE"}')}`, 400, /invalid where: scheme_eq/],
        [`/export/payments.csv?where=${encodeURIComponent('{"amount_gt":"1.5"}')}`, 400, /BigInt must be an integer/],
        [`/export/payments.csv?where=${encodeURIComponent('{"nope_eq":1}')}`, 400, /invalid where/],
        ['/export/payments.csv?orderBy=amount_SIDEWAYS', 400, /cannot be ordered by/],
        ['/export/payments.csv?columns=id,secret', 400, /no column "secret"/],
        ['/export/payments.csv?limit=-1', 400, /non-negative integer/],
        ['/export/payments.csv?limit=99999999', 400, /above the export row cap/],
      ]
      for (const [path, status, message] of cases) {
        const res = await get(c.api, path)
        assert.equal(res.status, status, path)
        const body = JSON.parse(res.text)
        assert.match(body.errors[0].message, message, path)
        assert.ok(body.errors[0].extensions.code, path)
      }
    })
  })
  csvLimitCases(ctx)
}

/** An API of its own over the same database as the shared one, with export settings to test. */
function exportApi(c: E2eContext, env: Record<string, string>): Api {
  const url = (c.api.db.pool as unknown as { options: { connectionString: string } }).options.connectionString
  return createApi(loadConfig({ API_DATABASE_URL: url, API_RATE_LIMIT: '100000', ...env }), { responseCache: false, logging: false })
}

/** Starts an export and reads only its first chunk, leaving the rest (and the cursor) pending. */
async function startReading(api: Api, path: string) {
  const res = await api.yoga.fetch(`http://api.test${path}`)
  assert.equal(res.status, 200)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const first = await reader.read()
  text += decoder.decode(first.value as Uint8Array, { stream: true })
  return {
    res,
    async rest(): Promise<{ text: string; error?: unknown }> {
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) return { text }
          text += decoder.decode(value as Uint8Array, { stream: true })
        }
      } catch (error) {
        return { text, error }
      }
    },
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Backends of the API's read-only role still inside an export of `list` (e.g. 'inferences'): the
 * export reads through a cursor named after it (api/src/db/cursor.ts), so its DECLARE and every FETCH name it.
 */
async function exportBackends(c: E2eContext, list: string): Promise<number[]> {
  const rows = await c.sql(`select pid from pg_stat_activity where usename = 'og_api_reader' and query like $1 and state <> 'idle'`, [`%"export_${list}"%`])
  return rows.map((r) => r.pid)
}

function checkedOut(api: Api): number {
  return api.db.pool.totalCount - api.db.pool.idleCount
}

export function csvLimitCases(ctx: () => E2eContext): void {
  describe('CSV export under failure and abuse', () => {
    const apis: Api[] = []
    const make = (env: Record<string, string>) => {
      const a = exportApi(ctx(), env)
      apis.push(a)
      return a
    }
    after(() => Promise.all(apis.map((a) => a.close())))
    // enough rows that the cursor is still open after the first chunk
    const BIG = '/export/inferences.csv?orderBy=id_ASC'

    test('the last line states the row count, the row cap and the indexed heads of the snapshot', async () => {
      const c = ctx()
      const res = await get(c.api, '/export/validators.csv?orderBy=id_ASC')
      const lines = res.text.trim().split('\n')
      const [{ n }] = await c.sql(`select count(*)::int n from validator`)
      const heads = res.headers.get('x-indexed-heads')!
      assert.equal(lines.at(-1), `# end: ${n} rows; row cap ${res.headers.get('x-row-cap')}; indexed heads ${heads}`)
      assert.equal(lines.length, 1 + n + 1)
      // a head is the newest of the processor's finalized status and its hot blocks
      const [og] = await c.sql(`select max(height)::int h from (select height from og_processor.status union all select height from og_processor.hot_block) x`)
      assert.match(heads, new RegExp(`^og=${og.h};base=\\d+$`))
    })

    test('numbers at the edge of what Postgres numeric takes run; one step beyond is 400 before streaming', async () => {
      const c = ctx()
      for (const value of ['1e1000', '-1e-1000']) {
        const res = await get(c.api, `/export/payments.csv?columns=id&where=${encodeURIComponent(JSON.stringify({ amountUsd_gt: value }))}`)
        assert.equal(res.status, 200, value)
        assert.match(res.text.trim().split('\n').at(-1)!, /^# end: \d+ rows/, value)
      }
      const res = await get(c.api, `/export/payments.csv?where=${encodeURIComponent(JSON.stringify({ amountUsd_gt: '1e1001' }))}`)
      assert.equal(res.status, 400)
    })

    test('a statement timeout before the first row is a 503 QUERY_TIMEOUT, and the connection goes back', async () => {
      const a = make({ API_STATEMENT_TIMEOUT_MS: '1' })
      const res = await a.yoga.fetch(`http://api.test${BIG}&where=${encodeURIComponent(JSON.stringify({ inputHash_containsInsensitive: 'zz' }))}`)
      assert.equal(res.status, 503)
      assert.equal((await res.json()).errors[0].extensions.code, 'QUERY_TIMEOUT')
      assert.equal(checkedOut(a), 0)
    })

    test('the database failing mid-file ends the file with an error line; the process and the pool carry on', async () => {
      const c = ctx()
      const a = make({})
      const [{ n }] = await c.sql(`select count(*)::int n from inference`)
      assert.ok(n > 3000, `${n} inferences are too few to keep a cursor open`)
      const reading = await startReading(a, BIG)
      const pids = await exportBackends(c, 'inferences')
      assert.equal(pids.length, 1)
      await c.sql(`select pg_terminate_backend($1)`, [pids[0]])
      const { text, error } = await reading.rest()
      assert.equal(error, undefined)
      const lines = text.trim().split('\n')
      const rows = lines.length - 2
      assert.ok(rows < n)
      assert.equal(
        lines.at(-1),
        `# error: the export stopped after ${rows} rows (INTERNAL_SERVER_ERROR: the export failed on the server); the rows above are complete, continue with offset=${rows}`,
      )
      assert.equal(checkedOut(a), 0)
      assert.equal((await get(a, '/export/validators.csv?columns=id')).status, 200)
    })

    test('a client that stops reading is cut off after the write timeout; its connection and snapshot are released', async () => {
      const c = ctx()
      const a = make({ API_EXPORT_WRITE_TIMEOUT_MS: '300' })
      const reading = await startReading(a, BIG)
      assert.equal((await exportBackends(c, 'inferences')).length, 1)
      await sleep(1000)
      assert.deepEqual(await exportBackends(c, 'inferences'), [])
      assert.equal(checkedOut(a), 0)
      const { text } = await reading.rest()
      assert.doesNotMatch(text.trim().split('\n').at(-1)!, /^# end/)
    })

    test('an export that outlasts the statement timeout runs to its end: the timeout bounds each batch, not the file', async () => {
      const c = ctx()
      const a = make({ API_STATEMENT_TIMEOUT_MS: '400' })
      const reading = await startReading(a, BIG)
      await sleep(900)
      const { text, error } = await reading.rest()
      assert.equal(error, undefined)
      const lines = text.trim().split('\n')
      const [{ n }] = await c.sql(`select count(*)::int n from inference`)
      assert.match(lines.at(-1)!, new RegExp(`^# end: ${n} rows;`))
      assert.equal(lines.length, 1 + n + 1)
      assert.equal(checkedOut(a), 0)
    })

    test('an export running past its time limit stops with a line saying where to continue', async () => {
      const a = make({ API_EXPORT_MAX_MS: '300' })
      const reading = await startReading(a, BIG)
      await sleep(700)
      const { text, error } = await reading.rest()
      assert.equal(error, undefined)
      const lines = text.trim().split('\n')
      const rows = lines.length - 2
      assert.match(lines.at(-1)!, new RegExp(`^# error: the export stopped after ${rows} rows \\(the export ran longer than 300 ms\\).*offset=${rows}$`))
      assert.equal(checkedOut(a), 0)
    })

    test('exports queue for a bounded number of slots; a full queue is 503 OVERLOADED with Retry-After', async () => {
      const a = make({ API_EXPORT_SLOTS: '1', API_EXPORT_QUEUE: '0' })
      const holding = await startReading(a, BIG)
      const refused = await a.yoga.fetch('http://api.test/export/validators.csv')
      assert.equal(refused.status, 503)
      assert.ok(Number(refused.headers.get('retry-after')) > 0)
      assert.equal((await refused.json()).errors[0].extensions.code, 'OVERLOADED')
      assert.match((await holding.rest()).text, /# end: \d+ rows/)
      assert.equal((await get(a, '/export/validators.csv?columns=id')).status, 200)
    })

    test('an exhausted pool is a 503 OVERLOADED without a stack trace, and GraphQL still works after', async () => {
      const a = make({ API_POOL_SIZE: '1', API_EXPORT_SLOTS: '2' })
      const holding = await startReading(a, BIG)
      const refused = await a.yoga.fetch('http://api.test/export/validators.csv')
      assert.equal(refused.status, 503)
      const body = await refused.text()
      assert.equal(JSON.parse(body).errors[0].extensions.code, 'OVERLOADED')
      assert.doesNotMatch(body, /\bat \w|\/work\/|node_modules|\.js:\d+/)
      await holding.rest()
      const d = await ctx().gql('{ validators(limit: 1) { id } }', undefined, { api: a })
      assert.equal(d.errors, undefined)
    })
  })
}
