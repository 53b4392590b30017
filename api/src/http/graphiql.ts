import path from 'node:path'
import type { Plugin } from 'graphql-yoga'
import { assetResponse, makeAsset, type StaticAsset } from './static-asset'

/** What GraphiQL's bundle provides (render-graphiql's graphiql.js). */
interface GraphiqlBundle {
  js: string
  css: string
  favicon: string
  editorWorkerService: string
  jsonWorker: string
  graphqlWorker: string
}

const ASSET_PREFIX = '/graphql/graphiql/'
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** GraphiQL runs Monaco, which adds <style> elements at run time; scripts and workers come only from here. */
export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * The bundle is read when GraphiQL is first asked for, not at startup (it is large). Its package
 * exports only renderGraphiQL, which inlines everything into each page; the pieces are required
 * by file path so they can be served as separate, cacheable files.
 */
function loadBundle(): GraphiqlBundle {
  const dir = path.dirname(require.resolve('@graphql-yoga/render-graphiql'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(dir, 'graphiql.js')) as GraphiqlBundle
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

interface Assets {
  page: StaticAsset
  files: Map<string, StaticAsset>
}

async function buildAssets(options: { title: string; defaultQuery: string; endpoint: string }): Promise<Assets> {
  const bundle = loadBundle()
  const version = (await makeAsset('text/javascript', bundle.js)).etag.slice(1, 13)
  const base = `${ASSET_PREFIX}${version}/`
  const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' }
  // what render-graphiql's inline script does, as a file: workers by URL instead of blob: URLs
  const app =
    `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_id, label) { return ${JSON.stringify(base)} + ${JSON.stringify(workers)}[label] } };\n` +
    `${bundle.js};\n` +
    `YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), JSON.parse(document.getElementById('graphiql-options').textContent));\n`
  const files = new Map<string, StaticAsset>()
  const entries: [string, string, string][] = [
    ['graphiql.js', 'text/javascript; charset=utf-8', app],
    ['graphiql.css', 'text/css; charset=utf-8', bundle.css],
    [workers.editorWorkerService, 'text/javascript; charset=utf-8', bundle.editorWorkerService],
    [workers.json, 'text/javascript; charset=utf-8', bundle.jsonWorker],
    [workers.graphql, 'text/javascript; charset=utf-8', bundle.graphqlWorker],
  ]
  for (const [name, type, content] of entries) files.set(`${base}${name}`, await makeAsset(type, content))
  const favicon = /^data:([^;,]+);base64,(.*)$/.exec(bundle.favicon)
  if (favicon) files.set(`${base}favicon.ico`, await makeAsset(favicon[1], Buffer.from(favicon[2], 'base64')))
  // options as a JSON data block: not executable, so the page needs no inline script
  const json = JSON.stringify({ title: options.title, defaultQuery: options.defaultQuery, endpoint: options.endpoint }).replace(/</g, '\\u003c')
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <link rel="icon" href="${base}favicon.ico" />
    <link rel="stylesheet" href="${base}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${base}graphiql.js"></script>
  </body>
</html>
`
  return { page: await makeAsset('text/html; charset=utf-8', html), files }
}

function wantsPage(request: Request, url: URL): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  // yoga's rule: a browser navigation; GraphiQL itself reads ?query= (the web app's links) from the URL
  if (url.pathname !== '/graphql') return false
  return (request.headers.get('accept') ?? '').includes('text/html')
}

/**
 * GraphiQL on GET /graphql from a browser: a small page that loads the editor as separate static
 * files under /graphql/graphiql/<version>/ (content-addressed, gzip, ETag, cached for a year), so
 * a browser fetches the large bundle once instead of with every page. Both sit behind the
 * rate limit, like the rest of /graphql.
 */
export function useGraphiql(options: { title: string; defaultQuery: string; endpoint?: string }): Plugin & { prepare(): Promise<void> } {
  let assets: Promise<Assets> | undefined
  const load = () => {
    assets ??= buildAssets({ endpoint: '/graphql', ...options })
    // a failed build is retried by the next request rather than kept
    assets.catch(() => (assets = undefined))
    return assets
  }
  return {
    /**
     * Builds the page and files now. Loading the bundle and hashing it hold the event loop for a few hundred
     * milliseconds: the server does it before it listens, not during the first visitor's (or scraper's) request.
     */
    prepare: async () => void (await load()),
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname.startsWith(ASSET_PREFIX)) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return
        const file = (await load()).files.get(url.pathname)
        endResponse(
          file
            ? assetResponse(fetchAPI.Response, request, file, IMMUTABLE)
            : new fetchAPI.Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } }),
        )
        return
      }
      if (wantsPage(request, url))
        endResponse(assetResponse(fetchAPI.Response, request, (await load()).page, 'no-cache', { 'content-security-policy': GRAPHIQL_CSP }))
    },
  }
}
