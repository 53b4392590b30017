import type { Plugin } from 'graphql-yoga'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Db } from '../db/db'
import { CHAINS, type HeadsReader } from '../heads'

function routeOf(pathname: string): string {
  if (pathname === '/graphql') return 'graphql'
  if (pathname.startsWith('/export/')) return 'export'
  if (pathname === '/healthz' || pathname === '/readyz') return 'health'
  return 'other'
}

export interface ApiMetrics {
  /** the yoga plugin: /metrics, and the API's own answers */
  plugin: Plugin
  /**
   * Counts an answer given before the API (the front door's /healthz and 429s) in the same request
   * counter and duration histogram: an increment and an observation, no plugin and no allocation of a
   * fetch Request, so a liveness probe stays as cheap as it is.
   */
  observe(route: 'health' | 'graphql' | 'export', status: number, seconds: number): void
}

/** the plugin alone, for an API without a front door (tests calling yoga.fetch) */
export function useMetrics(db: Db, heads: HeadsReader): Plugin {
  return createMetrics(db, heads).plugin
}

/**
 * Prometheus metrics on /metrics: requests and latency per route, GraphQL errors per code, the
 * indexed heads and the pool. One registry per API instance, so several instances in one process
 * (the tests) do not collide.
 */
export function createMetrics(db: Db, heads: HeadsReader): ApiMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'og_api_' })
  const requests = new Counter({
    name: 'og_api_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'og_api_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const errors = new Counter({
    name: 'og_api_graphql_errors_total',
    help: 'GraphQL errors by extensions.code (INTERNAL for masked ones)',
    labelNames: ['code'],
    registers: [registry],
  })
  new Gauge({
    name: 'og_api_indexed_height',
    help: 'indexed head per chain, as the API reads it',
    labelNames: ['chain'],
    registers: [registry],
    async collect() {
      const h = await heads.get().catch(() => null)
      for (const c of CHAINS) this.set({ chain: c }, h?.[c]?.height ?? -1)
    },
  })
  new Gauge({
    name: 'og_api_db_pool_clients',
    help: 'database pool clients by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, db.pool.totalCount)
      this.set({ state: 'idle' }, db.pool.idleCount)
      this.set({ state: 'waiting' }, db.pool.waitingCount)
    },
  })
  const started = new WeakMap<Request, { at: number; route: string }>()
  const observe: ApiMetrics['observe'] = (route, status, seconds) => {
    requests.inc({ route, status: String(status) })
    duration.observe({ route }, seconds)
  }
  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        return endResponse(new fetchAPI.Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }))
      }
      started.set(request, { at: performance.now(), route: routeOf(url.pathname) })
    },
    onResponse({ request, response }) {
      const s = started.get(request)
      if (!s) return
      requests.inc({ route: s.route, status: String(response.status) })
      duration.observe({ route: s.route }, (performance.now() - s.at) / 1000)
    },
    onExecutionResult({ result }) {
      if (!result || Array.isArray(result) || typeof result !== 'object' || !('errors' in result)) return
      for (const e of result.errors ?? []) errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL') })
    },
  }
  return { plugin, observe }
}
