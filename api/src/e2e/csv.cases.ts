import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import type { Api } from '../yoga'
import type { E2eContext } from '../testing/e2e-context'

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
      const d = await c.data(`query($w: PaymentWhereInput) { paymentsConnection(where: $w, orderBy: [blockNumber_DESC, id_ASC], first: 1000) { totalCount edges { node { id txHash blockNumber timestamp scheme amount amountUsd withPermit teeId payer { id } } } } }`, { w: where })
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
}
