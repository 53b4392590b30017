import { randomBytes } from 'node:crypto'
import { Client } from 'pg'

export const READER_ROLE = 'og_api_reader'
const SCHEMAS = ['public', 'og_processor', 'base_processor']

/**
 * Creates (or re-keys) the role the API connects as: LOGIN, SELECT on the entity tables and the
 * processors' state, read-only transactions by default, nothing else. Needs an admin connection;
 * returns the reader's connection URL for the same database. Tables created later in public
 * (new migrations) are covered by default privileges.
 */
export async function ensureReaderRole(adminUrl: string, password = randomBytes(18).toString('base64url')): Promise<string> {
  const client = new Client({ connectionString: adminUrl })
  // a connection cut between calls must not end the process; the awaited calls carry the failure
  client.on('error', () => {})
  await client.connect()
  try {
    const database = (await client.query('SELECT current_database() AS db')).rows[0].db as string
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [READER_ROLE])).rowCount
    // identifiers and the password are ours, not user input; DDL cannot take parameters
    const quotedPassword = `'${password.replace(/'/g, "''")}'`
    await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${READER_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${quotedPassword}`)
    await client.query(`ALTER ROLE ${READER_ROLE} SET default_transaction_read_only = on`)
    await client.query(`GRANT CONNECT ON DATABASE "${database.replace(/"/g, '""')}" TO ${READER_ROLE}`)
    const present = (await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [SCHEMAS])).rows.map((r) => r.nspname)
    for (const schema of present) {
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${READER_ROLE}`)
      await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${READER_ROLE}`)
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON TABLES TO ${READER_ROLE}`)
    }
    const url = new URL(adminUrl)
    url.username = READER_ROLE
    url.password = password
    return url.toString()
  } finally {
    await client.end()
  }
}
