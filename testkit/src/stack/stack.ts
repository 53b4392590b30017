import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { SCALES, simulate, startTestDevnet, type GroundTruth } from '@og-explorer/devnet'
import { INDEXER_DIR } from '@og-explorer/indexer/lib/db/migrate'
import { freshDatabase, query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from './devnet'
import { startProcessor, type ProcessorHandle } from './processes'
import { emitSpoofedLogs } from './spoof'

export type { TestDevnet }

export interface TestStack {
  devnet: TestDevnet
  truth: GroundTruth
  dbUrl: string
  env: Record<string, string>
  processors: Partial<Record<'og' | 'base', ProcessorHandle>>
  /** look-alike contracts at untrusted addresses that emitted our topics */
  spoofs: { addresses: string[]; txHashes: string[] }
  /** mines an empty block on both chains, so processors at the head get a new batch */
  tick(): Promise<void>
  dispose(): Promise<void>
}

/** A simulated devnet, a fresh migrated database, and the environment the processors need. */
export async function startStack(options: { seed: number; end: number; faultRate?: number }): Promise<TestStack> {
  // the database needs nothing from the chains: it is started and migrated while they are simulated
  const database = migratedDatabase()
  database.catch(() => {}) // awaited below, where a failure is thrown
  const devnet = await startTestDevnet()
  const { truth } = await simulate(
    { deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore },
    { scale: SCALES.small, seed: options.seed, end: options.end, faultRate: options.faultRate ?? 0.02 },
  )
  const spoofs = await emitSpoofedLogs(devnet)
  const dbUrl = await database
  const env = {
    DATABASE_URL: dbUrl,
    PROFILE: 'devnet',
    DEVNET_DEPLOYMENTS: devnet.deploymentsFile,
    OG_FINALITY: '5',
    BASE_FINALITY: '5',
    PROCESSOR_PROMETHEUS_PORT: '0',
  }
  const stack: TestStack = {
    devnet,
    truth,
    dbUrl,
    env,
    processors: {},
    spoofs,
    async tick() {
      const ts = Math.max(devnet.ogWriter.lastTimestamp, devnet.baseWriter.lastTimestamp) + 2
      await Promise.all([devnet.ogWriter.mine(ts), devnet.baseWriter.mine(ts)])
    },
    async dispose() {
      await Promise.all(Object.values(stack.processors).map((p) => p?.stop('SIGKILL')))
      await devnet.dispose()
    },
  }
  return stack
}

/** A fresh database on the test Postgres, migrated by the indexer's own migration command. */
async function migratedDatabase(): Promise<string> {
  const dbUrl = await freshDatabase()
  await promisify(execFile)(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: dbUrl } }).catch(
    (error: { stderr?: string; message: string }) => {
      throw new Error(`migrations failed: ${error.stderr || error.message}`)
    },
  )
  return dbUrl
}

/** The highest block a processor has written, hot blocks included. */
export async function indexedHeight(dbUrl: string, chain: 'og' | 'base'): Promise<number> {
  const [row] = await query<{ h: number | null }>(
    dbUrl,
    `select greatest((select max(height) from ${chain}_processor.status), (select max(height) from ${chain}_processor.hot_block)) as h`,
  ).catch(() => [{ h: null }])
  return row?.h ?? -1
}

/**
 * Waits until `done` holds, mining a block now and then so processors at the head keep getting
 * batches (verification results are applied with the next block).
 */
export async function waitUntil(stack: TestStack, done: () => Promise<boolean>, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    const dead = Object.entries(stack.processors).find(([, p]) => p && p.child.exitCode !== null && !p.stopping)
    if (dead) throw new Error(`the ${dead[0]} processor exited with ${dead[1]!.child.exitCode} while waiting for ${what}\n${dead[1]!.output().slice(-3000)}`)
    if (Date.now() > deadline) {
      const logs = Object.entries(stack.processors)
        .map(([k, p]) => `--- ${k}\n${p?.output().slice(-3000)}`)
        .join('\n')
      throw new Error(`timed out waiting for ${what}\n${logs}`)
    }
    await stack.tick()
    await new Promise((r) => setTimeout(r, 400))
  }
}

/**
 * Waits, without mining, until the processor has indexed the chain's current head. `waitUntil` mines
 * a block each round, so after it returns the chain may be one block ahead; checks that compare
 * against the head call this first.
 */
export async function waitForHead(stack: TestStack, chain: 'og' | 'base', timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const head = await chainHead(stack, chain)
    if ((await indexedHeight(stack.dbUrl, chain)) >= head) return head
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the ${chain} processor to index block ${head}\n${stack.processors[chain]?.output().slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

export async function chainHead(stack: TestStack, chain: 'og' | 'base'): Promise<number> {
  const rpc = chain === 'og' ? stack.devnet.og.rpc : stack.devnet.base.rpc
  return Number(BigInt(await rpc.call<string>('eth_blockNumber')))
}
