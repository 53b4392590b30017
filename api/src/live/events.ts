import type { Chain } from '../heads'

/** An indexed head as the live stream saw it. */
export interface LiveHead {
  chain: Chain
  height: number
  hash: string
  /** when this API process first saw the head at this height: the processors' status tables keep no block time */
  observedAt: string
}

export type LiveHeads = Record<Chain, LiveHead | null>

export interface LiveSettlement {
  id: string
  kind: string
  txHash: string
  blockNumber: number
  timestamp: string
  status: string
  inferenceCount: number
  teeId: string | null
}

export interface LivePayment {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  scheme: string
  payer: string
  payee: string
  amount: string
  amountUsd: string
  teeId: string | null
}

/** One push: the heads, and the rows indexed since the previous push (newest first, capped). */
export interface LiveEvent {
  heads: LiveHeads
  newSettlements: LiveSettlement[]
  newPayments: LivePayment[]
  /** more settlements arrived than one push carries: a list showing them should refetch */
  settlementsTruncated: boolean
  paymentsTruncated: boolean
  /** this subscriber read too slowly and earlier pushes were dropped: refetch what it shows */
  missed: boolean
}

/** Where the hub reads from: the indexed heads and the rows in a block range `(after, upTo]`. */
export interface LiveSource {
  heads(): Promise<Record<Chain, { height: number; hash: string } | null>>
  settlements(after: number, upTo: number, limit: number): Promise<LiveSettlement[]>
  payments(after: number, upTo: number, limit: number): Promise<LivePayment[]>
}
