// npm run dev-db -w testkit: a small simulated devnet indexed to its head, for working on the API by hand.
// Prints the database URL and keeps the embedded Postgres running until Ctrl-C.
import fs from 'node:fs'
import path from 'node:path'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { startIndexedStack } from '../stack/indexed-stack'

async function main(): Promise<void> {
  const started = Date.now()
  console.log('[dev-db] simulating a small devnet and indexing it (about two minutes)…')
  const stack = await startIndexedStack({ seed: Number(process.env.SEED ?? 7) })
  const urlFile = path.resolve(__dirname, '../../.data/dev-db.url')
  fs.mkdirSync(path.dirname(urlFile), { recursive: true })
  fs.writeFileSync(urlFile, stack.dbUrl)
  console.log(`[dev-db] indexed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`[dev-db] DATABASE_URL=${stack.dbUrl}`)
  console.log(`[dev-db] (also written to ${urlFile}); Ctrl-C stops it`)
  const stop = async () => {
    await stack.dispose()
    await stopTestPostgres()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  setInterval(() => {}, 1 << 30)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
