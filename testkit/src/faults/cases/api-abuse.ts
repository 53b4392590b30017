/**
 * Case 6, API abuse, over a clean index: a corpus of hostile queries, each to be refused within a
 * second with its error code while /healthz keeps answering; SQL in string values answered
 * harmlessly; a flood from one client cut off with 429; then sustained load with autocannon on a
 * list query, with no errors and every body the one the database says. Afterwards the database must
 * still equal chain truth.
 */
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { hostileCorpus, LOAD_QUERY, SQL_IN_STRINGS } from '../api-corpus'
import { apiBuilt, loadAutocannon, readerUrl, startApiServer, type ApiServer } from '../api-server'
import type { FaultFixture } from '../fixture'
import { failed, resultFrom, type CaseResult } from '../report'

/** the reliability issue's target for a list query at 10 connections */
const TARGET_RPS = 2000

async function post(server: ApiServer, body: unknown): Promise<{ status: number; ms: number; json: any; headers: Headers }> {
  const started = performance.now()
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  const ms = performance.now() - started
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = { unparsed: text.slice(0, 200) }
  }
  return { status: res.status, ms, json, headers: res.headers }
}

async function healthy(server: ApiServer): Promise<boolean> {
  return fetch(`${server.url}/healthz`).then(
    (r) => r.status === 200,
    () => false,
  )
}

export async function apiAbuseCases(fx: FaultFixture): Promise<CaseResult[]> {
  if (!apiBuilt()) return [failed('api', new Error('api/lib/index.js is missing: the API workspace is not built'))]
  const dbUrl = await fx.indexedCopy()
  const reader = await readerUrl(dbUrl)
  return [await hostile(fx, dbUrl, reader), await sustained(fx, dbUrl, reader)]
}

/** the hostile case's per-client window: under half the flood, so the flood is refused wherever a minute ends */
const FLOOD_WINDOW = 300

async function hostile(fx: FaultFixture, dbUrl: string, reader: string): Promise<CaseResult> {
  const name = 'api: hostile queries, SQL in strings, one-client flood'
  let server: ApiServer | undefined
  try {
    // a window of 300 requests, not the default 600: the window is aligned to the clock's minutes, so a flood of 700
    // that straddles a minute's end may be split in two halves under 600 and never refused (seen once in npm test);
    // any split of 700 leaves one side above 300
    server = await startApiServer(reader, { API_RATE_LIMIT: String(FLOOD_WINDOW) })
    const problems: string[] = []
    let slowest = 0
    const corpus = hostileCorpus()
    for (const request of corpus) {
      // the median of three attempts is held to the second: one attempt can lose the CPU to the machine
      const attempts = [await post(server, request.body), await post(server, request.body), await post(server, request.body)]
      const median = attempts.map((a) => a.ms).sort((a, b) => a - b)[1]
      slowest = Math.max(slowest, ...attempts.map((a) => a.ms))
      for (const r of attempts) {
        const code = r.json?.errors?.[0]?.extensions?.code
        const leaked = r.json?.data && Object.values(r.json.data).some((v) => v !== null)
        if (!request.codes.includes(code)) problems.push(`${request.name}: code ${code ?? 'none'} (HTTP ${r.status}), expected ${request.codes.join(' or ')}`)
        if (leaked) problems.push(`${request.name}: answered with data`)
      }
      if (median >= 1000) problems.push(`${request.name}: refused after ${median.toFixed(0)} ms (median of 3)`)
      if (!(await healthy(server))) problems.push(`/healthz failed after ${request.name}`)
    }
    const [{ n: before }] = await query<{ n: string }>(dbUrl, 'select (select count(*) from settlement) + (select count(*) from account) n')
    for (const q of SQL_IN_STRINGS) {
      const r = await post(server, { query: q })
      const empty = r.json?.data && Object.values(r.json.data).every((v) => Array.isArray(v) && v.length === 0)
      if (r.status !== 200 || r.json?.errors || !empty) problems.push(`SQL in a string value: ${JSON.stringify(r.json).slice(0, 160)}`)
    }
    const [{ n: after }] = await query<{ n: string }>(dbUrl, 'select (select count(*) from settlement) + (select count(*) from account) n')
    if (after !== before) problems.push(`rows changed under SQL-looking strings: ${before} → ${after}`)
    const flood = await floodOneClient(server)
    if (flood.refused === 0) problems.push(`${flood.sent} requests from one client in a burst: none refused with 429`)
    if (flood.other.length) problems.push(`flood: unexpected answers ${flood.other.slice(0, 3).join(', ')}`)
    if (!flood.healthy) problems.push('/healthz failed during the flood')
    const truth = await fx.truth(dbUrl)
    return resultFrom(
      name,
      truth,
      null,
      [
        `${corpus.length} hostile requests × 3 refused with their codes, slowest attempt ${slowest.toFixed(0)} ms`,
        `${SQL_IN_STRINGS.length} SQL-in-string queries answered empty`,
        `flood of ${flood.sent}: ${flood.refused} × 429 RATE_LIMITED with Retry-After`,
      ],
      problems,
    )
  } catch (error) {
    return failed(name, error)
  } finally {
    await server?.stop()
  }
}

