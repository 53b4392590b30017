import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)

export interface StaticAsset {
  type: string
  body: Buffer
  gzip: Buffer
  /** a strong ETag: the content's hash */
  etag: string
}

/** Compressed on libuv's thread pool, not on the event loop, so a big asset never stalls requests. */
export async function makeAsset(type: string, content: string | Buffer): Promise<StaticAsset> {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content)
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return { type, body, gzip: await gzipAsync(body, { level: 6 }), etag }
}

/** 304 on a matching If-None-Match; gzip when the client takes it; HEAD without a body. */
export function assetResponse(
  Res: typeof Response,
  request: Request,
  asset: StaticAsset,
  cacheControl: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': cacheControl,
    etag: asset.etag,
    vary: 'accept-encoding',
    ...extraHeaders,
  }
  const tags = (request.headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''))
  if (tags.includes(asset.etag) || tags.includes('*')) return new Res(null, { status: 304, headers })
  const useGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
  const body = useGzip ? asset.gzip : asset.body
  if (useGzip) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(body.length)
  return new Res(request.method === 'HEAD' ? null : (body as unknown as BodyInit), { status: 200, headers })
}
