/**
 * Case "abuse" (API on the open internet): each attack of the issue, run from one client against
 * the API over loopback while an analyst (another client) keeps working and /healthz is probed. For
 * each attack the row gives the status codes, the attack's time, the analyst's p99 and /healthz's
 * p99 during it, and whether the API process is still the same one. Asserted: the process never
 * exits or restarts, and every attack meant to be refused is refused with its code. The latency
 * targets are printed beside the figures (a shared 2-core machine cannot promise them), and so is
 * what the API and the machine did meanwhile (api-row-meter.ts: the API's event-loop delay, its GC
 * and CPU, how busy the cores were), so a row over a target says where the time went.
 */
import http from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { readerUrl, apiBuilt, startApiServer, type ApiServer } from '../api-server'
import { startHealthProber } from '../api-health-prober'
import { RowMeter } from '../api-row-meter'
import { budgetAttacks, STALLED_READER_MS, STEADY_QUERIES, type Attack, type AttackRequest } from '../api-corpus'
import type { FaultFixture } from '../fixture'
import { failed, resultFrom, type CaseResult } from '../report'

const TARGETS = { healthP99Ms: 100, steadyP99Ms: 250, rejectionMs: 100 }
/** the attacker and the analyst are told apart by X-Forwarded-For, as behind the proxy a public API sits behind */
const ATTACKER = '203.0.113.66'
const ANALYST = '198.51.100.7'

interface Reply {
  status: number
  ms: number
  code?: string
  hasData: boolean
  /** a page: how many of the GraphiQL files it names were fetched with it */
  files?: number
  /** a stalled export: whether the API cut it off (its file does not end with its "# end" line) */
  cutOff?: boolean
}

async function send(server: ApiServer, client: string, path: string, init: RequestInit = {}): Promise<Reply> {
  const started = performance.now()
  try {
    const res = await fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'x-forwarded-for': client, accept: 'application/json', ...(init.headers as Record<string, string>) },
    })
    const text = await res.text()
    const ms = performance.now() - started
    let json: any
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    const hasData = !!json?.data && Object.values(json.data).some((v) => v !== null)
    return { status: res.status, ms, code: json?.errors?.[0]?.extensions?.code, hasData }
  } catch {
    return { status: 0, ms: performance.now() - started, hasData: false }
  }
}

