/** Reading chain truth straight from anvil, and tallying how the database compares with it. */
import { toEventSelector } from 'viem'
import type { JsonRpcClient } from '@og-explorer/devnet'

export interface RawLog {
  address: string
  topics: string[]
  data: string
  blockNumber: string
  transactionHash: string
  logIndex: string
}

/** the id the indexer gives a row keyed by a log */
export const logId = (l: RawLog) => `${l.transactionHash}-${Number(BigInt(l.logIndex))}`
export const blockOf = (l: RawLog) => Number(BigInt(l.blockNumber))
export const lowerAll = (addresses: string[]) => addresses.map((a) => a.toLowerCase())

/** One chain as eth_getLogs and eth_call see it at `latest`, with block timestamps cached. */
export class ChainView {
  private readonly timestamps = new Map<number, number>()

  constructor(readonly rpc: JsonRpcClient) {}

  async logs(address: string | string[], signature: string, skip: ReadonlySet<string> = new Set()): Promise<RawLog[]> {
    const logs = await this.rpc.call<RawLog[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: 'latest', address, topics: [toEventSelector(signature)] }])
    return logs.filter((l) => !skip.has(logId(l)))
  }

  /** UTC day (YYYY-MM-DD) of each log's block, fetched 100 headers per request */
  async days(logs: RawLog[]): Promise<string[]> {
    const wanted = [...new Set(logs.map(blockOf))].filter((b) => !this.timestamps.has(b))
    for (let i = 0; i < wanted.length; i += 100) {
      const slice = wanted.slice(i, i + 100)
      const blocks = await this.rpc.batch<any>(slice.map((b) => ({ method: 'eth_getBlockByNumber', params: [`0x${b.toString(16)}`, false] })))
      slice.forEach((b, j) => this.timestamps.set(b, Number(BigInt(blocks[j].timestamp))))
    }
    return logs.map((l) => new Date(this.timestamps.get(blockOf(l))! * 1000).toISOString().slice(0, 10))
  }

  async callMany(calls: { to: string; data: string }[]): Promise<string[]> {
    const out: string[] = []
    for (let i = 0; i < calls.length; i += 200) {
      out.push(...(await this.rpc.batch<string>(calls.slice(i, i + 200).map((c) => ({ method: 'eth_call', params: [c, 'latest'] })))))
    }
    return out
  }
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

/** What a comparison found: how many values it held against the chain, and every difference. */
export interface TruthReport {
  rowsCompared: number
  mismatches: string[]
}

export class Tally implements TruthReport {
  rowsCompared = 0
  readonly mismatches: string[] = []

  equal(label: string, inDatabase: unknown, onChain: unknown): void {
    this.rowsCompared++
    if (String(inDatabase) !== String(onChain)) this.mismatches.push(`${label}: ${inDatabase} in the database, ${onChain} on chain`)
  }

  /** the same members, each compared once */
  sameSet(label: string, inDatabase: Iterable<string>, onChain: Iterable<string>): void {
    const db = new Set(inDatabase)
    const chain = new Set(onChain)
    this.rowsCompared += Math.max(db.size, chain.size)
    const extra = [...db].filter((x) => !chain.has(x))
    const missing = [...chain].filter((x) => !db.has(x))
    if (extra.length || missing.length) {
      const eg = (xs: string[]) => xs.slice(0, 3).join(', ')
      this.mismatches.push(
        `${label}: ${missing.length} missing from the database${missing.length ? ` (${eg(missing)})` : ''}, ${extra.length} not on chain${extra.length ? ` (${eg(extra)})` : ''}`,
      )
    }
  }

  /** per-key counts (a key absent on one side counts 0 there) */
  sameCounts(label: string, inDatabase: Map<string, number>, onChain: Map<string, number>): void {
    const keys = new Set([...inDatabase.keys(), ...onChain.keys()])
    const wrong: string[] = []
    for (const k of keys) {
      const a = inDatabase.get(k) ?? 0
      const b = onChain.get(k) ?? 0
      this.rowsCompared++
      if (a !== b) wrong.push(`${k}: ${a} vs ${b}`)
    }
    if (wrong.length) this.mismatches.push(`${label} (database vs chain) differ for ${wrong.length} keys: ${wrong.slice(0, 4).join('; ')}`)
  }

  merge(other: TruthReport): void {
    this.rowsCompared += other.rowsCompared
    this.mismatches.push(...other.mismatches)
  }
}
