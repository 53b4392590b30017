/**
 * The gateway's answer from a dataset's block lines (dataset/format.ts, version 2) without decoding
 * them: the same blocks as select.ts picks and the same text as project.ts + JSON.stringify gives
 * (dataset-answer.test.ts holds it to both), but each selected field's stored JSON text is copied
 * into the answer as it is. Only the rows a query looks at are split into columns; nothing is parsed
 * but block numbers, indexes and the topics a topic filter reads.
 *
 * The semantics are select.ts's: a missing filter matches everything, an empty list nothing; a
 * relation pulls in the log's transaction, the transaction's logs or a log's siblings (always within
 * its block); every answer ends with the last block of the range; a full answer stops at a block.
 */
import { columnIndex, COLUMN_SEPARATOR, HEADER_COLUMNS, LOG_COLUMNS, RECEIPT_COLUMNS, ROW_SEPARATOR, sectionsOf, TRANSACTION_COLUMNS } from '../dataset/format'
import { planAnswer, type AnswerPlan } from './answer-json'
import { sighashOf } from './chain-data'
import { hexToNumber } from './hex-number'
import { needsReceipts } from './project'
import { QueryError, type ArchiveQuery } from './query'
import { logAddressHint, needsLogs } from './select'

const H = columnIndex(HEADER_COLUMNS)
const T = columnIndex(TRANSACTION_COLUMNS)
const L = columnIndex(LOG_COLUMNS)
const R = columnIndex(RECEIPT_COLUMNS)

export interface DatasetAnswer {
  /** the answer's JSON text */
  json: string
  /** the last block it covers */
  lastBlock: number
  blocks: number
  /** logs plus transactions */
  items: number
}

/** a filter list as the column texts it matches (lowercase, quoted); undefined matches everything */
type Filter = Set<string> | undefined
const filter = (values: string[] | undefined): Filter => (values === undefined ? undefined : new Set(values.map((v) => `"${v}"`)))

const UPPER = /[A-Z]/
/** a stored column's text ('' when absent) against a filter, as select.ts's inList (chains give lowercase hex: lowercased only when it is not) */
const matches = (f: Filter, text: string) => f === undefined || f.has(text) || (UPPER.test(text) && f.has(text.toLowerCase()))

/** the value a column's text stands for, for the few columns read as values */
const stringOf = (text: string) => (text.includes('\\') ? (JSON.parse(text) as string) : text.slice(1, -1))
const numberOf = (text: string) => (text.charCodeAt(0) === 34 ? hexToNumber(stringOf(text)) : hexToNumber(JSON.parse(text)))

interface Row {
  columns: string[]
  /** transactionIndex, and for logs logIndex */
  txIndex: number
  index: number
  included: boolean
}

/** the text of one column of a stored row, found without splitting the row */
function columnOf(row: string, column: number): string {
  let start = 0
  for (let k = 0; k < column; k++) start = row.indexOf(COLUMN_SEPARATOR, start) + 1
  const end = row.indexOf(COLUMN_SEPARATOR, start)
  return end < 0 ? row.slice(start) : row.slice(start, end)
}

/**
 * The rows of a section. With `only`, rows whose `only.column` does not match are skipped before
 * they are split: a chain's other contracts' logs cost a lookup, not a row.
 */
function rowsOf(section: string, indexColumn: number, txIndexColumn: number, only?: { column: number; filter: Filter }): Row[] {
  if (section === '') return []
  const out: Row[] = []
  for (const text of section.split(ROW_SEPARATOR)) {
    if (only && !matches(only.filter, columnOf(text, only.column))) continue
    const columns = text.split(COLUMN_SEPARATOR)
    out.push({ columns, index: numberOf(columns[indexColumn]), txIndex: numberOf(columns[txIndexColumn]), included: false })
  }
  return out
}

/** a field's text in the answer: the stored text, or the number a counter's hex stands for; undefined leaves it out */
function fieldText(text: string | undefined, nat: boolean): string | undefined {
  if (text === undefined || text === '') return undefined
  if (!nat || text === 'null') return text
  return String(numberOf(text))
}

function fields(plan: AnswerPlan['header'], columns: string[], index: Record<string, number>, receipt: string[] | undefined): string {
  let out = ''
  for (const f of plan) {
    let text: string | undefined
    if (f.from === 'sighash') {
      const input = columns[T.input]
      if (input === '' || input === 'null') throw new Error('a transaction without input has no sighash')
      text = JSON.stringify(sighashOf(stringOf(input)))
    } else if (f.from === 'receipt') text = fieldText(receipt![R[f.name]], f.nat)
    else text = fieldText(columns[index[f.name]], f.nat)
    if (text !== undefined) out += f.key + text
  }
  return out
}

const byIndex = (a: Row, b: Row) => a.index - b.index

