import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'
import { freePort } from '@og-explorer/devnet'
import type { z } from 'zod'
import type { LoadRow, loadOptionsSchema } from '../results/schema'
import { processTreeCpuMs } from '../util/process-cpu'
import { API_SCRIPT } from '../util/paths'
import type { BenchQuery } from './queries'

/** connections, seconds measured per query, and seconds of unmeasured load first (lets the JIT compile the query's path and fills pools and caches) */
export type LoadOptions = z.infer<typeof loadOptionsSchema>

/**
 * Requests one client may have open at once, and its queries on the pool at once, set for every API
 * the benchmarks start: the load test measures throughput from one address, so the public defaults
 * (kept low against abuse and for fairness between clients) would turn its connections into 429s or
 * queue them, and measure the limiter instead.
 */
export const BENCH_MAX_IN_FLIGHT = 1_000_000
export const BENCH_MAX_CLIENT_QUERIES = 1_000_000

export interface RunningServer {
  url: string
  child: ChildProcess
}

/** Spawns a server and waits for the line that says it listens. */
export async function spawnServer(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; ready: string; url: (port: number) => string },
): Promise<RunningServer> {
  const port = await freePort()
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(port), API_PORT: String(port), GQL_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let ready = false
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      // once it listens, only its errors are of interest
      if (ready) return
      output = (output + d.toString()).slice(-20_000)
      if (output.includes(options.ready)) {
        ready = true
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d: Buffer) => (ready ? process.stderr.write(d) : onData(d)))
    child.once('exit', (code) => reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}: ${output.slice(-2000)}`)))
  })
  return { url: options.url(port), child }
}

/** The API's settings for a benchmark: rate limit and per-client in-flight cap out of the way. */
export function benchApiEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    API_DATABASE_URL: databaseUrl,
    API_RATE_LIMIT: '1000000000',
    API_MAX_IN_FLIGHT: String(BENCH_MAX_IN_FLIGHT),
    API_MAX_CLIENT_QUERIES: String(BENCH_MAX_CLIENT_QUERIES),
    API_MAX_CLIENT_RUNNING: String(BENCH_MAX_CLIENT_QUERIES),
  }
}

/** Our API on a free port, rate limit off, with the given response cache TTL. */
export function startApi(databaseUrl: string, cacheTtlMs: number, workers: number): Promise<RunningServer> {
  return spawnServer(process.execPath, [API_SCRIPT], {
    env: { ...process.env, ...benchApiEnv(databaseUrl), API_CACHE_TTL_MS: String(cacheTtlMs), API_WORKERS: String(workers) },
    ready: 'GraphQL on',
    url: (port) => `http://127.0.0.1:${port}/graphql`,
  })
}

async function check(url: string, q: BenchQuery): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  })
  const body = (await res.json()) as { errors?: unknown }
  if (res.status !== 200 || body.errors) throw new Error(`${q.name} failed: ${JSON.stringify(body).slice(0, 500)}`)
}

/** autocannon on each query in turn; rps, latency and the server's CPU per request. */
export async function loadEach(url: string, pid: number, queries: BenchQuery[], options: LoadOptions): Promise<LoadRow[]> {
  const rows: LoadRow[] = []
  for (const q of queries) {
    await check(url, q)
    const load = (duration: number) =>
      autocannon({
        url,
        method: 'POST',
        connections: options.connections,
        duration,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query, variables: q.variables }),
      })
    await load(options.warmup)
    const cpuBefore = processTreeCpuMs(pid)
    const r = await load(options.duration)
    const cpuAfter = processTreeCpuMs(pid)
    const cpuMs = cpuBefore === null || cpuAfter === null || r.requests.total === 0 ? null : Math.round(((cpuAfter - cpuBefore) / r.requests.total) * 100) / 100
    const row: LoadRow = {
      name: q.name,
      kind: q.kind,
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      failed: r.non2xx + r.errors + r.timeouts,
      cpuMs,
    }
    // one line per query while it runs: a full pass takes minutes
    console.log(`  ${rows.length + 1}/${queries.length} ${row.name}: ${row.rps} rps, p99 ${row.p99} ms${row.failed > 0 ? `, ${row.failed} failed` : ''}`)
    rows.push(row)
  }
  return rows
}
