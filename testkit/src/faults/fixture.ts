/**
 * What the fault cases share: one simulated devnet (simulating costs most of a minute, so it is made
 * once), fresh migrated databases per case, and a clean fully indexed database that later cases copy
 * instead of indexing again. Cases that change the chain take a snapshot first and revert it after,
 * so every case sees the same simulated history.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { INDEXER_DIR } from '@og-explorer/indexer/lib/db/migrate'
import { freshDatabase } from '@og-explorer/indexer/lib/testing/postgres'
import { startStack, type TestDevnet, type TestStack } from '../stack/stack'
import { settle, type Watch } from './progress'
import { revertBoth, snapshotBoth } from './reorg'
import { SHORT_WAITS_ENV } from './short-waits'
import { SupervisedProcessor, type Chain } from './supervised-processor'
import { compareWithChain, type PlantedFacts, type TruthReport } from './truth'

export interface SuiteOptions {
  short: boolean
  seed: number
  log: (line: string) => void
}

/** where the simulated history stops: the short set needs fewer days (each costs simulation time) */
export const HISTORY_END = { short: Date.UTC(2026, 4, 12) / 1000, full: Date.UTC(2026, 6, 15) / 1000 }

export interface ProcessorEndpoints {
  og?: string
  base?: string
  blob?: string
  extra?: Record<string, string>
}

export class FaultFixture {
  /** a database indexed to the head with exact data, no longer written to */
  private clean: string | undefined
  /** processor logs of every case, kept after the run */
  readonly logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-faults-'))

  private constructor(
    readonly stack: TestStack,
    readonly options: SuiteOptions,
  ) {}

  logFile(label: string): string {
    return path.join(this.logDir, `${label.replace(/[^a-z0-9-]+/gi, '_')}.log`)
  }

  static async start(options: SuiteOptions): Promise<FaultFixture> {
    const started = Date.now()
    // the short history is a few weeks, so it gets a higher fault rate to still hold every kind of fault
    const stack = await startStack({ seed: options.seed, end: options.short ? HISTORY_END.short : HISTORY_END.full, faultRate: options.short ? 0.04 : 0.02 })
    const og = stack.devnet.ogWriter.head?.number
    const base = stack.devnet.baseWriter.head?.number
    options.log(
      `[faults] simulated devnet ready in ${((Date.now() - started) / 1000).toFixed(0)} s: og ${og} blocks, base ${base} blocks, ${stack.truth.faults.length} injected proof faults`,
    )
    const fx = new FaultFixture(stack, options)
    options.log(`[faults] processor logs in ${fx.logDir}`)
    return fx
  }

  get devnet(): TestDevnet {
    return this.stack.devnet
  }

  log(line: string): void {
    this.options.log(line)
  }

  /** a new database on the shared test Postgres, migrated */
  async freshDb(): Promise<string> {
    const url = await freshDatabase()
    migrate(url)
    return url
  }

  /** what a processor needs, with the chosen endpoints put in front of the real ones, and the suite's short waits */
  env(dbUrl: string, endpoints: ProcessorEndpoints = {}): Record<string, string> {
    return {
      ...this.stack.env,
      ...SHORT_WAITS_ENV,
      DATABASE_URL: dbUrl,
      ...(endpoints.og ? { OG_RPC_URL: endpoints.og } : {}),
      ...(endpoints.base ? { BASE_RPC_URL: endpoints.base } : {}),
      ...(endpoints.blob ? { BLOB_STORE_URL: endpoints.blob } : {}),
      ...endpoints.extra,
    }
  }

  watch(dbUrl: string, processors: SupervisedProcessor[]): Watch {
    return { dbUrl, devnet: this.devnet, tick: () => this.stack.tick(), processors }
  }

  truth(dbUrl: string, planted?: PlantedFacts, chains?: Chain[]): Promise<TruthReport> {
    return compareWithChain({ dbUrl, devnet: this.devnet, groundTruth: this.stack.truth, spoofs: this.stack.spoofs, planted, chains })
  }

  /** A case whose database ended exact on the unchanged chain offers it to later cases. */
  offerClean(dbUrl: string, truth: TruthReport): void {
    if (!this.clean && truth.mismatches.length === 0) this.clean = dbUrl
  }

  /** A copy of a clean indexed database (indexing one first if no case left one). */
  async indexedCopy(): Promise<string> {
    if (!this.clean) {
      const dbUrl = await this.freshDb()
      const processors = (['og', 'base'] as const).map((c) => new SupervisedProcessor(c, this.env(dbUrl), this.logFile(`clean-index-${c}`)))
      processors.forEach((p) => p.start())
      try {
        await settle(this.watch(dbUrl, processors), ['og', 'base'])
      } finally {
        await Promise.all(processors.map((p) => p.stop()))
      }
      const truth = await this.truth(dbUrl)
      if (truth.mismatches.length) throw new Error(`a plain index of the devnet is not exact: ${truth.mismatches.join('; ')}`)
      this.clean = dbUrl
    }
    return copyDatabase(this.clean)
  }

  /**
   * Snapshots both chains; the returned function reverts them. Writers keep their last timestamps,
   * so blocks mined after a revert still move time forward.
   */
  async snapshotChains(): Promise<() => Promise<void>> {
    const ids = await snapshotBoth(this.devnet)
    return () => revertBoth(this.devnet, ids)
  }

  async dispose(): Promise<void> {
    await this.stack.dispose()
  }
}

export function migrate(dbUrl: string): void {
  const migrated = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], {
    env: { ...process.env, DATABASE_URL: dbUrl },
    encoding: 'utf8',
  })
  if (migrated.status !== 0) throw new Error(`migrations failed: ${migrated.stderr}`)
}

/** CREATE DATABASE … TEMPLATE: a whole indexed database copied in a second instead of indexed again. */
export async function copyDatabase(sourceUrl: string): Promise<string> {
  const source = new URL(sourceUrl)
  const name = `${source.pathname.slice(1)}_copy_${Date.now() % 1e8}_${Math.floor(Math.random() * 1e4)}`
  await withAdmin(sourceUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${source.pathname.slice(1)}"`))
  source.pathname = `/${name}`
  return source.toString()
}

/** a new empty database on the server of `serverUrl`, migrated */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<string> {
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  migrate(url.toString())
  return url.toString()
}

async function withAdmin<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new Client({ connectionString: admin.toString() })
  // a Postgres stopped by a fault case cuts this client too; its awaited calls carry the failure
  client.on('error', () => {})
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}
