/**
 * Shapes blocks, transactions and logs into the archive's JSON: only the selected fields, with
 * counters (block number, timestamp, indexes, nonce, type, status) as plain numbers and amounts
 * (gas, value, fees) as hex, which is what @subsquid/evm-processor's archive validator expects.
 * A field the chain does not have (anvil has no L1 fee fields) is left out, never invented.
 */
import { num, sighashOf, type RpcHeader, type RpcLog, type RpcReceipt, type RpcTransaction } from './chain-data'
import type { FieldSelection } from './query'

type Kind = 'nat' | 'hex'

/** header fields a query may select (number, hash and parentHash are always sent) */
export const HEADER_FIELDS: Record<string, Kind> = {
  timestamp: 'nat',
  size: 'nat',
  l1BlockNumber: 'nat',
  nonce: 'hex',
  sha3Uncles: 'hex',
  logsBloom: 'hex',
  transactionsRoot: 'hex',
  stateRoot: 'hex',
  receiptsRoot: 'hex',
  mixHash: 'hex',
  miner: 'hex',
  difficulty: 'hex',
  totalDifficulty: 'hex',
  extraData: 'hex',
  gasLimit: 'hex',
  gasUsed: 'hex',
  baseFeePerGas: 'hex',
}

export const TRANSACTION_FIELDS: Record<string, Kind> = {
  hash: 'hex',
  from: 'hex',
  to: 'hex',
  input: 'hex',
  gas: 'hex',
  gasPrice: 'hex',
  maxFeePerGas: 'hex',
  maxPriorityFeePerGas: 'hex',
  value: 'hex',
  v: 'hex',
  r: 'hex',
  s: 'hex',
  nonce: 'nat',
  yParity: 'nat',
  chainId: 'nat',
  type: 'nat',
}

/** transaction fields that live in the receipt */
export const RECEIPT_FIELDS: Record<string, Kind> = {
  gasUsed: 'hex',
  cumulativeGasUsed: 'hex',
  effectiveGasPrice: 'hex',
  contractAddress: 'hex',
  status: 'nat',
  l1Fee: 'hex',
  l1GasPrice: 'hex',
  l1GasUsed: 'hex',
  l1BlobBaseFee: 'hex',
  l1FeeScalar: 'hex',
  l1BlobBaseFeeScalar: 'nat',
  l1BaseFeeScalar: 'nat',
}

export const LOG_FIELDS: Record<string, Kind> = { transactionHash: 'hex', address: 'hex', data: 'hex', topics: 'hex' }

const selected = (selection: Record<string, boolean> | undefined) => Object.keys(selection ?? {}).filter((k) => selection![k])

function copy(out: Record<string, unknown>, source: Record<string, unknown>, field: string, kind: Kind): void {
  const value = source[field]
  if (value === undefined) return
  out[field] = value !== null && kind === 'nat' ? num(value as string) : value
}

/** True when the selection asks for a field only a receipt has. */
export function needsReceipts(fields: FieldSelection | undefined): boolean {
  return selected(fields?.transaction).some((f) => f in RECEIPT_FIELDS)
}

export function projectHeader(header: RpcHeader, fields: FieldSelection | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { number: num(header.number), hash: header.hash, parentHash: header.parentHash }
  for (const f of selected(fields?.block)) if (HEADER_FIELDS[f]) copy(out, header, f, HEADER_FIELDS[f])
  return out
}

export function projectTransaction(tx: RpcTransaction, receipt: RpcReceipt | undefined, fields: FieldSelection | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { transactionIndex: num(tx.transactionIndex) }
  for (const f of selected(fields?.transaction)) {
    if (f === 'sighash') out.sighash = sighashOf(tx.input)
    else if (RECEIPT_FIELDS[f]) {
      if (!receipt) throw new Error(`receipt of ${tx.hash} was not loaded`)
      copy(out, receipt, f, RECEIPT_FIELDS[f])
    } else if (TRANSACTION_FIELDS[f]) copy(out, tx, f, TRANSACTION_FIELDS[f])
  }
  return out
}

export function projectLog(log: RpcLog, fields: FieldSelection | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { logIndex: num(log.logIndex), transactionIndex: num(log.transactionIndex) }
  for (const f of selected(fields?.log)) if (LOG_FIELDS[f]) copy(out, log as unknown as Record<string, unknown>, f, LOG_FIELDS[f])
  return out
}
