import { CHAINS, type Chain } from '@og-explorer/common'
import type { ApiContext } from '../context'
import { type ClassifiedQuery, classify } from '../../search/classify'
import { PROBES } from '../../search/probes'
import { routeOf, type SearchHitKind } from '../../search/routes'

export const HITS_PER_PROBE = 10

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function likePattern(text: string): string {
  return `%${escapeLike(text)}%`
}

/** the parameters of a shape's probes (see probes.ts) */
function probeParams(query: ClassifiedQuery): string[] {
  if (query.shape === 'text') return [likePattern(query.value)]
  // every id that starts with the prefix sorts below prefix + 'g', the character after the hex digits
  if (query.shape === 'prefix') return [query.value, `${query.value}g`, `%${escapeLike(query.suffix ?? '')}`]
  return [query.value]
}

const CHAIN_NAMES: Record<Chain, string> = { og: 'OpenGradient', base: 'Base' }

/** A block number is a block on each chain that has indexed that far; the page reads the rest from the chain. */
async function blockHits(ctx: ApiContext, number: number) {
  const heads = await ctx.heads.get()
  return CHAINS.filter((chain) => (heads[chain]?.height ?? -1) >= number).map((chain) => ({
    kind: 'BLOCK' as const,
    id: `${chain}:${number}`,
    label: `${CHAIN_NAMES[chain]} block ${number.toLocaleString('en-US')}`,
    route: routeOf('BLOCK', `${chain}:${number}`),
    chain,
  }))
}

/**
 * Every probe for the query's shape in one UNION ALL round trip, each an equality on an indexed
 * column (or an ILIKE on the two small text columns). A tx hash found in any table also yields a
 * TRANSACTION hit for its chain.
 */
export async function search(_parent: unknown, args: { q: string }, ctx: ApiContext) {
  const query = classify(args.q)
  const { shape, value } = query
  if (shape === 'blockNumber') return { query: args.q, shape, hits: await blockHits(ctx, Number(value)) }
  const probes = PROBES[shape]
  const sql = probes.map((p, i) => `(SELECT ${i} AS probe, id, label FROM (${p.sql}) p${i} ORDER BY id LIMIT ${HITS_PER_PROBE})`).join(' UNION ALL ')
  const rows = await ctx.db.query<{ probe: number; id: string; label: string | null }>(sql, probeParams(query))
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
