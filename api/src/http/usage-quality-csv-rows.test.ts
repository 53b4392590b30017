import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildCohorts } from '../analytics/cohorts'
import { buildConcentration } from '../analytics/concentration'
import { cohortsCsv, concentrationCsv, spikesCsv } from './usage-quality-csv-rows'

const D = 86_400_000
const T0 = Date.UTC(2026, 5, 1)

test('the cohort file: header first, one row per period with its triangle, notes last', () => {
  const table = buildCohorts(
    [T0, T0 + D, T0 + 2 * D],
    [
      { period: T0, cohort: T0, wallets: 4 },
      { period: T0, cohort: null, wallets: 1 },
      { period: T0 + D, cohort: T0, wallets: 2 },
      { period: T0 + 2 * D, cohort: T0, wallets: 1 },
      { period: T0 + 2 * D, cohort: T0 + D, wallets: 0 },
    ],
  )
  const lines = cohortsCsv({ interval: 'DAY', from: T0, to: T0 + 2 * D, source: 'payment', ...table }, 'og=1;base=2')
    .trimEnd()
    .split('\n')
  assert.equal(lines[0], 'period_start_utc,paying_wallets,new_wallets,returning_wallets,back_after_1,back_after_2')
  assert.equal(lines[1], '2026-06-01T00:00:00.000Z,5,4,1,2,1')
  assert.equal(lines[2], '2026-06-02T00:00:00.000Z,2,0,2,0,')
  assert.match(lines[lines.length - 1], /^# end: 3 periods; indexed heads og=1;base=2$/)
})

test('the concentration file ends with the whole range; the spikes file fills drivers only on spikes', () => {
  const c = buildConcentration(
    [T0],
    [
      { period: T0, payers: 2, payments: 3, opg: '30', topPayments: 3, topOpg: '30', medianPayments: 1.5 },
      { period: null, payers: 2, payments: 3, opg: '30', topPayments: 3, topOpg: '30', medianPayments: 1.5 },
    ],
  )
  const lines = concentrationCsv({ interval: 'DAY', from: T0, to: T0, topN: 10, source: 'payment', ...c }, 'h').split('\n')
  assert.equal(lines[2], 'whole range,2,3,30,3,30,1,1,1.5,1.5')
  const s = spikesCsv(
    {
      metric: 'PAYMENTS',
      interval: 'DAY',
      from: T0,
      to: T0 + D,
      window: 4,
      k: 3,
      madScale: 1.4826,
      minSpread: 1,
      rule: 'r',
      source: 's',
      periods: [
        { t: T0, value: 5, baseline: 5, threshold: 8, spike: false },
        { t: T0 + D, value: 50, baseline: 5, threshold: 8, spike: true },
      ],
      spikes: [
        {
          t: T0 + D,
          value: 50,
          baseline: 5,
          threshold: 8,
          spike: true,
          payments: 50,
          newWalletPayments: 40,
          newWallets: 9,
          newWalletsNotReturned: 7,
          newWalletPaymentShare: 0.8,
          notReturnedShare: 7 / 9,
          daysObservedAfter: 3,
        },
      ],
    },
    'h',
  ).split('\n')
  assert.equal(lines.length > 0 && s[1], '2026-06-01T00:00:00.000Z,5,5,8,false,,,,,')
  assert.equal(s[2], '2026-06-02T00:00:00.000Z,50,5,8,true,50,40,9,7,3')
})
