import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { freePort } from '@og-explorer/devnet'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded'

let shared: Promise<EmbeddedPostgresHandle & { adminUrl: string }> | undefined

/**
 * A real Postgres for tests: DATABASE_URL when given (an external server), otherwise one embedded
 * server per test process in a temporary folder. Each call returns a new, empty database.
 */
export async function freshDatabase(): Promise<string> {
  const external = process.env.DATABASE_URL
  let adminUrl: string
  if (external) {
    adminUrl = external
  } else {
    shared ??= (async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-pg-'))
      // As root, Postgres runs as the `postgres` OS user, which must be able to enter the folder.
      fs.chmodSync(dir, 0o755)
      const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), throwaway: true })
      process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
      return { ...pg, adminUrl: pg.url }
    })()
    adminUrl = (await shared).adminUrl
  }
  const name = `test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  const client = new Client({ connectionString: adminUrl })
  // failures arrive through the awaited calls; the event must not end the test process (see query())
  client.on('error', () => {})
  await client.connect()
  await client.query(`CREATE DATABASE "${name}"`)
  await client.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function stopTestPostgres(): Promise<void> {
  if (shared) await (await shared).stop()
  shared = undefined
}

export async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url })
  // a server stopped under an idle client (the Postgres-restart fault case) emits 'error' on it; the
  // query's own promise carries any failure, so an unhandled event must not end the test process
  client.on('error', () => {})
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}
