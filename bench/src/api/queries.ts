import type { Db } from '@og-explorer/api/lib/db/db'
import type { LoadRow } from '../results/schema'

export interface BenchQuery {
  name: string
  /** who asks it: the dashboard, an analyst, a delegator, a visitor */
  kind: LoadRow['kind']
  query: string
  variables?: Record<string, unknown>
}

/** The dashboard's queries and typical analyst queries, with ids taken from the database. */
export async function benchQueries(db: Db): Promise<BenchQuery[]> {
  const [s] = await db.query(`SELECT id, tx_hash FROM settlement ORDER BY block_number DESC LIMIT 1`)
  const [v] = await db.query(`SELECT id FROM validator ORDER BY tokens DESC LIMIT 1`)
  return [
    {
      name: 'latest settlements (dashboard)',
      kind: 'list',
      query: `{ settlements(limit: 20, orderBy: blockNumber_DESC) { id kind status blockNumber timestamp inferenceCount teeNode { id owner } } }`,
    },
    {
      name: 'daily stats, 90 days (dashboard)',
      kind: 'list',
      query: `{ dailyStats(orderBy: id_DESC, limit: 90) { id date inferencesSettled inferencesVerified payments payingWallets paymentVolumeUsd circulatingSupply priceClose } }`,
    },
    {
      name: 'payments by big payers (analyst)',
      kind: 'list',
      query: `{ payments(where: {amount_gt: "1000000000000000", payer: {paymentsMade_gt: 5}}, orderBy: amount_DESC, limit: 100) { id amount amountUsd timestamp payer { id paymentsMade } } }`,
    },
    {
      name: 'inferences of one TEE, page 2 (analyst)',
      kind: 'list',
      query: `{ inferencesConnection(where: {teeId_isNull: false, status_eq: VERIFIED}, orderBy: timestamp_DESC, first: 50, after: "50") { pageInfo { hasNextPage endCursor } edges { node { id teeId inputHash outputHash timestamp } } } }`,
    },
    {
      name: 'filtered totalCount',
      kind: 'count',
      query: `{ inferencesConnection(where: {status_in: [INVALID, MISSING]}, orderBy: id_ASC, first: 10) { totalCount edges { node { id status } } } }`,
    },
    { name: 'unfiltered totalCount', kind: 'count', query: `{ paymentsConnection(orderBy: id_ASC, first: 10) { totalCount edges { node { id } } } }` },
    {
      name: 'timeSeries inferences by day',
      kind: 'analytics',
      query: `{ timeSeries(metric: INFERENCES_SETTLED, interval: DAY) { to points { t value filled } } }`,
    },
    { name: 'timeSeries price by hour, 7 days', kind: 'analytics', query: `{ timeSeries(metric: PRICE, interval: HOUR) { to points { t value } } }` },
    { name: 'usageVsPrice', kind: 'analytics', query: `{ usageVsPrice { date inferences payments payingWallets revenueUsd priceClose } }` },
    {
      name: 'supplySchedule',
      kind: 'analytics',
      query: `{ supplySchedule { nextCliff { date } circulating { t projected observed } allocations { id points { t projected observed } } } }`,
    },
    { name: 'unlockPressure', kind: 'analytics', query: `{ unlockPressure { coverageRatio daysOfUsageToAbsorbCliff unlockingUsd revenueUsd } }` },
    {
      name: 'proofCoverage by day',
      kind: 'analytics',
      query: `{ proofCoverage(by: DAY) { total { settled verified invalid pending } rows { key settled verified } } }`,
    },
    { name: 'proofCoverage by mode', kind: 'analytics', query: `{ proofCoverage(by: MODE) { rows { key settled verified invalid pending unverifiable } } }` },
    {
      name: 'validatorRanking',
      kind: 'analytics',
      query: `{ validatorRanking { validators { rank validator { id moniker } stake risk expectedLossPer1000 components { slashing jailing downtime } } } }`,
    },
    { name: 'search a tx hash', kind: 'search', query: `query($q: String!) { search(q: $q) { hits { kind id route } } }`, variables: { q: s.tx_hash } },
    {
      name: 'validator by id with delegations',
      kind: 'lookup',
      query: `query($id: String!) { validatorById(id: $id) { id moniker tokens delegations(orderBy: amount_DESC, limit: 20) { delegator amount } } }`,
      variables: { id: v.id },
    },
  ]
}
