import path from 'node:path'
import { startEmbeddedPostgres } from '../db/embedded'
import { INDEXER_DIR } from '../db/migrate'

/** Runs the embedded Postgres in the foreground (for migration generation and manual use). */
async function main() {
  const port = Number(process.env.PG_PORT ?? 23798)
  const pg = await startEmbeddedPostgres({ dataDir: process.env.PG_DATA_DIR ?? path.join(INDEXER_DIR, '.data', 'postgres'), port, log: console.log })
  console.log(`postgres ready at ${pg.url}`)
  const stop = async () => {
    await pg.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
