import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TOP_PAYERS, buildConcentration, type ConcentrationAggregate } from './concentration'

const D = 86_400_000
const T0 = Date.UTC(2026, 1, 2)

/** 14 payers, one of them a farm with many small payments, one a whale with one large one: [payer, day, wei] */
const payments: [string, number, bigint][] = []
for (let i = 0; i < 40; i++) payments.push(['farm', i % 2, 10n])
payments.push(['whale', 0, 10n ** 21n])
for (let p = 0; p < 12; p++) for (let k = 0; k <= p % 3; k++) payments.push([`w${p}`, k % 2, BigInt(1000 + p)])

const per = (rows: typeof payments) => {
  const m = new Map<string, { n: number; opg: bigint }>()
  for (const [p, , a] of rows) {
    const e = m.get(p) ?? { n: 0, opg: 0n }
    e.n++
    e.opg += a
    m.set(p, e)
  }
  return [...m.entries()]
}

/** what the loader's SQL returns: ranked per period and over the range, top ten summed, median by percentile_cont */
function sqlLike(period: number | null, rows: typeof payments): ConcentrationAggregate {
  const w = per(rows)
  const byN = [...w].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
  const byOpg = [...w].sort((a, b) => (b[1].opg > a[1].opg ? 1 : b[1].opg < a[1].opg ? -1 : a[0] < b[0] ? -1 : 1))
  const ns = w.map(([, e]) => e.n).sort((a, b) => a - b)
  const pos = (ns.length - 1) / 2
  return {
    period,
    payers: w.length,
    payments: rows.length,
    opg: rows.reduce((s, [, , a]) => s + a, 0n).toString(),
    topPayments: byN.slice(0, TOP_PAYERS).reduce((s, [, e]) => s + e.n, 0),
    topOpg: byOpg
      .slice(0, TOP_PAYERS)
      .reduce((s, [, e]) => s + e.opg, 0n)
      .toString(),
    medianPayments: ns[Math.floor(pos)] + (ns[Math.ceil(pos)] - ns[Math.floor(pos)]) * (pos % 1),
  }
}

test('shares, mean and median follow their definitions, per day and over the range', () => {
  const buckets = [T0, T0 + D, T0 + 2 * D]
  const dayRows = (d: number) => payments.filter(([, day]) => day === d)
  const rows = [sqlLike(T0, dayRows(0)), sqlLike(T0 + D, dayRows(1)), sqlLike(null, payments)]
  const got = buildConcentration(buckets, rows)
  // independent: the farm's 40 payments and the whale's OPG dominate
  const all = per(payments)
  const counts = all.map(([, e]) => e.n).sort((a, b) => b - a)
  assert.equal(got.overall.payers, 14)
  assert.equal(got.overall.topPaymentsShare, counts.slice(0, 10).reduce((s, n) => s + n, 0) / payments.length)
  assert.equal(got.overall.paymentsPerWalletMean, payments.length / 14)
  const sortedAsc = [...counts].sort((a, b) => a - b)
  assert.equal(got.overall.paymentsPerWalletMedian, (sortedAsc[6] + sortedAsc[7]) / 2)
  const opgs = all.map(([, e]) => e.opg).sort((a, b) => (b > a ? 1 : -1))
  const total = opgs.reduce((s, a) => s + a, 0n)
  const top = opgs.slice(0, 10).reduce((s, a) => s + a, 0n)
  assert.ok(Math.abs((got.overall.topOpgShare ?? 0) - Number(top) / Number(total)) < 1e-12)
  // a day without payments reads zero, not a gap
  assert.deepEqual(got.periods[2], {
    t: T0 + 2 * D,
    payers: 0,
    payments: 0,
    opg: '0',
    topPayments: 0,
    topOpg: '0',
    topPaymentsShare: null,
    topOpgShare: null,
    paymentsPerWalletMean: null,
    paymentsPerWalletMedian: null,
  })
  assert.equal(got.periods[0].payments, dayRows(0).length)
})

test('ten or fewer payers hold the whole share', () => {
  const few = payments.filter(([p]) => p === 'farm' || p === 'whale')
  const got = buildConcentration([T0], [sqlLike(T0, few), sqlLike(null, few)])
  assert.equal(got.periods[0].topPaymentsShare, 1)
  assert.equal(got.overall.topOpgShare, 1)
})
