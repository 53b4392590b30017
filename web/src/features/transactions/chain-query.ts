/** One transaction as a chain's node reports it (the API's `transaction`, api/src/chain). */
import type { Chain } from '@og-explorer/common'
import { typed } from '../../api/document'
import type { ChainTransactionQuery, ChainTransactionQueryVariables } from '../../generated/graphql'

export const CHAIN_TRANSACTION_QUERY = typed<ChainTransactionQuery, ChainTransactionQueryVariables>(/* GraphQL */ `
query ChainTransaction($chain: ChainName!, $hash: String!) {
  transaction(chain: $chain, hash: $hash) {
    chain hash chainReads found status blockNumber confirmations timestamp from to createdContract value
    gasUsed effectiveGasPrice executionFee l1Fee fee
    method { selector name signature }
    logs { logIndex address event contract signature topics data args { name type value indexed hashed } }
  }
}`)

export type ChainTx = ChainTransactionQuery['transaction']

/** the native coin each chain's fees and values are paid in */
export const NATIVE_COIN: Record<Chain, string> = { og: 'OPG', base: 'ETH' }
