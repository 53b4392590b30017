/**
 * The archive answer's JSON written by concatenation: the same text as JSON.stringify of the
 * blocks project.ts shapes, without building an object per item first (an answer holds thousands of
 * items, and those objects were what the gateway's time and garbage went to). The field selection is
 * turned into a plan once per query; each item then writes `"field":value` for the planned fields
 * in the order project.ts gives them: the fixed fields first, then the selection's own key order.
 * answer-json.test.ts holds it to project.ts + JSON.stringify.
 */
import { num, sighashOf, type RpcHeader, type RpcLog, type RpcReceipt, type RpcTransaction } from './chain-data'
import { HEADER_FIELDS, LOG_FIELDS, RECEIPT_FIELDS, TRANSACTION_FIELDS } from './project'
import type { FieldSelection } from './query'

/** where a selected field's value comes from, and whether it is written as a number */
interface PlannedField {
  /** `,"name":` ready to be written */
  key: string
  name: string
  nat: boolean
  from: 'item' | 'receipt' | 'sighash'
}

export interface AnswerPlan {
  header: PlannedField[]
  transaction: PlannedField[]
  log: PlannedField[]
}

const selected = (selection: Record<string, boolean> | undefined) => Object.keys(selection ?? {}).filter((k) => selection![k])
const field = (name: string, nat: boolean, from: PlannedField['from']): PlannedField => ({ key: `,${JSON.stringify(name)}:`, name, nat, from })

export function planAnswer(fields: FieldSelection | undefined): AnswerPlan {
  const header: PlannedField[] = []
  for (const f of selected(fields?.block)) if (HEADER_FIELDS[f]) header.push(field(f, HEADER_FIELDS[f] === 'nat', 'item'))
  const transaction: PlannedField[] = []
  for (const f of selected(fields?.transaction)) {
    if (f === 'sighash') transaction.push(field(f, false, 'sighash'))
    else if (RECEIPT_FIELDS[f]) transaction.push(field(f, RECEIPT_FIELDS[f] === 'nat', 'receipt'))
    else if (TRANSACTION_FIELDS[f]) transaction.push(field(f, TRANSACTION_FIELDS[f] === 'nat', 'item'))
  }
  const log: PlannedField[] = []
  for (const f of selected(fields?.log)) if (LOG_FIELDS[f]) log.push(field(f, LOG_FIELDS[f] === 'nat', 'item'))
  return { header, transaction, log }
}

/** characters JSON.stringify would escape (hex never has them; anything else is written by JSON.stringify) */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function jsonValue(value: unknown): string {
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (value[i] === undefined ? 'null' : jsonValue(value[i]))
    return `${out}]`
  }
  return JSON.stringify(value)
}

/** the fields of one item after its fixed ones; a field the item lacks is left out, as project.ts does */
function writeFields(plan: PlannedField[], item: Record<string, unknown>, receipt: RpcReceipt | undefined, hashForError: unknown): string {
  let out = ''
  for (const f of plan) {
    let value: unknown
    if (f.from === 'item') value = item[f.name]
    else if (f.from === 'sighash') value = sighashOf(item.input as string)
    else {
      if (!receipt) throw new Error(`receipt of ${hashForError} was not loaded`)
      value = receipt[f.name]
    }
    if (value === undefined) continue
    out += f.key + (value !== null && f.nat ? String(num(value as string)) : jsonValue(value))
  }
  return out
}

export function headerJson(plan: AnswerPlan, header: RpcHeader): string {
  return `{"number":${num(header.number)},"hash":${jsonValue(header.hash)},"parentHash":${jsonValue(header.parentHash)}${writeFields(plan.header, header, undefined, undefined)}}`
}

export function transactionJson(plan: AnswerPlan, tx: RpcTransaction, receipt: RpcReceipt | undefined): string {
  return `{"transactionIndex":${num(tx.transactionIndex)}${writeFields(plan.transaction, tx, receipt, tx.hash)}}`
}

export function logJson(plan: AnswerPlan, log: RpcLog): string {
  return `{"logIndex":${num(log.logIndex)},"transactionIndex":${num(log.transactionIndex)}${writeFields(plan.log, log as unknown as Record<string, unknown>, undefined, undefined)}}`
}

/** one block of the answer: `{"header":…,"transactions":[…],"logs":[…]}` */
export function blockJson(plan: AnswerPlan, header: RpcHeader, transactions: RpcTransaction[], logs: RpcLog[], receipts: Map<string, RpcReceipt>): string {
  let out = `{"header":${headerJson(plan, header)},"transactions":[`
  for (let i = 0; i < transactions.length; i++) out += (i === 0 ? '' : ',') + transactionJson(plan, transactions[i], receipts.get(transactions[i].hash))
  out += '],"logs":['
  for (let i = 0; i < logs.length; i++) out += (i === 0 ? '' : ',') + logJson(plan, logs[i])
  return `${out}]}`
}
