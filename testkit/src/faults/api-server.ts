/**
 * The API (built by its own workspace) as a child process on a free port, started the way
 * `npm start` starts it. Found through the package, and checked for a build, so a suite run without
 * the API built reports that instead of crashing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { freePort } from '@og-explorer/devnet'

export const API_DIR = path.dirname(require.resolve('@og-explorer/api/package.json'))

export interface ApiServer {
  url: string
  child: ChildProcess
  output(): string
  stop(): Promise<void>
}

export function apiBuilt(): boolean {
  return fs.existsSync(path.join(API_DIR, 'lib/index.js'))
}

/** The API's read-only role on the database when the API offers it, else the given URL. */
export async function readerUrl(dbUrl: string): Promise<string> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ensureReaderRole } = require(path.join(API_DIR, 'lib/db/reader-role.js'))
    return await ensureReaderRole(dbUrl)
  } catch {
    return dbUrl
  }
}

export async function startApiServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const port = await freePort()
  // FAULT_API_CPU_PROF=<dir>: the API writes a CPU profile there when it stops (Node refuses --cpu-prof in NODE_OPTIONS)
  const profileDir = process.env.FAULT_API_CPU_PROF?.trim()
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []
  const child = spawn(process.execPath, [...profile, path.join(API_DIR, 'lib/index.js')], {
    cwd: API_DIR,
    env: { ...process.env, API_DATABASE_URL: databaseUrl, API_PORT: String(port), API_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  process.once('exit', () => child.kill('SIGKILL'))
  let out = ''
  child.stdout!.on('data', (d) => (out = (out + d).slice(-20_000)))
  child.stderr!.on('data', (d) => (out = (out + d).slice(-20_000)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 60 s: ${out.slice(-1000)}`)), 60_000)
    child.stdout!.on('data', () => out.includes('GraphQL on') && (clearTimeout(timer), resolve()))
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the API exited with ${code}: ${out.slice(-1000)}`))))
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 4000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** autocannon from the API workspace's dependencies (hoisted or not) */
export function loadAutocannon(): any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(require.resolve('autocannon', { paths: [API_DIR] }))
}
