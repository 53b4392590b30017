/**
 * The heavy lane's worker thread: the same GraphQL pipeline as the main thread (input guard, armor,
 * error codes, the request budget, indexed heads, masked errors) over its own small pool, answering
 * one message per heavy request with the finished response body. Executing and serialising a large
 * answer here keeps the main thread's event loop free for light requests and /healthz.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createYoga } from 'graphql-yoga'
import { createChainReaders } from '../chain/readers'
import type { ApiConfig } from '../config'
import { createDb } from '../db/db'
import { createPool } from '../db/pool'
import { createHeadsReader } from '../heads'
import { useInputGuard } from '../http/input-guard'
import { loadModel } from '../model/load-model'
import { useArmor } from '../plugins/armor'
import { useRequestBudget } from '../plugins/budget'
import { useErrorCodes } from '../plugins/error-codes'
import { useIndexedHeads } from '../plugins/indexed-heads'
import type { ApiContext } from '../resolvers/context'
import { createLoaders } from '../resolvers/loaders'
import { createRowBudget } from '../resolvers/row-budget'
import { buildSchema } from '../schema/build-schema'
import { JOB_HEADER, type LaneJob, type LaneReply } from './lane-protocol'
import { LANE_NICE_STEP, lowerThisThreadPriority } from './thread-priority'

// heavy answers take the CPU the main thread leaves, so light requests and /healthz are not queued behind them
lowerThisThreadPriority(LANE_NICE_STEP)

const config = (workerData as { config: ApiConfig }).config
const model = loadModel(config.schemaFile)
const db = createDb(
  createPool({ url: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs, size: config.heavyLane.poolSize }),
  config.statementTimeoutMs,
)
const heads = createHeadsReader(db, config.headsTtlMs)
const chain = createChainReaders(config.chain)
/** the error codes of each job's result, for the main thread's metrics and response cache */
const codes = new Map<string, (string | null)[]>()

const yoga = createYoga<Record<string, unknown>, ApiContext>({
  schema: buildSchema(model),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  cors: false,
  maskedErrors: true,
  logging: true,
  context: () => ({ db, model, config, heads, loaders: createLoaders(db, model), rows: createRowBudget(config.limits.maxRowsPerRequest), chain }),
  plugins: [
    useInputGuard(),
    useArmor(config.limits),
    useErrorCodes(),
    // no lane here: this is the lane
    useRequestBudget(config, model),
    useIndexedHeads(heads),
    {
      onExecutionResult({ request, result }) {
        const job = request.headers.get(JOB_HEADER)
        if (job && result && !Array.isArray(result) && 'errors' in result)
          codes.set(
            job,
            (result.errors ?? []).map((e) => (e.extensions?.code as string | undefined) ?? null),
          )
      },
    },
  ],
})

parentPort!.on('message', async (job: LaneJob) => {
  const key = String(job.id)
  try {
    const response = await yoga.fetch('http://lane/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: job.accept, [JOB_HEADER]: key },
      body: job.body,
    })
    const body = new Uint8Array(await response.arrayBuffer())
    const reply: LaneReply = {
      id: job.id,
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body,
      errorCodes: codes.get(key) ?? [],
    }
    // the body's memory moves to the main thread rather than being copied
    parentPort!.postMessage(reply, [body.buffer as ArrayBuffer])
  } catch (error) {
    console.error('[api] heavy lane job failed', error)
    parentPort!.postMessage({ id: job.id, failed: true } satisfies LaneReply)
  } finally {
    codes.delete(key)
  }
})
