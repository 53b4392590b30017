// `npm start`: the whole product on the embedded defaults, or against real chains when RPC URLs are set.
//  1. Postgres: DATABASE_URL, or the embedded server (data under indexer/.data, git-ignored; the real chains get a
//     database of their own there, kept between starts, beside the devnet's, which is reset at every start)
//  2. chains: OG_RPC_URL + BASE_RPC_URL (PROFILE=mainnet), or a fresh devnet with a small simulated history and live blocks
//  3. migrations, then one supervised processor per chain (restarted with backoff if it dies)
//  4. the read-only role og_api_reader, then the GraphQL API (supervised too) once both processors have written state
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROCESSOR_NODE_FLAGS } from '@og-explorer/indexer/lib/cli/node-flags'
import { CONFIG_ERROR_EXIT_CODE } from '@og-explorer/indexer/lib/util/setting-error'
import { apiDatabaseUrl, apiEntry, processorsWroteState, readyLine } from './api'
import { apiChainEnv } from './chain-urls'
import { children, runNode } from './children'
import { startDevnet } from './devnet'
import { log } from './output'
import { API, INDEXER, ROOT } from './paths'
import { preparePostgres, resetDatabase, type LaunchDatabase } from './postgres'
import { LaunchSettingError, parseLaunchSettings, type LaunchSettings } from './settings'
import { Supervisor, type SupervisedRun } from './supervisor'

/** A processor or the API: restarted after a crash, never after a setting error (exit 78). */
const BACKOFF = { baseMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 }
/** how long children get to exit on SIGTERM before SIGKILL */
const STOP_GRACE_MS = 1_500

const supervisors: Supervisor[] = []
let database: LaunchDatabase | undefined
let stopping = false

function supervise(name: string, launch: () => SupervisedRun): void {
  const supervisor = new Supervisor(name, launch, {
    backoff: BACKOFF,
    finalExitCodes: [CONFIG_ERROR_EXIT_CODE],
    onRestart: (exit, delayMs, restarts) => log(`${name} exited with ${exit.code}; restarting in ${delayMs / 1000} s (restart ${restarts})`),
    onGiveUp: () => log(`${name} stopped on a setting it cannot work with (see its last message); not restarting it. Fix the setting and run npm start again.`),
  })
  supervisors.push(supervisor)
  supervisor.start()
}

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    log('stopping…')
    const others = [...children].filter((c) => !supervisors.some((s) => s.child === c))
    for (const child of others) child.kill('SIGTERM')
    await Promise.all(supervisors.map((s) => s.stop(STOP_GRACE_MS)))
    for (const child of others) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await database?.embedded?.stop().catch(() => {})
  }
  process.exit(code)
}

async function start(settings: LaunchSettings): Promise<void> {
  // 1. Postgres
  database = await preparePostgres(settings)
  const databaseUrl = database.url
  if (settings.useDevnet) await resetDatabase(databaseUrl)

  // 2. chains
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, PROFILE: settings.profile }
  if (settings.useDevnet) {
    env.DEVNET_DEPLOYMENTS = await startDevnet(settings.scale)
  } else {
    log(`${settings.profile} profile: the index in ${new URL(databaseUrl).pathname.slice(1)} is kept between starts`)
  }
  if (stopping) return

  // 3. migrations and processors
  const migrated = spawnSync(process.execPath, [path.join(INDEXER, 'lib/cli/migrate.js')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' })
  if (migrated.status !== 0) await stopAll(1)
  for (const chain of ['og', 'base']) supervise(chain, () => runNode(chain, [...PROCESSOR_NODE_FLAGS, path.join(INDEXER, 'lib/cli/processor.js'), chain], env))
  log(
    `indexing into ${databaseUrl}${settings.useDevnet ? ' from the local devnet (og http://127.0.0.1:8545, base http://127.0.0.1:8546)' : ''}; Ctrl-C stops everything`,
  )

  // 4. the API, once both processors created their state tables
  while (!stopping && !(await processorsWroteState(databaseUrl))) await new Promise((r) => setTimeout(r, 1000))
  if (stopping) return
  const apiEnv = {
    API_DATABASE_URL: settings.apiDatabaseUrl ?? (await apiDatabaseUrl(databaseUrl)),
    API_PORT: String(settings.apiPort),
    // the transaction and block pages read the chains being indexed
    ...apiChainEnv(process.env, env.DEVNET_DEPLOYMENTS),
  }
  supervise('api', () =>
    runNode('api', [apiEntry(API)], apiEnv, (line) => {
      const ready = readyLine(line)
      if (ready) log(ready)
    }),
  )
}

function main(): void {
  let settings: LaunchSettings
  try {
    settings = parseLaunchSettings(process.env)
  } catch (error) {
    if (!(error instanceof LaunchSettingError)) throw error
    console.error(`[start] ${error.message}; nothing was started`)
    process.exit(1)
  }
  process.on('SIGINT', () => void stopAll(0))
  process.on('SIGTERM', () => void stopAll(0))
  start(settings).catch((error) => {
    log(`start failed: ${(error as Error).stack ?? error}`)
    void stopAll(1)
  })
}

main()
