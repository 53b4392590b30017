import type { Chain } from '@og-explorer/common'
import { ErrorCode, apiError } from '../errors'
import { ChainUnavailableError } from './rpc-client'

const LABEL: Record<Chain, string> = { og: 'OpenGradient chain', base: 'Base' }

/**
 * Runs chain reads and turns a node that did not answer (timeout, 429 or 5xx after retries, a JSON-RPC error) into
 * CHAIN_UNAVAILABLE with a plain message; the node's own words stay in the server log. Other errors pass through to
 * the API's masking.
 */
export async function readingChain<T>(chain: Chain, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof ChainUnavailableError)) throw error
    console.warn(`[chain ${chain}] ${error.message}`)
    throw apiError(ErrorCode.CHAIN_UNAVAILABLE, `the ${LABEL[chain]} node did not answer; try again in a moment`, { chain })
  }
}
