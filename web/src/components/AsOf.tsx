import { CHAINS, type Chain } from '@og-explorer/common'
import type { IndexedHeads } from '../api/client'
import { formatInteger } from '../lib/format'

/** "as of OG block 547 · Base block 549": the heads the response was computed at. */
export function AsOf({ heads, chains = CHAINS }: { heads: IndexedHeads | null | undefined; chains?: readonly Chain[] }) {
  if (!heads) return <span className="faint">as of block —</span>
  const parts = chains
    .map((c) => {
      const h = heads[c]
      return h ? { c, text: `${c === 'og' ? 'OG' : 'Base'} block ${formatInteger(h.height)}`, hash: h.hash } : null
    })
    .filter((p): p is { c: Chain; text: string; hash: string } => p !== null)
  if (parts.length === 0) return <span className="faint">as of block — (nothing indexed yet)</span>
  return (
    <span className="as-of" data-testid="as-of">
      as of{' '}
      {parts.map((p, i) => (
        <span key={p.c} title={`${p.c} head ${p.hash}`} data-chain={p.c} data-height={heads[p.c]?.height}>
          {i > 0 ? ' · ' : ''}
          {p.text}
        </span>
      ))}
    </span>
  )
}
