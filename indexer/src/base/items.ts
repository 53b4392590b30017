import * as proxy from '../abi/X402ExactProxy'
import { PaymentScheme } from '../model'
import { decodeOpgLog, type OpgTransfer } from './transfers/decode'
import { matchPayment, type MatchedPayment, type TxTransfer } from './payments/decode'
import { decodeSettleCall } from './payments/settle'
import { decodePoolLog, type PoolSwap } from './swaps/decode'
import type { BaseSetup } from './setup'

/** The parts of a Subsquid log and block this pass reads (the processor's types satisfy them). */
export interface ItemLog {
  address: string
  topics: string[]
  data: string
  logIndex: number
  transactionHash: string
  transaction?: { input: string; to?: string }
}
export interface ItemHeader {
  height: number
  timestamp: number
}
export interface ItemBlock<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> {
  header: H
  logs: L[]
}

/** One decoded log of a trusted Base contract, labelled with its event: the Base pipeline's item. */
export type BaseItem<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> = TransferItem<H, L> | PaymentItem<H, L> | SwapItem<H, L>
export type TransferItem<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> = { kind: 'transfer'; header: H; log: L; transfer: OpgTransfer }
export type PaymentItem<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> = {
  kind: 'payment'
  header: H
  log: L
  scheme: PaymentScheme
  withPermit: boolean
  payment: MatchedPayment
}
export type SwapItem<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> = { kind: 'swap'; header: H; log: L; swap: PoolSwap }

export interface BlockItems<H extends ItemHeader = ItemHeader, L extends ItemLog = ItemLog> {
  header: H
  items: BaseItem<H, L>[]
}

export type IssueSink = (header: ItemHeader, log: ItemLog, reason: string, detail: string) => void

/**
 * Decodes a batch's logs into items, in chain order, before anything is loaded: the ids to prefetch
 * come from them. Payments are paired with their OPG transfer here, since both sit in the same
 * transaction and the transfer always comes first. Logs from untrusted addresses are dropped; a
 * trusted log that does not decode goes to `issue` and the batch goes on.
 */
export function collectBaseItems<H extends ItemHeader, L extends ItemLog>(blocks: ItemBlock<H, L>[], setup: BaseSetup, issue: IssueSink): BlockItems<H, L>[] {
  const transfersByTx = new Map<string, TxTransfer[]>()
  const claimedByTx = new Map<string, Set<number>>()
  return blocks.map((block) => {
    const items: BaseItem<H, L>[] = []
    const header = block.header
    for (const log of block.logs) {
      const kind = setup.kinds.get(log.address.toLowerCase())
      if (!kind) continue // the processor filters by address already; this keeps forged logs out regardless
      try {
        if (kind === 'opg') {
          const transfer = decodeOpgLog(log)
          if (!transfer) continue
          items.push({ kind: 'transfer', header, log, transfer })
          const list = transfersByTx.get(log.transactionHash) ?? []
          transfersByTx.set(log.transactionHash, list)
          list.push({ logIndex: log.logIndex, ...transfer })
        } else if (kind === 'pool') {
          const swap = decodePoolLog(log, setup.pool!)
          if (swap) items.push({ kind: 'swap', header, log, swap })
        } else {
          const withPermit = log.topics[0] === proxy.events.SettledWithPermit.topic
          if (!withPermit && log.topics[0] !== proxy.events.Settled.topic) continue
          const scheme = kind === 'x402-exact' ? 'exact' : 'upto'
          const tx = log.transaction
          const call = tx && tx.to?.toLowerCase() === log.address.toLowerCase() ? decodeSettleCall(scheme, tx.input) : undefined
          const claimed = claimedByTx.get(log.transactionHash) ?? new Set<number>()
          claimedByTx.set(log.transactionHash, claimed)
          const match = matchPayment(log.logIndex, call, transfersByTx.get(log.transactionHash) ?? [], claimed, setup.opg, setup.relays)
          if (!match.ok) {
            if (match.reason === 'no-transfer')
              issue(block.header, log, 'payment-transfer-missing', 'the settle call names OPG but no matching OPG transfer precedes the event')
            continue
          }
          if (match.payment.fromTransferOnly) {
            const why = tx ? `input ${tx.input.slice(0, 10)} to ${tx.to ?? 'contract creation'} is not a direct settle call` : 'no transaction input'
            issue(block.header, log, 'payment-input-undecodable', `${why}; payer and payee taken from OPG transfer log ${match.payment.transferLogIndex}`)
          }
          items.push({
            kind: 'payment',
            header,
            log,
            scheme: scheme === 'exact' ? PaymentScheme.EXACT : PaymentScheme.UPTO,
            withPermit,
            payment: match.payment,
          })
        }
      } catch (error) {
        issue(block.header, log, 'undecodable-log', `${kind}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return { header: block.header, items }
  })
}
