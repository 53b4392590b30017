/**
 * HTTP front for the blob store, shaped like a Walrus aggregator:
 *   GET /v1/blobs/<blobId> → 200 application/octet-stream | 404 {"error":"blob not found"}
 *                            | 400 {"error":"invalid blob id"} (ids: [A-Za-z0-9_-]{1,128})
 *                            | 503 {"code":"BLOB_UNAVAILABLE",…} past the storage period, when one is set
 *
 * Storage period (like Walrus, which keeps a blob for the epochs paid at upload): with `retention`
 * set, a blob stored (store.storedAt) more than `days` before `now()` is answered 503
 * BLOB_UNAVAILABLE, as newer aggregators do for expired blobs. `now` defaults to the wall clock; a
 * devnet replaying history passes its chain's time. Off unless set (setRetention changes it).
 *   other methods on /v1/blobs/* → 405;  GET /healthz → 200 {"ok":true};  anything else → 404
 * HEAD is answered like GET without a body.
 *
 * Fault injection (for indexer fault tests), changeable at runtime with setFaults():
 *   latencyMs   delay before answering each blob request
 *   failRate    fraction answered 503 {"error":"injected failure"}
 *   garbageRate fraction answered 200 with corrupted bytes (first half of the blob + "\0garbage",
 *               never valid JSON)
 * Decisions use a deterministic counter n over blob requests (reset by setFaults), with
 * low-discrepancy sequences frac(n·φ) and frac(n·√2) (offset by `seed`) instead of Math.random:
 * the k-th blob request after setFaults always gets the same fate.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { isValidBlobId } from '@og-explorer/proofs'
import type { BlobStore } from './store'

export interface BlobFaults {
  latencyMs?: number
  failRate?: number
  garbageRate?: number
  /** shifts the deterministic sequences; default 0 */
  seed?: number
}

export interface BlobRetention {
  days: number
  /** the storage period's clock, ms since the epoch; default Date.now */
  now?: () => number
}

export interface BlobServerStats {
  requests: number
  served: number
  notFound: number
  expired: number
  injectedFailures: number
  injectedGarbage: number
}

export interface BlobServer {
  url: string
  port: number
  setFaults(faults: BlobFaults): void
  /** turns the storage period on (or off with undefined) */
  setRetention(retention: BlobRetention | undefined): void
  stats(): BlobServerStats
  close(): Promise<void>
}

const PHI = (Math.sqrt(5) - 1) / 2
const SQRT2 = Math.SQRT2 - 1
const frac = (x: number) => x - Math.floor(x)

function checkRate(name: string, v: number | undefined): number {
  const r = v ?? 0
  if (!(r >= 0 && r <= 1)) throw new RangeError(`${name} must be in [0, 1]`)
  return r
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

export async function startBlobServer(opts: { store: BlobStore; host?: string; port?: number; retention?: BlobRetention }): Promise<BlobServer> {
  const { store } = opts
  const host = opts.host ?? '127.0.0.1'
  let faults: Required<BlobFaults> = { latencyMs: 0, failRate: 0, garbageRate: 0, seed: 0 }
  let n = 0
  const stats: BlobServerStats = { requests: 0, served: 0, notFound: 0, expired: 0, injectedFailures: 0, injectedGarbage: 0 }
  let retention = opts.retention
  const isExpired = (id: string) => {
    if (!retention) return false
    const storedAt = store.storedAt(id)
    return storedAt !== undefined && (retention.now ?? Date.now)() - storedAt > retention.days * 86_400_000
  }

  const handleBlob = (req: http.IncomingMessage, res: http.ServerResponse, id: string) => {
    const k = n++
    stats.requests++
    const fail = frac((k + 1 + faults.seed) * PHI) < faults.failRate
    const garbage = !fail && frac((k + 1 + faults.seed) * SQRT2) < faults.garbageRate
    const respond = () => {
      if (res.destroyed) return
      if (fail) {
        stats.injectedFailures++
        return json(res, 503, { error: 'injected failure' })
      }
      let body: Buffer | undefined
      try {
        body = store.get(id)
      } catch {
        return json(res, 500, { error: 'storage error' })
      }
      if (!body) {
        stats.notFound++
        return json(res, 404, { error: 'blob not found' })
      }
      if (isExpired(id)) {
        stats.expired++
        return json(res, 503, { code: 'BLOB_UNAVAILABLE', error: 'blob is past its storage period' })
      }
      if (garbage) {
        stats.injectedGarbage++
        body = Buffer.concat([body.subarray(0, body.length >> 1), Buffer.from('\0garbage')])
      } else {
        stats.served++
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
      res.end(req.method === 'HEAD' ? undefined : body)
    }
    if (faults.latencyMs > 0) setTimeout(respond, faults.latencyMs)
    else respond()
  }

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]
    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' })
      return json(res, 200, { ok: true })
    }
    if (pathname.startsWith('/v1/blobs/') || pathname === '/v1/blobs') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' })
      const id = pathname.slice('/v1/blobs/'.length)
      if (!isValidBlobId(id)) return json(res, 400, { error: 'invalid blob id' })
      return handleBlob(req, res, id)
    }
    return json(res, 404, { error: 'not found' })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${urlHost}:${port}`,
    port,
    setFaults(f) {
      faults = {
        latencyMs: Math.max(0, f.latencyMs ?? 0),
        failRate: checkRate('failRate', f.failRate),
        garbageRate: checkRate('garbageRate', f.garbageRate),
        seed: f.seed ?? 0,
      }
      n = 0
    },
    setRetention(next) {
      if (next && !(next.days >= 0)) throw new RangeError('retention days must be ≥ 0')
      retention = next
    },
    stats: () => ({ ...stats }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}
