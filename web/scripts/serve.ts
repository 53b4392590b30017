// node web/lib/scripts/serve.js <api-url> [port]: the built app on one port, API paths proxied to <api-url>.
import { startWebServer } from './web-server'

async function main(): Promise<void> {
  const api = process.argv[2] ?? process.env.API_URL ?? 'http://127.0.0.1:4350'
  const port = Number(process.argv[3] ?? process.env.WEB_PORT ?? 5173)
  const server = await startWebServer({ api, port })
  console.log(`[web] ${server.url} (API paths → ${api})`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