/** A web page and then every GraphiQL file it names, all at once and without any cache, as a scraper fetches them. */
async function page(server: ApiServer, client: string, path: string): Promise<Reply> {
  const started = performance.now()
  const get = async (p: string, accept: string) => {
    const res = await fetch(`${server.url}${p}`, { headers: { 'x-forwarded-for': client, accept } })
    return { status: res.status, text: await res.text() }
  }
  try {
    const html = await get(path, 'text/html')
    const files = [...new Set(html.text.match(/\/graphql\/graphiql\/[^"'\s]+/g) ?? [])]
    const statuses = (await Promise.all(files.map((f) => get(f, '*/*')))).map((r) => r.status)
    const status = [html.status, ...statuses].find((s) => s !== 200) ?? 200
    return { status, ms: performance.now() - started, hasData: false, files: files.length }
  } catch {
    return { status: 0, ms: performance.now() - started, hasData: false }
  }
}

/**
 * A GET whose body the client stops reading once the headers are in, for `stallMs`, and then reads to its end. The
 * socket's buffers fill, the API can write no more, and its write timeout must cut the export off and give its
 * connection back; the reply's time is until the client has the last byte (or the API closed the socket).
 */
function stalled(server: ApiServer, client: string, path: string, stallMs: number): Promise<Reply> {
  const started = performance.now()
  return new Promise((resolve) => {
    const req = http.get(`${server.url}${path}`, { headers: { 'x-forwarded-for': client } }, (res) => {
      const status = res.statusCode ?? 0
      let tail = ''
      const done = (cutOff: boolean) => resolve({ status, ms: performance.now() - started, hasData: false, cutOff, code: codeOf(tail) })
      res.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-2000)))
      res.once('end', () => done(!/^# end/m.test(tail.trimEnd().split('\n').at(-1) ?? '')))
      // a socket the API destroyed ends the body with an error: the cut-off this attack expects
      res.once('error', () => done(true))
      res.once('aborted', () => done(true))
      if (status === 200) {
        res.pause()
        setTimeout(() => res.resume(), stallMs)
      }
    })
    req.once('error', () => resolve({ status: 0, ms: performance.now() - started, hasData: false }))
  })
}

function codeOf(text: string): string | undefined {
  try {
    return JSON.parse(text)?.errors?.[0]?.extensions?.code
  } catch {
    return undefined
  }
}

function sendRequest(server: ApiServer, client: string, r: AttackRequest): Promise<Reply> {
  if (r.body !== undefined) return gql(server, client, r.body)
  if (!r.path) throw new Error('an attack request needs a body or a path')
  if (r.page) return page(server, client, r.path)
  if (r.stallMs) return stalled(server, client, r.path, r.stallMs)
  return send(server, client, r.path)
}

const gql = (server: ApiServer, client: string, body: unknown) =>
  send(server, client, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

function p99(values: number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]
}

/**
 * The analyst's queries one after another (two such loops) and /healthz every 20 ms, until stopped.
 * The probe runs on a thread of its own (api-health-prober.ts): a liveness probe is another machine's
 * client, and on this loop it would also wait while the attacker's answers are parsed.
 */
function backgroundLoad(server: ApiServer) {
  const steady: number[] = []
  const steadyFailures: string[] = []
  let running = true
  let n = 0
  // the prober, the analyst and the attacker share this process's event loop: its own delay is printed beside
  // the figures, so a reader can tell the API's latency from the time this process took to see the answer
  const ownLoop = monitorEventLoopDelay({ resolution: 5 })
  ownLoop.enable()
  const analyst = async () => {
    while (running) {
      // a new offset each time, so the response cache does not answer for the database
      const query = STEADY_QUERIES[n % STEADY_QUERIES.length].replace('$OFFSET', String(n % 50))
      n++
      const r = await gql(server, ANALYST, { query })
      steady.push(r.ms)
      if (r.status !== 200 || r.code) steadyFailures.push(`HTTP ${r.status} ${r.code ?? ''}`)
    }
  }
  const loops = [analyst(), analyst()]
  const prober = startHealthProber(server.url, { 'x-forwarded-for': ANALYST }, 20)
  const meter = new RowMeter(server.url)
  return {
    /** figures since the last mark */
    async mark() {
      steady.length = 0
      steadyFailures.length = 0
      ownLoop.reset()
      prober.take()
      await meter.mark()
    },
    figures: async () => {
      const health = prober.take()
      return {
        steadyP99: p99(steady),
        steadyCount: steady.length,
        healthP99: p99(health.ms),
        healthCount: health.ms.length,
        healthFailed: health.failed,
        steadyFailures: [...steadyFailures],
        ownLoopMaxMs: ownLoop.max / 1e6,
        ...(await meter.figures()),
      }
    },
    async stop() {
      running = false
      ownLoop.disable()
      await Promise.all([...loops, prober.stop()])
    },
  }
}

/**
 * A heavy request (fifteen aliased pages of 1000) is answered by the heavy lane's worker thread: its
 * answer must still be the database's, page by page.
 */
async function heavyAnswerIsTheDatabases(server: ApiServer, dbUrl: string): Promise<CaseResult> {
  const name = 'abuse: a heavy request answers what the database holds'
  try {
    const aliases = 15
    const body = {
      query: `{ ${Array.from({ length: aliases }, (_, i) => `p${i}: inferences(limit: 1000, offset: ${i * 7}, orderBy: id_ASC) { id }`).join(' ')} }`,
    }
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': '192.0.2.15' },
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as { data?: Record<string, { id: string }[]>; errors?: unknown[] }
    const problems: string[] = []
    if (res.status !== 200 || json.errors || !json.data) problems.push(`HTTP ${res.status} ${JSON.stringify(json.errors ?? null).slice(0, 200)}`)
    let compared = 0
    for (let i = 0; i < aliases && json.data; i++) {
      const expected = (await query<{ id: string }>(dbUrl, 'select id from inference order by id limit 1000 offset $1', [i * 7])).map((r) => r.id)
      const served = (json.data[`p${i}`] ?? []).map((r) => r.id)
      compared += expected.length
      if (served.length !== expected.length || served.some((id, k) => id !== expected[k]))
        problems.push(`page p${i}: ${served.length} ids served, ${expected.length} in the database, or in another order`)
    }
    return resultFrom(
      name,
      { rowsCompared: compared, mismatches: [] },
      null,
      [`${aliases} pages of up to 1000 inferences, ${compared} ids compared with SQL`],
      problems,
    )
  } catch (error) {
    return failed(name, error)
  }
}

function alive(server: ApiServer, pid: number): boolean {
  return server.child.exitCode === null && server.child.signalCode === null && server.child.pid === pid
}

async function runAttack(server: ApiServer, attack: Attack, minWindowMs: number): Promise<Reply[]> {
  const replies: Reply[] = []
  const started = performance.now()
  // repeated (with a fresh variant each round, so no cache answers) until the window is long enough
  // to measure the analyst beside it, and at most `rounds` times
  for (let round = 0; round < attack.rounds && (round === 0 || performance.now() - started < minWindowMs); round++) {
    const requests = attack.requests(round)
    replies.push(...(await Promise.all(requests.map((r) => sendRequest(server, ATTACKER, r)))))
  }
  return replies
}

/** no answer, or a server error; 503 with Retry-After is the overload answer and is allowed */
const brokenReply = (r: Reply) => r.status === 0 || (r.status >= 500 && r.status !== 503)

function summarize(replies: Reply[]): string {
  const counts = new Map<string, number>()
  for (const r of replies) {
    const key = `${r.status}${r.code ? ` ${r.code}` : ''}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ')
}

export async function apiBudgetCases(fx: FaultFixture): Promise<CaseResult[]> {
  if (!apiBuilt()) return [failed('abuse', new Error('api/lib/index.js is missing: the API workspace is not built'))]
  const dbUrl = await fx.indexedCopy()
  const reader = await readerUrl(dbUrl)
  const minWindowMs = fx.options.short ? 1500 : 5000
  let server: ApiServer | undefined
  const rows: CaseResult[] = []
  try {
    // the analyst asks again as soon as it is answered, which passes the 600-per-minute window within seconds once
    // the API keeps up; that window is the "api" case's to test, the per-client in-flight and heavy-lane limits stay
    // the write timeout shortened (15 s by default) so that ten clients that never read are cut off within the row
    server = await startApiServer(reader, {
      API_TRUST_PROXY: 'true',
      API_RATE_LIMIT: '1000000',
      API_EXPORT_WRITE_TIMEOUT_MS: String(Math.round(STALLED_READER_MS / 2)),
    })
    const pid = server.child.pid!
    rows.push(await heavyAnswerIsTheDatabases(server, dbUrl))
    const warm = await gql(server, ANALYST, { query: STEADY_QUERIES[0].replace('$OFFSET', '0') })
    if (warm.status !== 200 || warm.code) throw new Error(`the analyst's query fails: HTTP ${warm.status} ${warm.code ?? ''}`)
    const load = backgroundLoad(server)
    await new Promise((r) => setTimeout(r, 300))
    // FAULT_ABUSE_ATTACK=<part of a name> runs only the matching attacks (to repeat or profile one alone)
    const only = process.env.FAULT_ABUSE_ATTACK?.trim()
    for (const attack of budgetAttacks().filter((a) => !only || a.name.includes(only))) {
      const name = `abuse: ${attack.name}`
      await load.mark()
      const started = performance.now()
      const replies = await runAttack(server, attack, minWindowMs)
      const attackMs = performance.now() - started
      const f = await load.figures()
      const problems: string[] = []
      if (!alive(server, pid)) problems.push(`the API process exited or was replaced (pid ${pid}): ${server.output().slice(-300)}`)
      const slowestRejection = Math.max(0, ...replies.filter((r) => r.code && attack.codes.includes(r.code)).map((r) => r.ms))
      if (attack.expect === 'refused') {
        const wrong = replies.filter((r) => !r.code || !attack.codes.includes(r.code) || r.hasData)
        if (wrong.length) problems.push(`${wrong.length} of ${replies.length} not refused with ${attack.codes.join('/')}: ${summarize(wrong)}`)
      } else if (attack.expect === 'some-refused') {
        if (!replies.some((r) => r.code && attack.codes.includes(r.code))) problems.push(`none refused with ${attack.codes.join('/')}: ${summarize(replies)}`)
        const broken = replies.filter(brokenReply)
        if (broken.length) problems.push(`${broken.length} answers without a status or with a 5xx other than 503: ${summarize(broken)}`)
      } else {
        const broken = replies.filter(brokenReply)
        if (broken.length) problems.push(`${broken.length} answers without a status or with a 5xx other than 503: ${summarize(broken)}`)
      }
      const pages = replies.filter((r) => r.files !== undefined)
      if (pages.some((r) => r.status === 200 && r.files === 0)) problems.push('a GraphiQL page named none of its files')
      const stalls = replies.filter((r) => r.cutOff !== undefined)
      if (stalls.length && !stalls.some((r) => r.cutOff)) problems.push('no client that stopped reading was cut off: the attack never filled a socket')
      if (f.healthFailed) problems.push(`/healthz failed ${f.healthFailed} times`)
      if (f.steadyFailures.length) problems.push(`the analyst's queries failed ${f.steadyFailures.length} times (${f.steadyFailures.slice(0, 3).join(', ')})`)
      const fig = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a')
      const notes = [
        `${replies.length} attack requests: ${summarize(replies)}`,
        ...(pages.length ? [`${pages.reduce((n, r) => n + (r.files ?? 0), 0)} GraphiQL files fetched with the pages`] : []),
        ...(stalls.length ? [`${stalls.filter((r) => r.cutOff).length} of ${stalls.length} stalled exports cut off by the write timeout`] : []),
        `attack ${attackMs.toFixed(0)} ms, slowest request ${fig(Math.max(...replies.map((r) => r.ms)))}${attack.expect === 'refused' ? `, slowest rejection ${fig(slowestRejection)} (target < ${TARGETS.rejectionMs} ms)` : ''}`,
        `analyst p99 ${fig(f.steadyP99)} over ${f.steadyCount} queries (target < ${TARGETS.steadyP99Ms} ms)`,
        `/healthz p99 ${fig(f.healthP99)} over ${f.healthCount} probes (target < ${TARGETS.healthP99Ms} ms)`,
        `this process's own event-loop delay at most ${fig(f.ownLoopMaxMs)}`,
        `the API's event-loop delay p99 ${fig(f.apiLoopP99Ms)}, max ${fig(f.apiLoopMaxMs)}, its GC ${fig(f.apiGcMs)}, its CPU ${f.apiCores.toFixed(2)} cores, the machine ${(f.machineBusy * 100).toFixed(0)} % busy`,
        `pid ${alive(server, pid) ? 'unchanged' : 'CHANGED'}`,
      ]
      rows.push({
        ...resultFrom(name, { rowsCompared: 0, mismatches: [] }, null, notes, problems),
        figures: {
          healthP99Ms: f.healthP99,
          steadyP99Ms: f.steadyP99,
          ...(attack.expect === 'refused' ? { slowestRejectionMs: slowestRejection } : {}),
          processReplaced: alive(server, pid) ? 0 : 1,
        },
      })
    }
    await load.stop()
    const ready = await send(server, ANALYST, '/readyz')
    const truth = await fx.truth(dbUrl)
    rows.push(
      resultFrom(
        'abuse: afterwards',
        truth,
        null,
        [`/readyz ${ready.status}`, `pid ${alive(server, pid) ? 'unchanged' : 'CHANGED'}`],
        alive(server, pid) && ready.status === 200 ? [] : [`after the attacks: /readyz ${ready.status}, process ${alive(server, pid) ? 'up' : 'gone'}`],
      ),
    )
    return rows
  } catch (error) {
    return [...rows, failed('abuse', error)]
  } finally {
    await server?.stop()
  }
}