/** More requests than the per-client limit allows in its window, 20 at a time, with /healthz probed alongside. */
async function floodOneClient(server: ApiServer): Promise<{ sent: number; refused: number; other: string[]; healthy: boolean }> {
  const sent = 700
  if (sent <= 2 * FLOOD_WINDOW) throw new Error('the flood must exceed two windows to be refused wherever a window ends')
  let refused = 0
  let healthyAll = true
  const other: string[] = []
  for (let i = 0; i < sent; i += 20) {
    const replies = await Promise.all(Array.from({ length: Math.min(20, sent - i) }, () => post(server, { query: '{ __typename }' })))
    for (const r of replies) {
      if (r.status === 429 && r.json?.errors?.[0]?.extensions?.code === 'RATE_LIMITED' && Number(r.headers.get('retry-after')) > 0) refused++
      else if (r.status !== 200) other.push(`HTTP ${r.status} ${r.json?.errors?.[0]?.extensions?.code ?? ''}`)
    }
    if (!(await healthy(server))) healthyAll = false
  }
  return { sent, refused, other, healthy: healthyAll }
}

async function sustained(fx: FaultFixture, dbUrl: string, reader: string): Promise<CaseResult> {
  const seconds = fx.options.short ? 5 : 60
  const name = `api: sustained load, ${seconds} s at 10 connections`
  let server: ApiServer | undefined
  try {
    // as the API's own bench runs it: the per-client limits off (one machine is many clients here, and
    // its 10 connections would otherwise meet the per-client limits of 4 requests running and 4 queries), 2 workers
    server = await startApiServer(reader, {
      API_RATE_LIMIT: '1000000000',
      API_MAX_IN_FLIGHT: '1000000',
      API_MAX_CLIENT_QUERIES: '1000000',
      API_MAX_CLIENT_RUNNING: '1000000',
      API_WORKERS: '2',
    })
    const warm = await post(server, { query: LOAD_QUERY })
    if (warm.status !== 200 || warm.json?.errors) throw new Error(`the load query fails: ${JSON.stringify(warm.json).slice(0, 300)}`)
    // the API's answer must be the database's: the newest 50 settlements (ties within a block in any order)
    const problems: string[] = []
    const servedRows = warm.json.data.settlements as { id: string; blockNumber: number }[]
    const lowest = Math.min(...servedRows.map((s) => s.blockNumber))
    const newer = new Set((await query<{ id: string }>(dbUrl, 'select id from settlement where block_number > $1', [lowest])).map((r) => r.id))
    const atLowest = new Set((await query<{ id: string }>(dbUrl, 'select id from settlement where block_number = $1', [lowest])).map((r) => r.id))
    const served = new Set(servedRows.map((s) => s.id))
    const exact =
      servedRows.length === 50 && [...newer].every((id) => served.has(id)) && servedRows.every((s) => (s.blockNumber > lowest ? newer : atLowest).has(s.id))
    if (!exact) problems.push('the load query does not return the newest 50 settlements')
    const probes = { ok: 0, failed: 0 }
    let probing = true
    const prober = (async () => {
      while (probing) {
        ;(await healthy(server!)) ? probes.ok++ : probes.failed++
        await new Promise((r) => setTimeout(r, 250))
      }
    })()
    const autocannon = loadAutocannon()
    const result = await autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      connections: 10,
      duration: seconds,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: LOAD_QUERY }),
    })
    probing = false
    await prober
    const rps = Math.round(result.requests.average)
    const failures = result.errors + result.timeouts + result.non2xx
    if (failures) problems.push(`${failures} failed requests (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx)`)
    if (probes.failed) problems.push(`/healthz failed ${probes.failed} of ${probes.ok + probes.failed} probes under load`)
    const truth = await fx.truth(dbUrl)
    return resultFrom(
      name,
      truth,
      null,
      [
        `${result.requests.total} requests, ${rps} rps average${rps < TARGET_RPS ? ` (BELOW the ${TARGET_RPS} rps target on this shared 2-core machine; not asserted)` : ` (target ${TARGET_RPS})`}`,
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
        `/healthz ${probes.ok} of ${probes.ok + probes.failed} probes 200`,
      ],
      problems,
    )
  } catch (error) {
    return failed(name, error)
  } finally {
    await server?.stop()
  }
}
