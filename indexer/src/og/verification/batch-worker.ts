import { parentPort } from 'node:worker_threads'
import { analyzeBatchBlob } from '@og-explorer/proofs'

/**
 * Worker thread for the CPU-heavy half of batch verification (JSON parse, Merkle rebuild, one
 * RSA-PSS check per leaf), so it runs on another core while the chain pipeline reads and writes.
 * Messages: `{ keys: [teeId, publicKey][] }` adds known keys; `{ id, body }` asks for an analysis.
 */
const keys = new Map<string, string>()

parentPort?.on('message', (message: { keys?: [string, string][]; id?: number; body?: string }) => {
  if (message.keys) for (const [teeId, key] of message.keys) keys.set(teeId, key)
  if (message.id !== undefined && message.body !== undefined) {
    parentPort!.postMessage({ id: message.id, analysis: analyzeBatchBlob(message.body, (teeId) => keys.get(teeId.toLowerCase())) })
  }
})
