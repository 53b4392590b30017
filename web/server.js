'use strict'
// Serves the built web app (web/dist) from the API's process, so `npm start` has one URL.
// Dependency-free CommonJS on purpose: the API requires it without a bundler or a build step.
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')
// the page table the app's router uses: a path no page owns is answered 404, an alias is redirected
const { matchAppRoute, resolveAlias } = require('@og-explorer/common')

/** Paths the API owns; the web handler never answers them. */
const API_PATHS = /^\/(graphql|export|healthz|readyz|metrics)(\/|$|\?)/

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/**
 * @param {string} [distDir] the Vite build output, web/dist by default
 * @returns {(request: Request) => Promise<Response | null>} null for requests it does not own
 */
function createWebHandler(distDir = path.join(__dirname, 'dist')) {
  const root = path.resolve(distDir)
  /** hashed assets are read and compressed once */
  const cache = new Map()

  async function load(file, immutable) {
    const hit = immutable ? cache.get(file) : undefined
    if (hit) return hit
    let stat
    try {
      stat = await fs.promises.stat(file)
    } catch {
      return null
    }
    if (!stat.isFile()) return null
    const body = await fs.promises.readFile(file)
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream'
    const entry = {
      body,
      gzip: COMPRESSIBLE.test(type) && body.length > 1024 ? zlib.gzipSync(body, { level: 6 }) : null,
      type,
      etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    }
    if (immutable) cache.set(file, entry)
    return entry
  }

  function respond(request, entry, cacheControl, status = 200) {
    const headers = {
      'content-type': entry.type,
      'cache-control': cacheControl,
      etag: entry.etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    }
    if (status === 200 && request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
    const gzip = entry.gzip && /\bgzip\b/.test(request.headers.get('accept-encoding') || '')
    const body = gzip ? entry.gzip : entry.body
    if (gzip) headers['content-encoding'] = 'gzip'
    headers['content-length'] = String(body.length)
    return new Response(request.method === 'HEAD' ? null : body, { status, headers })
  }

  return async function handle(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null
    let pathname
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname)
    } catch {
      return null
    }
    if (API_PATHS.test(pathname)) return null
    const file = path.resolve(root, `.${path.posix.normalize(pathname)}`)
    // never outside dist, whatever the path says
    if (file !== root && !file.startsWith(root + path.sep)) return null
    const immutable = pathname.startsWith('/assets/')
    if (pathname !== '/' && !pathname.endsWith('/')) {
      const entry = await load(file, immutable)
      if (entry) return respond(request, entry, immutable ? IMMUTABLE : REVALIDATE)
      // a missing script or stylesheet must not be answered with the page
      if (immutable || path.extname(pathname)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    }
    // paths other explorers use (/address/0x…, /block/N) lead to ours, keeping the query string
    const alias = resolveAlias(pathname)
    if (alias) {
      const query = new URL(request.url).search
      const location = query ? `${alias}${alias.includes('?') ? '&' : '?'}${query.slice(1)}` : alias
      return new Response(null, { status: 301, headers: { location, 'cache-control': 'public, max-age=3600' } })
    }
    // every other path is a client route: the page is served either way (it shows the not-found or malformed-id
    // card and the search), but a path no page owns, or an id no record can have, says 404 so crawlers and link
    // checkers see it
    const index = await load(path.join(root, 'index.html'), false)
    if (!index) {
      return new Response('The web app is not built yet: run `npm run build -w web`.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    }
    const page = matchAppRoute(pathname)
    return respond(request, index, REVALIDATE, page && !page.malformed ? 200 : 404)
  }
}

module.exports = { createWebHandler }
