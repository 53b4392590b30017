/** Blocks and the newest transactions as the chains' nodes report them (the API's block, latestBlocks, latestTransactions). */
import type { Chain } from '@og-explorer/common'
import { typed } from '../../api/document'
import type { BlockQuery, BlockQueryVariables, LatestChainQuery, LatestChainQueryVariables } from '../../generated/graphql'

export const BLOCK_QUERY = typed<BlockQuery, BlockQueryVariables>(/* GraphQL */ `
query Block($chain: ChainName!, $number: Int!, $txOffset: Int!, $txLimit: Int!) {
  block(chain: $chain, number: $number, txOffset: $txOffset, txLimit: $txLimit) {
    chain number chainReads hash parentHash timestamp txCount gasUsed gasLimit baseFeePerGas miner confirmations
    transactions { hash from to value blockNumber method { selector name } }
  }
}`)

export const LATEST_CHAIN_QUERY = typed<LatestChainQuery, LatestChainQueryVariables>(/* GraphQL */ `
query LatestChain($chain: ChainName!, $limit: Int!) {
  latestBlocks(chain: $chain, limit: $limit) { chain chainReads head blocks { number hash timestamp txCount gasUsed miner } }
  latestTransactions(chain: $chain, limit: $limit) { chain chainReads transactions { hash from to value blockNumber timestamp method { selector name } } }
}`)

export const TX_PAGE_SIZE = 25

/** The latest-on-chain panel's variables for the page's URL (the overview's prefetch asks with the same ones). */
export function latestChainVariables(params: URLSearchParams): { chain: Chain; limit: number } {
  return { chain: params.get('latest') === 'base' ? 'base' : 'og', limit: 6 }
}
