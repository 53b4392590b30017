/**
 * Base rows held against its logs and balanceOf: transfers one for one, every account (which ones
 * exist, their transfer counts and balances), payments, unlocks, swaps, circulating supply and the
 * daily aggregates day by day. Logic copied from base.e2e.test.ts and widened to ids and days.
 */
import * as erc20 from '@og-explorer/indexer/lib/abi/ERC20'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from '../stack/devnet'
import { ChainView, Tally, countBy, logId, type TruthReport } from './truth-chain'

const ZERO = '0x0000000000000000000000000000000000000000'
const TOTAL_SUPPLY = 1_000_000_000n * 10n ** 18n
const topicAddress = (topic: string) => `0x${topic.slice(26)}`.toLowerCase()

export async function compareBase(dbUrl: string, devnet: TestDevnet, skip: ReadonlySet<string>): Promise<TruthReport> {
  const chain = new ChainView(devnet.base.rpc)
  const t = new Tally()
  const contract = (name: string) => devnet.deployments.chains.base.contracts[name].address.toLowerCase()
  const opg = contract('OPG')

  const transfers = await chain.logs(opg, 'Transfer(address,address,uint256)', skip)
  const transferIds = await query<{ id: string }>(dbUrl, 'select id from transfer')
  t.sameSet(
    'transfers',
    transferIds.map((r) => r.id),
    transfers.map(logId),
  )

  // accounts: exactly the addresses transfers touched, with their counts and balanceOf
  const outs = countBy(transfers, (l) => topicAddress(l.topics[1]))
  const ins = countBy(transfers, (l) => topicAddress(l.topics[2]))
  const accounts = await query<{ id: string; balance: string; transfers_in: number; transfers_out: number }>(
    dbUrl,
    'select id, balance, transfers_in, transfers_out from account order by id',
  )
  t.sameSet(
    'accounts',
    accounts.map((a) => a.id),
    [...outs.keys(), ...ins.keys()],
  )
  t.sameCounts('account.transfers_in', new Map(accounts.map((a) => [a.id, a.transfers_in])), ins)
  t.sameCounts('account.transfers_out', new Map(accounts.map((a) => [a.id, a.transfers_out])), outs)
  const holders = accounts.filter((a) => a.id !== ZERO)
  const balances = await chain.callMany(holders.map((a) => ({ to: opg, data: erc20.functions.balanceOf.encode({ account: a.id } as any) })))
  const wrong = holders.filter((a, i) => BigInt(a.balance) !== BigInt(balances[i]))
  t.rowsCompared += holders.length
  if (wrong.length)
    t.mismatches.push(
      `account balances: ${wrong.length} of ${holders.length} differ from balanceOf (${wrong
        .slice(0, 3)
        .map((a) => a.id)
        .join(', ')})`,
    )

  // x402 payments: one per proxy event in a transaction that moved OPG, each with its OPG transfer
  // (every x402 user shares the proxies: the devnet's other users settle USDC and other tokens there)
  const proxies = [contract('X402ExactPermit2Proxy'), contract('X402UptoPermit2Proxy')]
  const movedOpg = new Set(transfers.map((l) => l.transactionHash))
  const payments = [...(await chain.logs(proxies, 'Settled()', skip)), ...(await chain.logs(proxies, 'SettledWithPermit()', skip))].filter((l) =>
    movedOpg.has(l.transactionHash),
  )
  const paymentIds = await query<{ id: string }>(dbUrl, 'select id from payment')
  t.sameSet(
    'payments',
    paymentIds.map((r) => r.id),
    payments.map(logId),
  )
  const unmatched = await query(
    dbUrl,
    `select p.id from payment p where not exists (select 1 from transfer t where t.tx_hash = p.tx_hash and t.from_id = p.payer_id and t.to_id = p.payee_id and t.amount = p.amount)`,
  )
  t.equal('payments without their OPG transfer', unmatched.length, 0)

  // unlocks: transfers out of vesting contracts and distributors
  const sources = new Set(devnet.deployments.labels.filter((l) => l.category === 'vesting' || l.category === 'distributor').map((l) => l.address.toLowerCase()))
  const unlockIds = await query<{ id: string }>(dbUrl, 'select id from unlock')
  t.sameSet(
    'unlocks',
    unlockIds.map((r) => r.id),
    transfers.filter((l) => sources.has(topicAddress(l.topics[1]))).map(logId),
  )

  // swaps and the candles built from them
  const swaps = await chain.logs(contract('OPG_USDC_Pool'), 'Swap(address,address,int256,int256,uint160,uint128,int24)', skip)
  const swapIds = await query<{ id: string }>(dbUrl, 'select id from swap')
  t.sameSet(
    'swaps',
    swapIds.map((r) => r.id),
    swaps.map(logId),
  )
  const [candles] = await query<{ s: string | null }>(dbUrl, `select sum(swaps) s from price_candle where interval = 'DAY'`)
  t.equal('daily candles swap count', Number(candles.s ?? 0), swaps.length)

  // circulating supply, as of the latest day
  const nonCirculating = devnet.deployments.labels.filter((l) => !l.circulating).map((l) => l.address.toLowerCase())
  const held = await chain.callMany(nonCirculating.map((a) => ({ to: opg, data: erc20.functions.balanceOf.encode({ account: a } as any) })))
  const [latest] = await query<{ circulating_supply: string }>(dbUrl, 'select circulating_supply from base_daily_stat order by date desc limit 1')
  t.equal('circulating supply (latest day)', latest?.circulating_supply, TOTAL_SUPPLY - held.reduce((s, b) => s + BigInt(b), 0n))

  // daily aggregates, day by day, from the logs' block times
  const daily = await query<{ id: string; transfers: number; swaps: number; payments: number }>(
    dbUrl,
    'select id, transfers, swaps, payments from base_daily_stat',
  )
  const byDay = async (logs: typeof transfers) => countBy(await chain.days(logs), (d) => d)
  t.sameCounts('base_daily_stat.transfers per day', new Map(daily.map((d) => [d.id, d.transfers])), await byDay(transfers))
  t.sameCounts('base_daily_stat.swaps per day', new Map(daily.map((d) => [d.id, d.swaps])), await byDay(swaps))
  t.sameCounts('base_daily_stat.payments per day', new Map(daily.map((d) => [d.id, d.payments])), await byDay(payments))
  return t
}
