import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
// the same module the API process uses to serve the app
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWebHandler } = require('../../server.js') as typeof import('../server')

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void

export interface WebServer {
  url: string
  close(): Promise<void>
}

export const DIST_DIR = path.resolve(__dirname, '../../dist')

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) v.forEach((x) => headers.append(k, x))
    else if (v !== undefined) headers.set(k, v)
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers })
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  if (!response.body) return void res.end()
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
}

/** Forwards a request to the API at `apiUrl` unchanged (body streamed), for a server that is not in this process. */
function proxyTo(apiUrl: string): NodeListener {
  return (req, res) => {
    const target = new URL(req.url ?? '/', apiUrl)
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', (err) => {
      res.statusCode = 502
      res.end(`API unreachable at ${apiUrl}: ${err.message}`)
    })
    req.pipe(upstream)
  }
}

/**
 * One port for the app and the API, as `npm start` will have it once the API mounts
 * createWebHandler: the web handler answers what it owns, everything else goes to the API
 * (a node request listener such as a yoga instance, or the URL of a running API).
 */
export async function startWebServer(options: { api: NodeListener | string; distDir?: string; port?: number; host?: string }): Promise<WebServer> {
  const web = createWebHandler(options.distDir ?? DIST_DIR)
  const api = typeof options.api === 'string' ? proxyTo(options.api) : options.api
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer((req, res) => {
    const origin = `http://${req.headers.host ?? host}`
    web(toRequest(req, origin))
      .then((response) => (response ? send(res, response) : api(req, res)))
      .catch((err: Error) => {
        res.statusCode = 500
        res.end(err.message)
      })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
