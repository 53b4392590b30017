// node api/lib/cli/create-reader-role.js: with DATABASE_URL pointing at the indexer database as an
// admin, creates the read-only role og_api_reader and prints API_DATABASE_URL for the API.
import { ensureReaderRole } from '../db/reader-role'

const adminUrl = process.env.DATABASE_URL
if (!adminUrl) {
  console.error('DATABASE_URL (an admin connection to the indexer database) is required')
  process.exit(1)
}
ensureReaderRole(adminUrl, process.env.API_READER_PASSWORD || undefined).then(
  (url) => console.log(`API_DATABASE_URL=${url}`),
  (error) => {
    console.error(`could not create the reader role: ${error.message}`)
    process.exit(1)
  },
)
