/**
 * `node bench/lib/index/serve-dataset.js DIR`: what stands in for Base's network when a processor
 * backfills a dataset with no chain behind it, in one process so its CPU and memory are measured
 * apart from the processor's: the SQD gateway over the dataset, and the read-only JSON-RPC endpoint
 * (devnet/src/dataset/head-rpc.ts) for the chain id, the head and headers, and for a synthetic OG
 * dataset the state reads it recorded and its blob store (the Walrus stand-in over DIR/blobs).
 * Prints one JSON line with the URLs when they listen; on SIGTERM, one with what was asked of them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { startBlobServer } from '@og-explorer/devnet/lib/blobstore/server'
import { createBlobStore } from '@og-explorer/devnet/lib/blobstore/store'
import { startDatasetRpc } from '@og-explorer/devnet/lib/dataset/head-rpc'
import { startGatewayServer } from '@og-explorer/devnet/lib/gateway/server'

export interface ServedDataset {
  gatewayUrl: string
  rpcUrl: string
  /** the blob store over DIR/blobs, when the dataset has one (OG) */
  blobStoreUrl?: string
}

export interface ServedRequests {
  /** JSON-RPC methods asked, with how many times */
  rpcAsked: Record<string, number>
  /** those the endpoint refused (a method a node would have answered) */
  rpcRefused: Record<string, number>
  gatewayQueries: number
  /** eth_call reads answered from the recorded state, by function (OG) */
  stateReads?: Record<string, number>
  /** blob requests, and how many were answered with a blob (OG) */
  blobs?: { requests: number; served: number }
}

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: serve-dataset.js DIR')
  const blobDir = path.join(dir, 'blobs')
  const dataset = fs.existsSync(blobDir) ? 'og-devnet' : 'base-devnet'
  const [gateway, rpc] = await Promise.all([startGatewayServer({ datasetDir: dir, dataset }), startDatasetRpc({ datasetDir: dir })])
  const blobServer = fs.existsSync(blobDir) ? await startBlobServer({ store: createBlobStore(blobDir) }) : undefined
  const ready: ServedDataset = { gatewayUrl: gateway.url, rpcUrl: rpc.url, blobStoreUrl: blobServer?.url }
  console.log(JSON.stringify(ready))
  process.once('SIGTERM', async () => {
    const served: ServedRequests = { rpcAsked: rpc.asked(), rpcRefused: rpc.refused(), gatewayQueries: gateway.stats().queries }
    if (blobServer) {
      const stats = blobServer.stats()
      served.stateReads = rpc.stateReads()
      served.blobs = { requests: stats.requests, served: stats.served }
    }
    console.log(JSON.stringify(served))
    await Promise.all([gateway.close(), rpc.close(), blobServer?.close()])
    process.exit(0)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
