import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * `npm run dev -w web` proxies the API paths to API_URL (default http://127.0.0.1:4350, the API's
 * default port), so the dev server behaves like the single process `npm start` runs.
 */
const api = process.env.API_URL ?? 'http://127.0.0.1:4350'

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/export', '/healthz', '/readyz'].map((p) => [p, { target: api, changeOrigin: false }])),
  },
})
