import type { Deployments } from '@og-explorer/devnet'
import type { Chain } from '../results/schema'

async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await r.json()) as { result: T }).result
}

// The contracts whose logs the Base processor asks for (the indexer's Base processor config); other
// Base logs (USDC and other tokens, vesting, the distributor) never reach it, so they are not its events.
const BASE_INGESTED = new Set(['opg-token', 'x402-exact-proxy', 'x402-upto-proxy', 'dex-pool'])

/** The chain's head and how many logs its processor will be handed, counted straight from the node. */
export async function countLogs(deployments: Deployments, chain: Chain): Promise<{ head: number; events: number }> {
  const c = deployments.chains[chain]
  const addresses = Object.values(c.contracts)
    .filter((x) => chain !== 'base' || BASE_INGESTED.has(x.kind))
    .map((x) => x.address)
  const head = Number(await rpc<string>(c.rpcUrl, 'eth_blockNumber'))
  let events = 0
  for (let from = 0; from <= head; from += 2000) {
    const logs = await rpc<unknown[]>(c.rpcUrl, 'eth_getLogs', [
      { fromBlock: `0x${from.toString(16)}`, toBlock: `0x${Math.min(head, from + 1999).toString(16)}`, address: addresses },
    ])
    events += logs.length
  }
  return { head, events }
}
