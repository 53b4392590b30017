/**
 * A contract's deploy block by binary search on eth_getCode: the lowest block at which it has code.
 *
 * Empty code at a block the node holds state for means "not deployed yet". An error about missing
 * state means "this node does not keep state that old" (a pruned, non-archive node): the search then
 * stops and says so, because taking it for "no code" would start indexing after the contract's
 * first events and silently lose them.
 */
import { hexQuantity, NodeError, quantity, type RpcCall } from './start-blocks-rpc'

// geth and its forks, erigon, nethermind, reth, anvil (states beyond its history limit), and Cosmos
// EVM (iavl "version does not exist")
const MISSING_STATE = [
  /BlockOutOfRange/i,
  /block height is \d+ but requested was \d+/i,
  /missing trie node/i,
  /header not found/i,
  /pruned/i,
  /state (is )?not available/i,
  /state histor(y|ies)/i,
  /historical state/i,
  /required historical state unavailable/i,
  /distance to target block exceeds/i,
  /no state (available|found)/i,
  /old data not available/i,
  /version does not exist/i,
  /failed to load state/i,
  /unknown block/i,
  /block not found/i,
  /state not found/i,
  /archive/i,
]

export const isMissingState = (message: string) => MISSING_STATE.some((p) => p.test(message))

export class NotArchiveError extends Error {
  constructor(
    readonly block: number,
    readonly nodeMessage: string,
  ) {
    super(
      `the node holds no state at block ${block} ("${nodeMessage.slice(0, 160)}"): it is not an archive node for that height, so a contract's deploy block cannot be found on it`,
    )
  }
}

/** Code at a block: true when the contract has code there, false when it has none yet. */
export async function hasCodeAt(call: RpcCall, address: string, block: number): Promise<boolean> {
  try {
    const code = await call<string>('eth_getCode', [address, hexQuantity(block)])
    if (typeof code !== 'string' || !/^0x[0-9a-f]*$/i.test(code))
      throw new Error(`eth_getCode(${address}, ${block}): not hex: ${JSON.stringify(code)?.slice(0, 80)}`)
    return code.length > 2
  } catch (error) {
    if (error instanceof NodeError && isMissingState(error.nodeMessage)) throw new NotArchiveError(block, error.nodeMessage)
    throw error
  }
}

export interface DeployBlock {
  address: string
  block: number
  /** eth_getCode calls made */
  probes: number
}

/** The first block at which `address` has code, searched in 0..head. */
export async function findDeployBlock(call: RpcCall, address: string, head?: number): Promise<DeployBlock> {
  const top = head ?? quantity(await call('eth_blockNumber'), 'eth_blockNumber')
  let probes = 1
  if (!(await hasCodeAt(call, address, top)))
    throw new Error(`${address} has no code at the head (block ${top}): it is not deployed on this chain, or the profile names the wrong address or chain`)
  probes++
  if (await hasCodeAt(call, address, 0)) return { address, block: 0, probes }
  // code at hi, none at lo
  let lo = 0
  let hi = top
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2)
    probes++
    if (await hasCodeAt(call, address, mid)) hi = mid
    else lo = mid
  }
  return { address, block: hi, probes }
}
