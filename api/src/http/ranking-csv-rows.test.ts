import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rankValidators } from '../analytics/validator-ranking'
import { COMMISSION_RULES, dailyChangeCheck } from '../analytics/slash-detail-commission'
import { RANKING_COLUMNS, rankingCsv } from './ranking-csv-rows'

const DAY = 24 * 3600 * 1000
const asOf = Date.UTC(2026, 6, 1)
const OPG = 10n ** 18n

function validator(id: string, moniker: string, commission: number) {
  return {
    id,
    moniker,
    commissionRate: String(commission),
    maxCommissionRate: null,
    tokens: (1000n * OPG).toString(),
    selfBond: (100n * OPG).toString(),
    jailed: false,
    status: 'BONDED',
    delegatorCount: 3,
    slashCount: 0,
    jailCount: 0,
    totalSlashed: '0',
    createdAt: new Date(asOf - 400 * DAY),
  }
}

function fixture() {
  const changes = [{ validator: '0xb', previousRate: '0.1', rate: '0.18', timestamp: new Date(asOf - 30 * DAY) }]
  const ranking = rankValidators({
    asOf,
    order: 'NET_DESC',
    validators: [validator('0xa', 'Plain, "quoted"', 0.05), validator('0xb', '=HYPERLINK("x")', 0.18)],
    changes,
    incidents: [],
    flows: [],
    tees: [],
    rewards: [],
    stakeDays: 0,
    rewardWindowDays: 0,
  })
  const limits = {
    ...COMMISSION_RULES,
    perValidatorLimitsIndexed: false,
    validators: ['0xa', '0xb'].map((v) => {
      const check = dailyChangeCheck(
        changes.filter((c) => c.validator === v).map((c) => ({ rate: Number(c.rate), previousRate: Number(c.previousRate), timestamp: c.timestamp.getTime() })),
        v === '0xa' ? 0.05 : 0.18,
      )
      return { validator: v, commissionRate: 0, changes: 0, ...check, largestDailyChangeAt: null }
    }),
  }
  return { ranking, csv: rankingCsv(ranking, limits, { order: 'NET_DESC', heads: 'og=10;base=20' }) }
}

test('header first, one row per validator in rank order, every table column, notes last with the formula and heads', () => {
  const { ranking, csv } = fixture()
  const lines = csv.trimEnd().split('\n')
  assert.equal(lines[0], RANKING_COLUMNS.map((c) => c.name).join(','))
  const rows = lines.slice(1).filter((l) => !l.startsWith('#'))
  assert.equal(rows.length, ranking.validators.length)
  const notes = lines.filter((l) => l.startsWith('#'))
  assert.equal(lines.slice(-notes.length).join('\n'), notes.join('\n'), 'notes come after every row')
  assert.match(notes[0], /^# formula: net_per_1000_opg = expected_reward − expected_loss/)
  assert.match(notes.join('\n'), /og=10;base=20/)
  for (const name of ['net_per_1000_opg', 'expected_loss_per_1000_opg', 'risk', 'commission_rate', 'commission_exceeds_max_change', 'confidence'])
    assert.ok(lines[0].split(',').includes(name), name)
})

test('values match the ranking; a moniker a spreadsheet would run is quoted and defused; the 8-point raise is flagged', () => {
  const { ranking, csv } = fixture()
  const header = csv.split('\n')[0].split(',')
  const raiser = csv.split('\n').find((l) => l.includes('0xb,'))
  assert.ok(raiser)
  assert.ok(raiser.includes(`"'=HYPERLINK(""x"")"`), raiser)
  assert.ok(csv.includes('"Plain, ""quoted"""'))
  const row = ranking.validators.find((v) => v.validator.id === '0xb')
  assert.ok(row)
  assert.ok(raiser.startsWith(`${row.rank},0xb,`))
  // this row's moniker holds no comma, so a plain split finds its cells
  const cells = raiser.split(',')
  const cell = (name: string) => cells[header.indexOf(name)]
  assert.equal(cell('net_per_1000_opg'), String(row.netPer1000))
  assert.equal(cell('commission_rate'), '0.18')
  assert.equal(cell('commission_rises'), '1')
  assert.equal(cell('commission_largest_daily_change'), '0.08')
  assert.equal(cell('commission_exceeds_max_change'), 'true', 'the 10 % → 18 % change is over 1 % a day')
})
