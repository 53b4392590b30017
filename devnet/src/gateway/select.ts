/**
 * Which items and blocks a worker answers with, given the chain data of a block range. Same
 * semantics as a SQD worker (and as the client-side filter of @subsquid/evm-processor's RPC source):
 * a missing filter matches everything, an empty list matches nothing; relations pull in the log's
 * transaction, the transaction's logs and a log's siblings. Every answer ends with the last block it
 * covers, even when that block has nothing in it, so the client knows where to ask next; a worker
 * that has gathered enough items stops at a block boundary and answers only that prefix of the range.
 */
import { num, sighashOf, type RpcLog, type RpcTransaction } from './chain-data'
import type { ArchiveQuery, LogRequest, TransactionRequest } from './query'

const inList = (values: string[] | undefined, value: string | undefined) =>
  values === undefined || (value !== undefined && values.includes(value.toLowerCase()))

export function matchLog(req: LogRequest, log: RpcLog): boolean {
  return (
    inList(req.address, log.address) &&
    inList(req.topic0, log.topics[0]) &&
    inList(req.topic1, log.topics[1]) &&
    inList(req.topic2, log.topics[2]) &&
    inList(req.topic3, log.topics[3])
  )
}

export function matchTransaction(req: TransactionRequest, tx: RpcTransaction): boolean {
  return (
    inList(req.from, tx.from) &&
    inList(req.to, tx.to ?? undefined) &&
    inList(req.sighash, sighashOf(tx.input)) &&
    (req.type === undefined || req.type.includes(num(tx.type ?? '0x0')))
  )
}

/** True when a relation needs every log of a transaction, not only the ones a filter matched. */
export function needsAllLogs(query: ArchiveQuery): boolean {
  return !!query.logs?.some((r) => r.transactionLogs) || !!query.transactions?.some((r) => r.logs)
}

export function needsLogs(query: ArchiveQuery): boolean {
  return (query.logs?.length ?? 0) > 0 || needsAllLogs(query)
}

/**
 * The addresses eth_getLogs can be narrowed to, when every log filter names its addresses and no
 * relation needs a transaction's other logs; undefined means all logs of the range are needed.
 */
export function logAddressHint(query: ArchiveQuery): string[] | undefined {
  if (needsAllLogs(query) || !query.logs?.length || query.logs.some((r) => r.address === undefined)) return undefined
  return [...new Set(query.logs.flatMap((r) => r.address!))]
}

/** Hashes of the transactions that matched logs pull in (when no transaction filter loads them all). */
export function transactionsForLogs(query: ArchiveQuery, logs: RpcLog[]): string[] {
  const wanted = (query.logs ?? []).filter((r) => r.transaction)
  if (wanted.length === 0) return []
  return [...new Set(logs.filter((log) => wanted.some((r) => matchLog(r, log))).map((log) => log.transactionHash))]
}

export interface SelectedBlock {
  number: number
  logs: RpcLog[]
  transactions: RpcTransaction[]
}

export interface Selection {
  /** the last block this answer covers: the client continues from the next one */
  lastBlock: number
  blocks: SelectedBlock[]
}

const txKey = (block: number, index: number) => `${block}:${index}`

/**
 * Selects the answer for blocks `from`..`to` (already capped at the dataset height and the worker's
 * chunk). `logs` holds the range's logs (all of them when needsAllLogs), `transactions` every
 * transaction a request can reach. Stops after the first block at which `maxItems` is reached.
 */
export function selectBlocks(
  query: ArchiveQuery,
  range: { from: number; to: number },
  logs: RpcLog[],
  transactions: RpcTransaction[],
  maxItems: number,
): Selection {
  const logsOfTx = new Map<string, RpcLog[]>()
  for (const log of logs) {
    const key = txKey(num(log.blockNumber), num(log.transactionIndex))
    const list = logsOfTx.get(key)
    if (list) list.push(log)
    else logsOfTx.set(key, [log])
  }
  const txByKey = new Map(transactions.map((tx) => [txKey(num(tx.blockNumber), num(tx.transactionIndex)), tx]))
  const includedLogs = new Set<RpcLog>()
  const includedTx = new Set<string>()

  for (const req of query.logs ?? []) {
    for (const log of logs) {
      if (!matchLog(req, log)) continue
      includedLogs.add(log)
      const key = txKey(num(log.blockNumber), num(log.transactionIndex))
      if (req.transaction) includedTx.add(key)
      if (req.transactionLogs) for (const sibling of logsOfTx.get(key) ?? []) includedLogs.add(sibling)
    }
  }
  for (const req of query.transactions ?? []) {
    for (const [key, tx] of txByKey) {
      if (!matchTransaction(req, tx)) continue
      includedTx.add(key)
      if (req.logs) for (const log of logsOfTx.get(key) ?? []) includedLogs.add(log)
    }
  }

  const byBlock = new Map<number, SelectedBlock>()
  const block = (n: number) => {
    let b = byBlock.get(n)
    if (!b) byBlock.set(n, (b = { number: n, logs: [], transactions: [] }))
    return b
  }
  for (const log of includedLogs) {
    const n = num(log.blockNumber)
    if (n >= range.from && n <= range.to) block(n).logs.push(log)
  }
  for (const key of includedTx) {
    const tx = txByKey.get(key)
    if (!tx) throw new Error(`transaction ${key} was not loaded`)
    const n = num(tx.blockNumber)
    if (n >= range.from && n <= range.to) block(n).transactions.push(tx)
  }
  if (query.includeAllBlocks) for (let n = range.from; n <= range.to; n++) block(n)
  block(range.to)

  const ordered = [...byBlock.values()].sort((a, b) => a.number - b.number)
  const blocks: SelectedBlock[] = []
  let items = 0
  for (const b of ordered) {
    b.logs.sort((x, y) => num(x.logIndex) - num(y.logIndex))
    b.transactions.sort((x, y) => num(x.transactionIndex) - num(y.transactionIndex))
    blocks.push(b)
    items += b.logs.length + b.transactions.length
    if (items >= maxItems && b.number < range.to) return { lastBlock: b.number, blocks }
  }
  return { lastBlock: range.to, blocks }
}
