import http from 'node:http'
import https from 'node:https'

export interface HttpGetResult {
  status: number
  body: string
}

export interface HttpGetOptions {
  timeoutMs: number
  /** answers larger than this are refused (an aggregator serving garbage must not exhaust memory) */
  maxBytes: number
}

// Keep-alive agents: the fetcher asks one aggregator for thousands of blobs. node:http costs far less
// per request than fetch (undici), whose request setup showed up in the OG processor's CPU profile.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
}

/** GET a URL as UTF-8 text. Rejects on transport errors, timeouts and oversized bodies. */
export function httpGetText(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : undefined
    if (!client) return reject(new Error(`unsupported protocol ${target.protocol}`))
    // a deadline for the whole answer: a server dripping bytes slowly must not hold a slot forever
    const deadline = setTimeout(() => request.destroy(new Error(`no complete answer within ${options.timeoutMs} ms`)), options.timeoutMs)
    const done =
      <T>(settle: (value: T) => void) =>
      (value: T) => {
        clearTimeout(deadline)
        settle(value)
      }
    const request = client.get(target, { agent: agents[target.protocol as 'http:' | 'https:'] }, (response) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > options.maxBytes) {
          done(reject)(new Error(`answer larger than ${options.maxBytes} bytes`))
          response.destroy()
          request.destroy()
          return
        }
        chunks.push(chunk)
      })
      response.on('end', () => done(resolve)({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', done(reject))
    })
    request.on('error', done(reject))
  })
}
