/**
 * A Walrus-aggregator front that loses or corrupts chosen blobs on purpose, so the expected verdict
 * of every settlement is known exactly: the simulator's own faults plus the blobs named here. The
 * devnet blob store behind it keeps its own knobs (latency, 503s) for outages.
 */
import http from 'node:http'
import { freePort } from '@og-explorer/devnet'

export interface BlobProxyPlan {
  /** answered 404 whenever the store would have served them: these settlements must end MISSING */
  missing?: Iterable<string>
  /** answered 200 with half the blob and trailing garbage: these must end INVALID */
  corrupt?: Iterable<string>
}

export interface BlobProxy {
  url: string
  setPlan(plan: BlobProxyPlan): void
  /** how many answers this proxy replaced with a loss or a corruption */
  injected(): { missing: number; corrupt: number }
  close(): Promise<void>
}

export async function startBlobProxy(upstreamUrl: string, initial: BlobProxyPlan = {}): Promise<BlobProxy> {
  const upstream = new URL(upstreamUrl)
  const agent = new http.Agent({ keepAlive: true })
  let missing = new Set<string>()
  let corrupt = new Set<string>()
  const counts = { missing: 0, corrupt: 0 }
  const setPlan = (plan: BlobProxyPlan) => {
    missing = new Set(plan.missing ?? [])
    corrupt = new Set(plan.corrupt ?? [])
  }
  setPlan(initial)

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    const id = decodeURIComponent(path.split('?')[0].replace(/^\/v1\/blobs\//, ''))
    const request = http.request({ host: upstream.hostname, port: upstream.port, path, method: req.method, agent }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (c) => chunks.push(c))
      response.on('end', () => {
        let body = Buffer.concat(chunks)
        // only a real answer can be lost or corrupted; an outage upstream stays an outage
        if (response.statusCode === 200 && missing.has(id)) {
          counts.missing++
          res.writeHead(404, { 'content-type': 'application/json' })
          return res.end(JSON.stringify({ error: 'blob not found' }))
        }
        if (response.statusCode === 200 && corrupt.has(id)) {
          counts.corrupt++
          body = Buffer.concat([body.subarray(0, body.length >> 1), Buffer.from('\u0000corrupted-in-transit')])
        }
        res.writeHead(response.statusCode ?? 502, {
          'content-type': String(response.headers['content-type'] ?? 'application/octet-stream'),
          'content-length': body.length,
        })
        res.end(body)
      })
    })
    request.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    request.end()
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    setPlan,
    injected: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      }),
  }
}
