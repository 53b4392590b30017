import type { Chain } from '../util/metrics'
import type { NodeReader } from './node-reader'
import { SettingError } from '../util/setting-error'

/**
 * A processor pointed at the wrong chain would index foreign blocks under our addresses and, worse,
 * take their hashes for a reorg of ours. So the node's eth_chainId must equal the profile's before
 * anything else happens; a node that does not answer is asked again a few times, then the processor
 * stops rather than guess.
 */

/** how long to wait before each further attempt when the node does not answer */
export const CHAIN_ID_RETRY_DELAYS_MS = [1_000, 3_000, 10_000]

export async function verifyChainId(options: {
  chain: Chain
  node: NodeReader
  expected: number
  /** the variable that set the endpoint, for the message */
  variable: string
  retryDelaysMs?: number[]
  sleep?: (ms: number) => Promise<void>
  log?: (line: string) => void
}): Promise<void> {
  const delays = options.retryDelaysMs ?? CHAIN_ID_RETRY_DELAYS_MS
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  let lastError = ''
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    if (attempt > 0) await sleep(delays[attempt - 1])
    let got: number
    try {
      got = await options.node.chainId()
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
      options.log?.(
        `[${options.chain}] could not read the chain id from ${options.node.endpoint} (${lastError})${attempt < delays.length ? '; trying again' : ''}`,
      )
      continue
    }
    if (got === options.expected) return
    throw new SettingError(
      `[${options.chain}] wrong chain: ${options.node.endpoint} (${options.variable}) answers eth_chainId ${got}, but the profile expects ${options.expected}. ` +
        `Nothing was indexed or changed. Point ${options.variable} at a node of chain ${options.expected}, or choose the matching PROFILE.`,
    )
  }
  throw new Error(
    `[${options.chain}] cannot read eth_chainId from ${options.node.endpoint} (${options.variable}) after ${delays.length + 1} attempts: ${lastError}. ` +
      `Nothing was indexed or changed; the processor checks again at its next start.`,
  )
}
