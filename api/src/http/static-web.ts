import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'graphql-yoga'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

const API_PATHS = /^\/(graphql|export\/|healthz$|readyz$|metrics$)/

/**
 * Serves the built web app (web/dist) on the API's port, so one origin serves both: files by path,
 * and index.html for the app's own routes (/settlements/…), which the browser router resolves.
 * Only files inside the folder are ever read.
 */
export function useStaticWeb(dir: string | undefined): Plugin {
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) return {}
  const root = path.resolve(dir)
  const index = fs.readFileSync(path.join(root, 'index.html'))
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(url.pathname)) return
      let file: string
      try {
        file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`)
      } catch {
        return endResponse(new fetchAPI.Response('bad path', { status: 400 }))
      }
      if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        const immutable = url.pathname.startsWith('/assets/')
        return endResponse(
          new fetchAPI.Response(fs.readFileSync(file), {
            headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' },
          }),
        )
      }
      // a missing asset is a 404; anything else is a route of the single-page app
      if (path.extname(url.pathname)) return endResponse(new fetchAPI.Response('not found', { status: 404 }))
      endResponse(new fetchAPI.Response(index, { headers: { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' } }))
    },
  }
}
