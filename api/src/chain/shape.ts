import { decodeLog, methodOf } from './abi/registry'
import { hexBigInt, hexNumber, type RpcBlock, type RpcLog, type RpcReceipt, type RpcTransaction } from './rpc-types'

/** Node answers (hex quantities) → the GraphQL types of schema/chain.graphql.ts. */

const seconds = (hex: string) => new Date((hexNumber(hex) as number) * 1000)

export function logOf(log: RpcLog) {
  const decoded = decodeLog(log.topics, log.data)
  return {
    logIndex: hexNumber(log.logIndex) as number,
    address: log.address.toLowerCase(),
    event: decoded?.name ?? null,
    contract: decoded?.contract ?? null,
    signature: decoded?.signature ?? null,
    args: decoded?.args ?? null,
    topics: log.topics,
    data: log.data,
  }
}

export function txSummaryOf(tx: RpcTransaction, block: Pick<RpcBlock, 'timestamp'> | null) {
  return {
    hash: tx.hash,
    from: tx.from.toLowerCase(),
    to: tx.to?.toLowerCase() ?? null,
    value: (hexBigInt(tx.value) ?? 0n).toString(),
    method: methodOf(tx.input),
    blockNumber: hexNumber(tx.blockNumber) as number,
    timestamp: block ? seconds(block.timestamp) : null,
  }
}

export function blockSummaryOf(block: RpcBlock) {
  return {
    number: hexNumber(block.number) as number,
    hash: block.hash,
    timestamp: seconds(block.timestamp),
    txCount: block.transactions.length,
    gasUsed: (hexBigInt(block.gasUsed) ?? 0n).toString(),
    miner: block.miner.toLowerCase(),
  }
}

/** fee = gasUsed × effectiveGasPrice, plus the L1 data fee OP-stack receipts (Base) carry */
export function feesOf(tx: RpcTransaction, receipt: RpcReceipt & { l1Fee?: string }) {
  const gasUsed = hexBigInt(receipt.gasUsed) ?? 0n
  const price = hexBigInt(receipt.effectiveGasPrice ?? tx.gasPrice) ?? 0n
  const l1Fee = hexBigInt(receipt.l1Fee)
  const executionFee = gasUsed * price
  return {
    gasUsed: gasUsed.toString(),
    effectiveGasPrice: price.toString(),
    executionFee: executionFee.toString(),
    l1Fee: l1Fee?.toString() ?? null,
    fee: (executionFee + (l1Fee ?? 0n)).toString(),
  }
}

export { seconds as blockTime }