/** Answers `query` for blocks range.from..range.to, whose stored lines are `lines` (in order). */
export function answerFromLines(
  query: ArchiveQuery,
  range: { from: number; to: number },
  lines: string[],
  maxItems: number,
  hasReceipts: boolean,
): DatasetAnswer {
  const plan = planAnswer(query.fields)
  const withReceipts = needsReceipts(query.fields)
  const withLogs = needsLogs(query)
  const logRequests = (query.logs ?? []).map((r) => ({
    address: filter(r.address),
    topics: [filter(r.topic0), filter(r.topic1), filter(r.topic2), filter(r.topic3)],
    byTopic: r.topic0 !== undefined || r.topic1 !== undefined || r.topic2 !== undefined || r.topic3 !== undefined,
    transaction: !!r.transaction,
    transactionLogs: !!r.transactionLogs,
  }))
  const txRequests = (query.transactions ?? []).map((r) => ({
    from: filter(r.from),
    to: filter(r.to),
    sighash: r.sighash,
    type: r.type,
    logs: !!r.logs,
  }))
  const withTransactions = txRequests.length > 0 || logRequests.some((r) => r.transaction)
  // when no relation needs a transaction's other logs, only the logs of the addresses asked for are read (as eth_getLogs is narrowed)
  const addresses = logAddressHint(query)
  const onlyAddresses = addresses === undefined ? undefined : { column: L.address, filter: filter(addresses) }

  const parts: string[] = []
  let items = 0
  let blocks = 0
  let lastBlock = range.to
  for (let i = 0; i < lines.length; i++) {
    const n = range.from + i
    const [headerSection, txSection, logSection, receiptSection] = sectionsOf(lines[i])
    const logs = withLogs ? rowsOf(logSection, L.logIndex, L.transactionIndex, onlyAddresses) : []
    const txs = withTransactions ? rowsOf(txSection, T.transactionIndex, T.transactionIndex) : []
    const txByIndex = new Map<number, Row>()
    for (const tx of txs) txByIndex.set(tx.txIndex, tx)
    const includeTx = (txIndex: number) => {
      const tx = txByIndex.get(txIndex)
      if (!tx) throw new Error(`transaction ${n}:${txIndex} was not loaded`)
      tx.included = true
    }
    const includeLogsOf = (txIndex: number) => {
      for (const log of logs) if (log.txIndex === txIndex) log.included = true
    }

    for (const req of logRequests) {
      for (const log of logs) {
        const c = log.columns
        if (!matches(req.address, c[L.address])) continue
        if (req.byTopic) {
          const topics = (c[L.topics] === '' ? [] : JSON.parse(c[L.topics])) as string[]
          if (!req.topics.every((f, k) => f === undefined || (topics[k] !== undefined && f.has(`"${topics[k].toLowerCase()}"`)))) continue
        }
        log.included = true
        if (req.transaction) includeTx(log.txIndex)
        if (req.transactionLogs) includeLogsOf(log.txIndex)
      }
    }
    for (const req of txRequests) {
      for (const tx of txs) {
        const c = tx.columns
        if (!matches(req.from, c[T.from]) || !matches(req.to, c[T.to])) continue
        if (req.sighash !== undefined && (c[T.input] === '' || !req.sighash.includes(sighashOf(stringOf(c[T.input])).toLowerCase()))) continue
        if (req.type !== undefined && !req.type.includes(c[T.type] === '' || c[T.type] === 'null' ? 0 : numberOf(c[T.type]))) continue
        tx.included = true
        if (req.logs) includeLogsOf(tx.txIndex)
      }
    }

    const selectedLogs = logs.filter((l) => l.included).sort(byIndex)
    const selectedTxs = txs.filter((t) => t.included).sort(byIndex)
    if (selectedLogs.length === 0 && selectedTxs.length === 0 && !query.includeAllBlocks && n !== range.to) continue

    const h = headerSection.split(COLUMN_SEPARATOR)
    // fragments go to one list joined once at the end (one copy), not into a string per block
    parts.push(
      `${blocks === 0 ? '' : ','}{"header":{"number":${numberOf(h[H.number])},"hash":${h[H.hash]},"parentHash":${h[H.parentHash]}${fields(plan.header, h, H, undefined)}},"transactions":[`,
    )
    if (selectedTxs.length > 0 && withReceipts && !hasReceipts) throw new QueryError('the query selects receipt fields and this dataset keeps no receipts')
    const receipts = withReceipts && selectedTxs.length > 0 ? receiptSection.split(ROW_SEPARATOR) : []
    for (let k = 0; k < selectedTxs.length; k++) {
      const tx = selectedTxs[k]
      const receipt = withReceipts ? receipts[txs.indexOf(tx)]?.split(COLUMN_SEPARATOR) : undefined
      if (withReceipts && receipt?.[R.transactionHash] !== tx.columns[T.hash]) throw new Error(`the receipt of ${tx.columns[T.hash]} is not stored beside it`)
      parts.push(`${k === 0 ? '' : ','}{"transactionIndex":${tx.txIndex}${fields(plan.transaction, tx.columns, T, receipt)}}`)
    }
    parts.push('],"logs":[')
    for (let k = 0; k < selectedLogs.length; k++) {
      const log = selectedLogs[k]
      parts.push(`${k === 0 ? '' : ','}{"logIndex":${log.index},"transactionIndex":${log.txIndex}${fields(plan.log, log.columns, L, undefined)}}`)
    }
    parts.push(']}')
    blocks++
    items += selectedLogs.length + selectedTxs.length
    if (items >= maxItems && n < range.to) {
      lastBlock = n
      break
    }
  }
  return { json: `[${parts.join('')}]`, lastBlock, blocks, items }
}
