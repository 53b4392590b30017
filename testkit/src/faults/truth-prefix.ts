/**
 * What a database must hold at any commit point, e.g. right after a kill -9: exactly the rows of
 * the blocks up to the height it recorded, none beyond, none twice, with aggregates that add up.
 */
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from '../stack/devnet'
import { Tally, logId, type TruthReport } from './truth-chain'
import { ogRelays, SETTLEMENT_SIGNATURES } from './truth-og'
import { toEventSelector } from 'viem'
import type { Chain } from './supervised-processor'

export async function comparePrefix(dbUrl: string, devnet: TestDevnet, chain: Chain, height: number): Promise<TruthReport> {
  const t = new Tally()
  const upTo = `0x${Math.max(0, height).toString(16)}`
  if (chain === 'og') {
    const topics = Object.entries(SETTLEMENT_SIGNATURES).map(([, s]) => toEventSelector(s))
    const logs = await devnet.og.rpc.call<any[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: upTo, address: ogRelays(devnet), topics: [topics] }])
    const rows = await query<{ id: string }>(dbUrl, `select id from settlement where kind <> 'HUB'`)
    t.sameSet(
      `og settlements up to block ${height}`,
      rows.map((r) => r.id),
      logs.map(logId),
    )
    const [sums] = await query<{ daily: string | null; rows: string }>(
      dbUrl,
      `select (select sum(settlements) from og_daily_stat) daily, (select count(*) from settlement) rows`,
    )
    t.equal(`og_daily_stat.settlements total at block ${height}`, Number(sums.daily ?? 0), Number(sums.rows))
  } else {
    const opg = devnet.deployments.chains.base.contracts.OPG.address
    const logs = await devnet.base.rpc.call<any[]>('eth_getLogs', [
      { fromBlock: '0x0', toBlock: upTo, address: opg, topics: [toEventSelector('Transfer(address,address,uint256)')] },
    ])
    const rows = await query<{ id: string }>(dbUrl, 'select id from transfer')
    t.sameSet(
      `base transfers up to block ${height}`,
      rows.map((r) => r.id),
      logs.map(logId),
    )
    const [sums] = await query<{ daily: string | null; rows: string }>(
      dbUrl,
      `select (select sum(transfers) from base_daily_stat) daily, (select count(*) from transfer) rows`,
    )
    t.equal(`base_daily_stat.transfers total at block ${height}`, Number(sums.daily ?? 0), Number(sums.rows))
  }
  return t
}
