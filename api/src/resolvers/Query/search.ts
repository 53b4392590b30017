import type { ApiContext } from '../context'
import { classify } from '../../search/classify'
import { PROBES } from '../../search/probes'
import { routeOf, type SearchHitKind } from '../../search/routes'

export const HITS_PER_PROBE = 10

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * Every probe for the query's shape in one UNION ALL round trip, each an equality on an indexed
 * column (or an ILIKE on the two small text columns). A tx hash found in any table also yields a
 * TRANSACTION hit for its chain.
 */
export async function search(_parent: unknown, args: { q: string }, ctx: ApiContext) {
  const { shape, value } = classify(args.q)
  const probes = PROBES[shape]
  const sql = probes.map((p, i) => `(SELECT ${i} AS probe, id, label FROM (${p.sql}) p${i} ORDER BY id LIMIT ${HITS_PER_PROBE})`).join(' UNION ALL ')
  const rows = await ctx.db.query<{ probe: number; id: string; label: string | null }>(sql, [shape === 'text' ? likePattern(value) : value])
  const hits: { kind: SearchHitKind; id: string; label: string; route: string; chain: string | null }[] = []
  const seen = new Set<string>()
  const push = (kind: SearchHitKind, id: string, label: string, chain: string | null) => {
    if (seen.has(`${kind}:${id}`)) return
    seen.add(`${kind}:${id}`)
    hits.push({ kind, id, label, route: routeOf(kind, id), chain })
  }
  const txChains = new Set<string>()
  for (const r of rows.sort((a, b) => a.probe - b.probe)) {
    const probe = probes[r.probe]
    if (shape === 'hash' && probe.chain) txChains.add(probe.chain)
    push(probe.kind, r.id, r.label ?? probe.kind.toLowerCase(), probe.chain ?? null)
  }
  const txHits = [...txChains].map((chain) => ({
    kind: 'TRANSACTION' as const,
    id: value,
    label: `${chain === 'og' ? 'OG' : 'Base'} transaction`,
    route: routeOf('TRANSACTION', value),
    chain,
  }))
  return { query: args.q, shape, hits: [...txHits, ...hits] }
}
