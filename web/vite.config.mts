import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { pagePreloads, type ChunkLinks } from './scripts/page-preloads'

/**
 * `npm run dev -w web` proxies the API paths to API_URL (default http://127.0.0.1:4350, the API's
 * default port), so the dev server behaves like the single process `npm start` runs.
 */
const api = process.env.API_URL ?? 'http://127.0.0.1:4350'

/** recharts and its own dependencies (none of them used outside the charts) */
const RECHARTS_MODULES =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|@reduxjs[\\/]toolkit|react-redux|immer|reselect|redux|redux-thunk|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|internmap)[\\/]/

/** The landing page, whose chunk and chart chunks index.html preloads (scripts/page-preloads.ts says why). */
const LANDING_PAGE = 'src/pages/Overview.tsx'

function preloadLandingPage(): Plugin {
  return {
    name: 'preload-landing-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return
        const chunks: Record<string, ChunkLinks> = {}
        let page: string | undefined
        for (const out of Object.values(bundle)) {
          if (out.type !== 'chunk') continue
          chunks[out.fileName] = { imports: out.imports, dynamicImports: out.dynamicImports }
          if (out.facadeModuleId?.endsWith(LANDING_PAGE)) page = out.fileName
        }
        if (!page) throw new Error(`no chunk for ${LANDING_PAGE}`)
        return pagePreloads(chunks, chunk.fileName, page).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), preloadLandingPage()],
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // recharts and the libraries only it uses in one chunk, rather than a dozen small ones (one per chart type
          // and helper) that a page with charts asks the server for all at once; their dependencies stay where they
          // were, or React, which recharts imports, would move into this chunk and the first page load with it
          groups: [{ name: 'recharts', test: RECHARTS_MODULES, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/export', '/healthz', '/readyz'].map((p) => [p, { target: api, changeOrigin: false }])),
  },
})
