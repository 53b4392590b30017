import type { KeyObject } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { signTeeMessage } from '@og-explorer/proofs'

/**
 * Worker thread for the simulator's RSA-PSS signatures (RSA-2048 signing is costly), so they run on
 * another core while the main thread waits on the chains.
 * Messages: `{ keys: [keyId, KeyObject][] }` adds keys; `{ batch, jobs: [keyId, digest][] }` asks for
 * signatures, answered as `{ batch, signatures }` in job order.
 */
const keys = new Map<number, KeyObject>()

parentPort?.on('message', (message: { keys?: [number, KeyObject][]; batch?: number; jobs?: [number, Uint8Array][] }) => {
  if (message.keys) for (const [id, key] of message.keys) keys.set(id, key)
  if (message.jobs) {
    try {
      const signatures = message.jobs.map(([keyId, digest]) => {
        const key = keys.get(keyId)
        if (!key) throw new Error(`signer worker has no key ${keyId}`)
        return signTeeMessage(key, digest)
      })
      parentPort!.postMessage({ batch: message.batch, signatures })
    } catch (error) {
      parentPort!.postMessage({ batch: message.batch, error: error instanceof Error ? error.message : String(error) })
    }
  }
})
