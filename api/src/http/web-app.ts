import fs from 'node:fs'
import path from 'node:path'
import { createWebHandler } from '@og-explorer/web'
import type { Plugin } from 'graphql-yoga'

/**
 * The built web app on the API's port, through the web package's own handler (static files,
 * gzip, immutable /assets/, index.html for the app's routes). It answers null for the API's paths
 * (/graphql, /export, /healthz, /readyz, /metrics), which then reach the API as usual.
 */
export function useWebApp(distDir: string): Plugin {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) return {}
  const handle = createWebHandler(distDir)
  return {
    async onRequest({ request, endResponse }) {
      const response = await handle(request)
      if (response) endResponse(response)
    },
  }
}
