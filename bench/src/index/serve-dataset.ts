/**
 * `node bench/lib/index/serve-dataset.js DIR`: what stands in for Base's network when a processor
 * backfills a dataset with no chain behind it, in one process so its CPU and memory are measured
 * apart from the processor's: the SQD gateway over the dataset, and the read-only JSON-RPC endpoint
 * (devnet/src/dataset/head-rpc.ts) for the chain id, the head and headers.
 * Prints one JSON line with both URLs when they listen; on SIGTERM, one with what was asked of them.
 */
import { startDatasetRpc } from '@og-explorer/devnet/lib/dataset/head-rpc'
import { startGatewayServer } from '@og-explorer/devnet/lib/gateway/server'

export interface ServedDataset {
  gatewayUrl: string
  rpcUrl: string
}

export interface ServedRequests {
  /** JSON-RPC methods asked, with how many times */
  rpcAsked: Record<string, number>
  /** those the endpoint refused (a method a node would have answered) */
  rpcRefused: Record<string, number>
  gatewayQueries: number
}

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: serve-dataset.js DIR')
  const [gateway, rpc] = await Promise.all([startGatewayServer({ datasetDir: dir }), startDatasetRpc({ datasetDir: dir })])
  const ready: ServedDataset = { gatewayUrl: gateway.url, rpcUrl: rpc.url }
  console.log(JSON.stringify(ready))
  process.once('SIGTERM', async () => {
    const served: ServedRequests = { rpcAsked: rpc.asked(), rpcRefused: rpc.refused(), gatewayQueries: gateway.stats().queries }
    console.log(JSON.stringify(served))
    await Promise.all([gateway.close(), rpc.close()])
    process.exit(0)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
