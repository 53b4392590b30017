/**
 * The TEE nodes' lifecycle as the chain tells it, for tests that check what the indexer made of it:
 * per node, its (last) registration time and the spans it was disabled, read from the registries'
 * TEERegistered / TEEDisabled / TEEEnabled logs and their blocks' times. Independent of the indexer's
 * code on purpose.
 */
import type { JsonRpcClient } from '@og-explorer/devnet'
import { toEventSelector } from 'viem'

const REGISTERED = toEventSelector('TEERegistered(bytes32,address,uint8)')
const DISABLED = toEventSelector('TEEDisabled(bytes32)')
const ENABLED = toEventSelector('TEEEnabled(bytes32)')

export interface ChainTeeLifecycle {
  /** unix seconds of the node's last registration */
  registeredAt: number
  /** [disabled, enabled again) in unix seconds; the end is null while the node is still disabled */
  disabled: Array<[number, number | null]>
}

/** Every node registered on `registries`, by lowercase id, from block 0 to the latest block. */
export async function teeLifecycleFromChain(rpc: JsonRpcClient, registries: string[]): Promise<Map<string, ChainTeeLifecycle>> {
  const logs = await rpc.call<Array<{ topics: string[]; blockNumber: string; logIndex: string }>>('eth_getLogs', [
    { fromBlock: '0x0', toBlock: 'latest', address: registries, topics: [[REGISTERED, DISABLED, ENABLED]] },
  ])
  logs.sort((a, b) => Number(a.blockNumber) - Number(b.blockNumber) || Number(a.logIndex) - Number(b.logIndex))
  const times = new Map<string, number>()
  const nodes = new Map<string, ChainTeeLifecycle>()
  for (const log of logs) {
    if (!times.has(log.blockNumber))
      times.set(log.blockNumber, Number((await rpc.call<{ timestamp: string }>('eth_getBlockByNumber', [log.blockNumber, false])).timestamp))
    const at = times.get(log.blockNumber)!
    const id = log.topics[1].toLowerCase()
    if (log.topics[0] === REGISTERED) nodes.set(id, { registeredAt: at, disabled: [] })
    else if (log.topics[0] === DISABLED) nodes.get(id)?.disabled.push([at, null])
    else {
      const open = nodes.get(id)?.disabled.at(-1)
      if (open && open[1] === null) open[1] = at
    }
  }
  return nodes
}
