import path from 'node:path'
import { Client } from 'pg'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@og-explorer/indexer/lib/db/embedded'
import { log } from './output'
import { INDEXER } from './paths'
import type { LaunchSettings } from './settings'

export interface LaunchDatabase {
  url: string
  /** set when the launcher started the embedded server (stopped with everything else) */
  embedded?: EmbeddedPostgresHandle
}

/** Runs one statement on the server's maintenance database (creating or dropping a database cannot run inside the target). */
async function onServer(databaseUrl: string, sql: string, params: unknown[] = []): Promise<number> {
  const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() })
  await admin.connect()
  try {
    return (await admin.query(sql, params)).rowCount ?? 0
  } finally {
    await admin.end()
  }
}

/**
 * DATABASE_URL, or the embedded server (data under indexer/.data, git-ignored). The real chains get a
 * database of their own there, kept between starts, so a devnet start (which resets its database)
 * never touches that index.
 */
export async function preparePostgres(settings: LaunchSettings): Promise<LaunchDatabase> {
  if (settings.databaseUrl) return { url: settings.databaseUrl }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(INDEXER, '.data/postgres'), port: settings.pgPort, log })
  let url = embedded.url
  if (!settings.useDevnet) {
    const name = `explorer_${settings.profile}`
    url = Object.assign(new URL(url), { pathname: `/${name}` }).toString()
    if ((await onServer(url, 'SELECT 1 FROM pg_database WHERE datname = $1', [name])) === 0) await onServer(url, `CREATE DATABASE "${name}"`)
  }
  log(`embedded Postgres at ${url}`)
  return { url, embedded }
}

/** The devnet's chains are new on every start, so yesterday's index of them is meaningless. */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1)
  await onServer(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await onServer(databaseUrl, `CREATE DATABASE "${name}"`)
  log(`database ${name} reset for a fresh devnet`)
}
