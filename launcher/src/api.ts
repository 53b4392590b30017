import path from 'node:path'
import { Client } from 'pg'
import { ensureReaderRole, READER_ROLE } from '@og-explorer/api/lib/db/reader-role'
import { log } from './output'

/** Whether both processors have created their state tables, i.e. written state the API can read. */
export async function processorsWroteState(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl })
  // failures arrive through the awaited calls; a refused connection only means "not yet"
  client.on('error', () => {})
  try {
    await client.connect()
    const { rows } = await client.query(`SELECT to_regclass('og_processor.status') IS NOT NULL AND to_regclass('base_processor.status') IS NOT NULL AS ok`)
    return rows[0].ok === true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The API reads through a role that can only SELECT; if that role cannot be made, through DATABASE_URL. */
export async function apiDatabaseUrl(databaseUrl: string): Promise<string> {
  try {
    const url = await ensureReaderRole(databaseUrl)
    log(`the API connects as ${READER_ROLE} (SELECT only)`)
    return url
  } catch (error) {
    log(`could not create the read-only role (${(error as Error).message}); the API connects with DATABASE_URL`)
    return databaseUrl
  }
}

/** The line the API prints once it listens, turned into the launcher's "ready" line. */
export function readyLine(apiLine: string): string | undefined {
  const url = /GraphQL on (\S+)/.exec(apiLine)?.[1]
  return url && `API ready: ${url} (GraphiQL in a browser; CSV at ${url.replace(/\/graphql$/, '')}/export/<entity>.csv)`
}

export const apiEntry = (apiDir: string) => path.join(apiDir, 'lib/index.js')
