/**
 * The Base tables of a database that backfilled a dataset, held against the dataset's own blocks
 * (dataset-facts.ts) and the simulator's ground truth written beside it. Sets are compared by count
 * and an order-free digest computed the same way on both sides (Postgres sums the md5 prefixes), so
 * millions of ids never travel to this process; a mismatch names the table, not the row.
 */
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common'
import type { GroundTruth } from '@og-explorer/devnet'
import { Tally, type TruthReport } from '@og-explorer/testkit/lib/faults/truth-chain'
import { query } from '../util/test-stack'
import { type DatasetFacts, digestOf, type IdSet, sqlDigest, ZERO_ADDRESS } from './dataset-facts'

async function sameIds(t: Tally, dbUrl: string, label: string, table: string, expected: IdSet): Promise<void> {
  const [row] = await query<{ n: string; digest: string }>(dbUrl, `select count(*)::text n, ${sqlDigest('id')} digest from ${table}`)
  t.equal(`${label}: rows`, row.n, expected.count)
  t.equal(`${label}: digest of every id`, row.digest, expected.digest)
}

export async function compareWithDataset(dbUrl: string, facts: DatasetFacts, truth: GroundTruth): Promise<TruthReport> {
  const t = new Tally()
  await sameIds(t, dbUrl, 'transfers', 'transfer', facts.transfers)
  await sameIds(t, dbUrl, 'payments', 'payment', facts.payments)
  await sameIds(t, dbUrl, 'unlocks', 'unlock', facts.unlocks)
  await sameIds(t, dbUrl, 'swaps', 'swap', facts.swaps)

  // accounts: exactly the addresses transfers touched; every holder's balance and transfer counts (the zero address's balance is not one)
  let accountDigest = 0n
  for (const [address, h] of facts.holders)
    if (address !== ZERO_ADDRESS) accountDigest += digestOf(`${address}:${h.balance}:${h.transfersIn}:${h.transfersOut}`)
  const [accounts] = await query<{ n: string; digest: string }>(
    dbUrl,
    `select (select count(*)::text from account) n,
            (select ${sqlDigest(`id || ':' || balance::text || ':' || transfers_in || ':' || transfers_out`)} from account where id <> $1) digest`,
    [ZERO_ADDRESS],
  )
  t.equal('accounts: rows', accounts.n, facts.holders.size)
  t.equal('accounts: digest of id, balance, transfers in and out', accounts.digest, accountDigest)

  // daily aggregates, day by day
  const daily = await query<{ id: string; transfers: number; swaps: number; payments: number }>(
    dbUrl,
    'select id, transfers, swaps, payments from base_daily_stat',
  )
  t.sameCounts('base_daily_stat.transfers per day', new Map(daily.map((d) => [d.id, d.transfers])), facts.daily.transfers)
  t.sameCounts('base_daily_stat.swaps per day', new Map(daily.map((d) => [d.id, d.swaps])), facts.daily.swaps)
  t.sameCounts('base_daily_stat.payments per day', new Map(daily.map((d) => [d.id, d.payments])), facts.daily.payments)
  const [candles] = await query<{ s: string | null }>(dbUrl, `select sum(swaps)::text s from price_candle where interval = 'DAY'`)
  t.equal('daily candles swap count', candles.s ?? '0', facts.swaps.count)
  const [latest] = await query<{ circulating_supply: string }>(dbUrl, 'select circulating_supply::text from base_daily_stat order by date desc limit 1')
  t.equal('circulating supply (latest day)', latest?.circulating_supply, OPG_TOTAL_SUPPLY - facts.nonCirculatingHeld)

  // the simulator's ground truth: what it meant to do, not what the blocks say
  const [paid] = await query<{ n: string; wallets: string }>(dbUrl, 'select count(*)::text n, count(distinct payer_id)::text wallets from payment')
  t.equal('payments (ground truth)', paid.n, truth.payments.count)
  t.equal('paying wallets (ground truth)', paid.wallets, truth.payments.payingWallets)
  t.equal('swaps (ground truth)', facts.swaps.count, truth.chains.base.events['Swap(address,address,int256,int256,uint160,uint128,int24)'] ?? 0)
  // an unlock is the OPG transfer of an airdrop claim or a vesting release
  const claimsAndReleases =
    (truth.chains.base.events['Claim(uint256,address,uint128)'] ?? 0) + (truth.chains.base.events['ERC20Released(address,uint256)'] ?? 0)
  t.equal('unlocks (ground truth: claims and releases)', facts.unlocks.count, claimsAndReleases)
  return t
}
