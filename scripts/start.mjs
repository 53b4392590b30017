#!/usr/bin/env node
// `npm start`: the whole product on the embedded defaults, or against real chains when RPC URLs are set.
//  1. Postgres: DATABASE_URL, or the embedded server (data under indexer/.data, git-ignored; the real chains get a
//     database of their own there, kept between starts, beside the devnet's, which is reset at every start)
//  2. chains: OG_RPC_URL + BASE_RPC_URL (PROFILE=mainnet), or a fresh devnet with a small simulated history and live blocks
//  3. migrations, then one supervised processor per chain (restarted with backoff if it dies)
//  4. the read-only role og_api_reader, then the GraphQL API (supervised too) once both processors have written state
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = (await import('node:module')).createRequire(import.meta.url)
// passwords in connection URLs are masked in everything this script prints
const log = (line) => console.log(`[start] ${String(line).replace(/(\/\/[^:/@\s]+:)[^@\s]+@/g, '$1***@')}`)
const children = new Set()
let stopping = false

function run(name, args, env = {}, onLine) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  const forward = (stream, out) => {
    let buffer = ''
    stream.on('data', (chunk) => {
      buffer += chunk.toString()
      let i
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i)
        buffer = buffer.slice(i + 1)
        out.write(`[${name}] ${line}\n`)
        onLine?.(line)
      }
    })
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  child.once('exit', () => children.delete(child))
  return child
}

async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  log('stopping…')
  for (const child of children) child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 1500))
  for (const child of children) child.kill('SIGKILL')
  if (embedded) await embedded.stop().catch(() => {})
  process.exit(code)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

// an empty variable means unset, as in the indexer's and the API's settings
const setting = (name) => (process.env[name]?.trim() ? process.env[name] : undefined)
const endpointsGiven = !!(setting('OG_RPC_URL') && setting('BASE_RPC_URL'))
const profile = setting('PROFILE') ?? (endpointsGiven ? 'mainnet' : 'devnet')
if (profile !== 'mainnet' && profile !== 'devnet') {
  console.error(`[start] PROFILE must be devnet or mainnet, not ${profile}; nothing was started`)
  process.exit(1)
}
if (profile === 'mainnet' && !endpointsGiven) {
  // never fall back to a devnet here: that would reset the database a mainnet index may live in
  console.error('[start] PROFILE=mainnet needs OG_RPC_URL and BASE_RPC_URL (see .env.example); nothing was started')
  process.exit(1)
}
// only a devnet started here is new on every start; the real chains' index is kept
const useDevnet = !endpointsGiven

// 1. Postgres
let embedded
let databaseUrl = setting('DATABASE_URL')
const { Client } = require(path.join(root, 'node_modules/pg'))
if (!databaseUrl) {
  const { startEmbeddedPostgres } = require(path.join(root, 'indexer/lib/db/embedded.js'))
  const port = Number(setting('PG_PORT') ?? 23798)
  embedded = await startEmbeddedPostgres({ dataDir: path.join(root, 'indexer/.data/postgres'), port, log })
  databaseUrl = embedded.url
  if (!useDevnet) {
    // a database of its own, so a devnet start (which resets its database) never touches this index
    const url = new URL(databaseUrl)
    url.pathname = `/explorer_${profile}`
    databaseUrl = url.toString()
    const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() })
    await admin.connect()
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [`explorer_${profile}`])
    if (rowCount === 0) await admin.query(`CREATE DATABASE "explorer_${profile}"`)
    await admin.end()
  }
  log(`embedded Postgres at ${databaseUrl}`)
}
if (useDevnet) {
  // The devnet's chains are new on every start, so yesterday's index of them is meaningless.
  const url = new URL(databaseUrl)
  const name = url.pathname.slice(1)
  const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  log(`database ${name} reset for a fresh devnet`)
}

// 2. chains
const env = { DATABASE_URL: databaseUrl }
if (useDevnet) {
  const deployments = path.join(root, 'devnet/deployments.json')
  fs.rmSync(deployments, { force: true })
  run('devnet', ['devnet/lib/cli/devnet.js', '--scale', process.env.SCALE ?? 'small', '--live'])
  while (!fs.existsSync(deployments)) await new Promise((r) => setTimeout(r, 200))
  Object.assign(env, { PROFILE: 'devnet', DEVNET_DEPLOYMENTS: deployments })
} else {
  Object.assign(env, { PROFILE: profile })
  log(`${profile} profile: the index in ${new URL(databaseUrl).pathname.slice(1)} is kept between starts`)
}

// 3. migrations and processors
const migrated = spawnSync(process.execPath, ['indexer/lib/cli/migrate.js'], { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' })
if (migrated.status !== 0) await stopAll(1)

function supervise(name, args, childEnv, onLine) {
  let restarts = 0
  const start = () => {
    const started = Date.now()
    const child = run(name, args, childEnv, onLine)
    child.once('exit', (code) => {
      if (stopping) return
      // 78 (EX_CONFIG): the process said why restarting cannot help (wrong chain, bad key, consent needed)
      if (code === 78) {
        log(`${name} stopped on a setting it cannot work with (see its last message); not restarting it. Fix the setting and run npm start again.`)
        return
      }
      if (Date.now() - started > 60_000) restarts = 0
      const delay = Math.min(30_000, 1000 * 2 ** restarts++)
      log(`${name} exited with ${code}; restarting in ${delay / 1000} s (restart ${restarts})`)
      setTimeout(start, delay)
    })
  }
  start()
}
const { PROCESSOR_NODE_FLAGS } = require(path.join(root, 'indexer/lib/testing/processes.js'))
for (const chain of ['og', 'base']) supervise(chain, [...PROCESSOR_NODE_FLAGS, 'indexer/lib/cli/processor.js', chain], env)
log(`indexing into ${databaseUrl}${useDevnet ? ' from the local devnet (og http://127.0.0.1:8545, base http://127.0.0.1:8546)' : ''}; Ctrl-C stops everything`)

// 4. the API reads through a role that can only SELECT; it starts once both processors created their state tables
{
  for (;;) {
    const client = new Client({ connectionString: databaseUrl })
    const ready = await client
      .connect()
      .then(() => client.query(`SELECT to_regclass('og_processor.status') IS NOT NULL AND to_regclass('base_processor.status') IS NOT NULL AS ok`))
      .then((r) => r.rows[0].ok, () => false)
      .finally(() => client.end().catch(() => {}))
    if (ready || stopping) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  let apiDatabaseUrl = process.env.API_DATABASE_URL
  if (!apiDatabaseUrl) {
    try {
      const { ensureReaderRole, READER_ROLE } = require(path.join(root, 'api/lib/db/reader-role.js'))
      apiDatabaseUrl = await ensureReaderRole(databaseUrl)
      log(`the API connects as ${READER_ROLE} (SELECT only)`)
    } catch (error) {
      apiDatabaseUrl = databaseUrl
      log(`could not create the read-only role (${error.message}); the API connects with DATABASE_URL`)
    }
  }
  const apiEnv = { API_DATABASE_URL: apiDatabaseUrl, API_PORT: process.env.API_PORT ?? '4350' }
  supervise('api', ['api/lib/index.js'], apiEnv, (line) => {
    const url = /GraphQL on (\S+)/.exec(line)?.[1]
    if (url) log(`API ready: ${url} (GraphiQL in a browser; CSV at ${url.replace(/\/graphql$/, '')}/export/<entity>.csv)`)
  })
}
