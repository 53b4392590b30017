/** One transaction's events, on whichever chain it is. */
import type { Chain } from '@og-explorer/common'
import { typed } from '../../api/document'
import type { TransactionQuery, TransactionQueryVariables } from '../../generated/graphql'

export const TRANSACTION_QUERY = typed<TransactionQuery, TransactionQueryVariables>(/* GraphQL */ `
query Transaction($hash: String!) {
  settlements(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id kind status inferenceCount merkleRoot blockNumber timestamp }
  heartbeats(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id blockNumber timestamp reportedAt tee { id endpoint } }
  stakingEvents(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id kind amount delegator blockNumber timestamp validator { id moniker } dstValidator { id moniker } }
  commissionChanges(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id rate previousRate blockNumber timestamp validator { id moniker } }
  payments(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id scheme amount amountUsd teeId blockNumber timestamp payer { id label } payee { id label } }
  transfers(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id amount blockNumber timestamp from { id label } to { id label } }
  swaps(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id amountOpg amountUsdc priceUsd volumeUsd blockNumber timestamp sender recipient }
  unlocks(where: { txHash_eq: $hash }, orderBy: [id_ASC], limit: 50) { id allocation amount beneficiary source blockNumber timestamp }
}`)

/** Which chain a transaction is on, from what it contains (the two chains' hashes never collide in practice). */
export function chainOf(tx: TransactionQuery): Chain | null {
  if (tx.settlements.length + tx.heartbeats.length + tx.stakingEvents.length + tx.commissionChanges.length > 0) return 'og'
  if (tx.payments.length + tx.transfers.length + tx.swaps.length + tx.unlocks.length > 0) return 'base'
  return null
}
