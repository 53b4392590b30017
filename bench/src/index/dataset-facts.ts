/**
 * Chain truth for a Base dataset, read from its blocks rather than from a node: there is none behind
 * a synthetic dataset. One pass over every chunk, keeping what the comparison needs and no more,
 * so a seed-scale dataset fits in memory: counts and order-free digests of the row ids the indexer
 * must write, each OPG holder's balance and transfer counts, and per-day counts.
 * The rules are the ones the devnet's chain-truth comparison applies to eth_getLogs
 * (testkit/src/faults/truth-base.ts): OPG transfers one for one, accounts with their balances, a
 * payment per proxy event in a transaction that moved OPG, unlocks out of vesting contracts and
 * distributors, swaps of the pool. OPG is an OpenZeppelin ERC-20, so its balances change only by
 * Transfer events: summing them is what balanceOf would answer.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { dayId } from '@og-explorer/common'
import { readDeployments } from '@og-explorer/devnet'
import { columnIndex, headerOf, LOG_COLUMNS, rowsOf, sectionsOf } from '@og-explorer/devnet/lib/dataset/format'
import { DatasetReader } from '@og-explorer/devnet/lib/dataset/reader'
import * as erc20 from '@og-explorer/indexer/lib/abi/ERC20'
import * as pool from '@og-explorer/indexer/lib/abi/UniswapV3Pool'
import * as exact from '@og-explorer/indexer/lib/abi/X402ExactProxy'

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/** An order-free digest of a set of strings: the sum of the first 60 bits of each one's md5 (Postgres computes the same). */
export const digestOf = (value: string) => BigInt(`0x${createHash('md5').update(value).digest('hex').slice(0, 15)}`)

/** the same digest over a SQL expression, summed over rows */
export const sqlDigest = (expression: string) => `coalesce(sum(('x' || substr(md5(${expression}), 1, 15))::bit(60)::bigint), 0)::text`

export class IdSet {
  count = 0
  digest = 0n
  add(id: string): void {
    this.count++
    this.digest += digestOf(id)
  }
}

export interface Holder {
  balance: bigint
  transfersIn: number
  transfersOut: number
}

export interface DatasetFacts {
  blocks: number
  /** logs of the contracts the Base processor asks for (OPG, the x402 proxies, the pool): its events */
  events: number
  transfers: IdSet
  payments: IdSet
  unlocks: IdSet
  swaps: IdSet
  holders: Map<string, Holder>
  /** per UTC day (YYYY-MM-DD) */
  daily: { transfers: Map<string, number>; payments: Map<string, number>; swaps: Map<string, number> }
  /** OPG held by the non-circulating labelled accounts at the dataset's end */
  nonCirculatingHeld: bigint
  lastDay: string | null
}

const topicAddress = (topic: string) => `0x${topic.slice(26)}`.toLowerCase()
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

export async function readDatasetFacts(dir: string): Promise<DatasetFacts> {
  const deployments = readDeployments(path.join(dir, 'deployments.json'))
  const contracts = deployments.chains.base.contracts
  const opg = contracts.OPG.address.toLowerCase()
  const proxies = new Set([contracts.X402ExactPermit2Proxy.address.toLowerCase(), contracts.X402UptoPermit2Proxy.address.toLowerCase()])
  const poolAddress = contracts.OPG_USDC_Pool.address.toLowerCase()
  const sources = new Set(deployments.labels.filter((l) => l.category === 'vesting' || l.category === 'distributor').map((l) => l.address.toLowerCase()))
  const settledTopics = new Set([exact.events.Settled.topic, exact.events.SettledWithPermit.topic])
  const col = columnIndex(LOG_COLUMNS)

  const facts: DatasetFacts = {
    blocks: 0,
    events: 0,
    transfers: new IdSet(),
    payments: new IdSet(),
    unlocks: new IdSet(),
    swaps: new IdSet(),
    holders: new Map(),
    daily: { transfers: new Map(), payments: new Map(), swaps: new Map() },
    nonCirculatingHeld: 0n,
    lastDay: null,
  }
  const holder = (address: string) => {
    let h = facts.holders.get(address)
    if (!h) facts.holders.set(address, (h = { balance: 0n, transfersIn: 0, transfersOut: 0 }))
    return h
  }

  const reader = DatasetReader.open(dir, { cachedChunks: 1 })
  for (const chunk of reader.manifest.chunks) {
    for (const line of await reader.chunk(chunk)) {
      facts.blocks++
      const [headerSection, , logSection] = sectionsOf(line)
      if (logSection === '') continue
      const day = dayId(Number(BigInt(headerOf(headerSection).timestamp)) * 1000)
      facts.lastDay = day
      const movedOpg = new Set<string>()
      const settled: { id: string; tx: string }[] = []
      for (const c of rowsOf(logSection)) {
        const address = (JSON.parse(c[col.address]) as string).toLowerCase()
        if (address !== opg && address !== poolAddress && !proxies.has(address)) continue
        facts.events++
        const topics = JSON.parse(c[col.topics]) as string[]
        const tx = JSON.parse(c[col.transactionHash]) as string
        const id = `${tx}-${Number(BigInt(JSON.parse(c[col.logIndex]) as string))}`
        if (address === opg && topics[0] === erc20.events.Transfer.topic) {
          const from = topicAddress(topics[1])
          const to = topicAddress(topics[2])
          const amount = BigInt(JSON.parse(c[col.data]) as string)
          facts.transfers.add(id)
          bump(facts.daily.transfers, day)
          const out = holder(from)
          out.balance -= amount
          out.transfersOut++
          const into = holder(to)
          into.balance += amount
          into.transfersIn++
          movedOpg.add(tx)
          if (sources.has(from)) facts.unlocks.add(id)
        } else if (address === poolAddress && topics[0] === pool.events.Swap.topic) {
          facts.swaps.add(id)
          bump(facts.daily.swaps, day)
        } else if (proxies.has(address) && settledTopics.has(topics[0])) settled.push({ id, tx })
      }
      // a payment is a proxy event in a transaction that moved OPG (other users settle other tokens there)
      for (const s of settled)
        if (movedOpg.has(s.tx)) {
          facts.payments.add(s.id)
          bump(facts.daily.payments, day)
        }
    }
  }
  for (const l of deployments.labels) if (!l.circulating) facts.nonCirculatingHeld += facts.holders.get(l.address.toLowerCase())?.balance ?? 0n
  return facts
}
