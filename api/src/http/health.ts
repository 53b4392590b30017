import type { Plugin } from 'graphql-yoga'
import type { Db } from '../db/db'
import type { HeadsReader } from '../heads'

/**
 * /healthz: the process answers. /readyz: the database answers and both processors have written a
 * head, i.e. there is something to serve (a load balancer should only route here then).
 */
export function useHealthRoutes(db: Db, heads: HeadsReader): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      const json = (status: number, body: unknown) => endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
      if (url.pathname === '/healthz') return json(200, { status: 'ok' })
      if (url.pathname !== '/readyz') return
      try {
        await db.query('SELECT 1')
        const h = await heads.get()
        const missing = (['og', 'base'] as const).filter((c) => !h[c])
        if (missing.length > 0) return json(503, { status: 'not-ready', reason: `no indexed head yet for ${missing.join(', ')}`, indexedHeads: h })
        return json(200, { status: 'ready', indexedHeads: h })
      } catch {
        return json(503, { status: 'not-ready', reason: 'database unreachable' })
      }
    },
  }
}
