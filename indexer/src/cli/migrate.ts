import { applyDatabaseUrl, databaseUrlFromEnv } from '../db/env'
import { applyMigrations } from '../db/migrate'

async function main() {
  const url = databaseUrlFromEnv()
  if (!url) throw new Error('DATABASE_URL is not set')
  applyDatabaseUrl(url)
  await applyMigrations()
  console.log('[indexer] migrations applied')
}

main().catch((error) => {
  console.error(`[indexer] migration failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
