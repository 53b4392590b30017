import { CHAINS } from '@og-explorer/common'
import type { Plugin } from 'graphql-yoga'
import type { Db } from '../db/db'
import { watchPoolPressure } from '../db/pool'
import type { HeadsReader } from '../heads'
import { LIVENESS } from './front-door'

/** queries waiting for a connection this long mean the pool is saturated, not just busy */
export const POOL_WAIT_LIMIT_MS = 1000
/** a probe that cannot get a connection and an answer within this is a pool that cannot serve */
export const PROBE_TIMEOUT_MS = 1000

type Probe = { ok: true } | { ok: false; reason: string }

/**
 * /healthz: the process answers (liveness; never touches the database, so an overloaded pool
 * does not get the process restarted). /readyz: the pool can serve now and both processors have
 * written a head; it turns red while queries queue for a connection or a probe cannot get one in
 * time, so a load balancer sends traffic elsewhere instead of piling it onto the queue.
 */
export function useHealthRoutes(db: Db, heads: HeadsReader): Plugin {
  const pressure = watchPoolPressure(db.pool)
  // one probe at a time: readiness checks from several balancers must not queue up themselves
  let probing: Promise<Probe> | null = null
  const probe = (): Promise<Probe> => {
    probing ??= new Promise<Probe>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, reason: `no database connection within ${PROBE_TIMEOUT_MS} ms` }), PROBE_TIMEOUT_MS)
      db.query('SELECT 1')
        .then(
          () => resolve({ ok: true }),
          () => resolve({ ok: false, reason: 'database unreachable' }),
        )
        .finally(() => clearTimeout(timer))
    }).finally(() => {
      probing = null
    })
    return probing
  }
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      const json = (status: number, body: unknown) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }))
      // on a socket the front door (front-door.ts) answers /healthz before any plugin; this is the same answer
      if (url.pathname === '/healthz') return json(200, LIVENESS)
      if (url.pathname !== '/readyz') return
      const waited = pressure.waitingForMs()
      const pool = { total: db.pool.totalCount, idle: db.pool.idleCount, waiting: db.pool.waitingCount }
      if (waited > POOL_WAIT_LIMIT_MS)
        return json(503, { status: 'not-ready', reason: `queries have waited for a database connection for ${Math.round(waited)} ms`, pool })
      const answer = await probe()
      if (!answer.ok) return json(503, { status: 'not-ready', reason: answer.reason, pool })
      try {
        const h = await heads.get()
        const missing = CHAINS.filter((c) => !h[c])
        if (missing.length > 0) return json(503, { status: 'not-ready', reason: `no indexed head yet for ${missing.join(', ')}`, indexedHeads: h })
        return json(200, { status: 'ready', indexedHeads: h, pool })
      } catch {
        return json(503, { status: 'not-ready', reason: 'database unreachable' })
      }
    },
  }
}
