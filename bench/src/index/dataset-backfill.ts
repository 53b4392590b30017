/**
 * A chain backfilled from a dataset alone, as a fresh deployment backfills Base through the SQD
 * Network: the gateway serves every block, and the processor's node is the dataset's read-only
 * endpoint (serve-dataset.ts), which for OG also answers the state reads the dataset recorded, with
 * its blob store beside it. Into a fresh database (or a given one, so both chains share it); timed;
 * the CPU of each process counted apart.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DatasetReader } from '@og-explorer/devnet/lib/dataset/reader'
import { readGroundTruth } from '@og-explorer/devnet'
import type { TruthReport } from '@og-explorer/testkit/lib/faults/truth-chain'
import { cpuSecondsByCommand, ownProcesses, readProcessStat } from '../util/process-cpu'
import { freshDatabase } from '../util/test-stack'
import { readDatasetFacts } from './dataset-facts'
import { compareWithDataset } from './dataset-truth'
import { readOgDatasetFacts } from './og-dataset-facts'
import { compareOgWithDataset } from './og-dataset-truth'
import { migrate, type ProcessorRun, runProcessor } from './run-processor'
import type { ServedDataset, ServedRequests } from './serve-dataset'
import { parseBacklogVerification, type BacklogVerification } from './backlog-verification'

export interface DatasetBackfill {
  /** the database it filled */
  dbUrl: string
  blocks: number
  /** logs of the contracts the processor asks for, counted in the dataset */
  events: number
  run: ProcessorRun
  /** CPU seconds of the processor, the gateway with its endpoint, and the Postgres servers this run started */
  cpuSeconds: Record<string, number>
  served: ServedRequests & { peakRssMb: number }
  /** seconds the processor spent building its deferred indexes at the end of the run (its own log line), null without one */
  indexBuildSeconds: number | null
  /** the OG processor's final verification of its backlog (its own log line), null without one */
  verification: BacklogVerification | null
  truth: TruthReport
  /** seconds the chain-truth comparison took (after the timed run) */
  truthSeconds: number
}

const TICKS_PER_SECOND = 100

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024)
}

/** one JSON line of the child's stdout, the next one it prints */
function nextLine<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (d: string) => {
      out += d
      const end = out.indexOf('\n')
      if (end < 0) return
      child.stdout!.off('data', onData)
      child.off('exit', onExit)
      resolve(JSON.parse(out.slice(0, end)) as T)
    }
    const onExit = (code: number | null) => reject(new Error(`serve-dataset exited (${code}) before answering: ${out}`))
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', onData)
    child.once('exit', onExit)
  })
}

/** The gateway and the read-only endpoint over `dir`, in a child process. */
export async function serveDataset(dir: string): Promise<ServedDataset & { child: ChildProcess; stop: () => Promise<ServedRequests & { peakRssMb: number }> }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'serve-dataset.js'), dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const urls = await nextLine<ServedDataset>(child)
  return {
    ...urls,
    child,
    async stop() {
      const peak = peakRssMb(child.pid!)
      const served = nextLine<ServedRequests>(child)
      child.kill('SIGTERM')
      return { ...(await served), peakRssMb: peak }
    },
  }
}

export interface BackfillOptions {
  chain?: 'base' | 'og'
  /** a migrated database to fill (default: a fresh one) */
  dbUrl?: string
  rootPid?: number
  log?: (line: string) => void
}

/**
 * The processor's environment: the dataset's gateway and endpoint in place of the chain's network. The
 * OG processor's gateway is a deployments setting (the devnet profile reads chains.og.gatewayUrl), so
 * OG gets a copy of the dataset's deployments file with it filled in, written beside the dataset.
 */
function chainEnv(chain: 'base' | 'og', dir: string, served: ServedDataset): Record<string, string> {
  const deployments = path.join(dir, 'deployments.json')
  if (chain === 'base') return { PROFILE: 'devnet', DEVNET_DEPLOYMENTS: deployments, BASE_RPC_URL: served.rpcUrl, BASE_GATEWAY_URL: served.gatewayUrl }
  if (!served.blobStoreUrl) throw new Error(`${dir} has no blobs/ folder: not an OG dataset`)
  const withGateway = JSON.parse(fs.readFileSync(deployments, 'utf8'))
  withGateway.chains.og.gatewayUrl = served.gatewayUrl
  const file = path.join(dir, 'deployments.served.json')
  fs.writeFileSync(file, `${JSON.stringify(withGateway, null, 2)}\n`)
  return { PROFILE: 'devnet', DEVNET_DEPLOYMENTS: file, OG_RPC_URL: served.rpcUrl, BLOB_STORE_URL: served.blobStoreUrl }
}

/** Indexes one chain from `dir` (a dataset with deployments.json and ground-truth.json beside it) and holds the result to the dataset. */
export async function backfillDataset(dir: string, options: BackfillOptions = {}): Promise<DatasetBackfill> {
  const log = options.log ?? (() => {})
  const chain = options.chain ?? 'base'
  const name = chain === 'base' ? 'Base' : 'OG'
  const height = DatasetReader.open(dir).manifest.height
  const dbUrl = options.dbUrl ?? (await freshDatabase())
  if (!options.dbUrl) migrate(dbUrl)
  const rootPid = options.rootPid ?? process.pid
  const served = await serveDataset(dir)
  let result: Omit<DatasetBackfill, 'events' | 'truth' | 'truthSeconds' | 'indexBuildSeconds' | 'verification'>
  try {
    const servedBefore = readProcessStat(served.child.pid!)
    const pgBefore = ownProcesses(rootPid, ['postgres'])
    log(
      `backfilling ${name} blocks 0..${height} from the dataset through the gateway ${served.gatewayUrl} (node: the dataset's read-only endpoint ${served.rpcUrl})…`,
    )
    const run = await runProcessor(chain, { DATABASE_URL: dbUrl, ...chainEnv(chain, dir, served) }, height)
    const servedAfter = readProcessStat(served.child.pid!)
    const pg = cpuSecondsByCommand(pgBefore, ownProcesses(rootPid, ['postgres']))
    if (run.code !== 0) console.error(`the ${chain} processor failed:\n${run.tail}`)
    result = {
      dbUrl,
      blocks: height + 1,
      run,
      cpuSeconds: {
        [`${chain} processor`]: run.usage?.cpuSeconds ?? 0,
        'gateway and endpoint': servedBefore && servedAfter ? (servedAfter.ownTicks - servedBefore.ownTicks) / TICKS_PER_SECOND : 0,
        postgres: pg.postgres ?? 0,
      },
      served: await served.stop(),
    }
  } catch (error) {
    served.child.kill('SIGTERM')
    throw error
  }
  log('holding the database to the dataset’s blocks and its ground truth…')
  const started = Date.now()
  const groundTruth = readGroundTruth(path.join(dir, 'ground-truth.json'))
  let events: number
  let truth: TruthReport
  if (chain === 'base') {
    const facts = await readDatasetFacts(dir)
    events = facts.events
    truth = await compareWithDataset(dbUrl, facts, groundTruth)
  } else {
    const facts = await readOgDatasetFacts(dir)
    events = facts.events
    truth = await compareOgWithDataset(dbUrl, facts, groundTruth)
  }
  const indexBuild = /built \d+ indexes in ([\d.]+) s/.exec(result.run.tail)
  return {
    ...result,
    events,
    indexBuildSeconds: indexBuild ? Number(indexBuild[1]) : null,
    verification: parseBacklogVerification(result.run.tail),
    truth,
    truthSeconds: (Date.now() - started) / 1000,
  }
}
