import { CHAINS, type Chain } from '@og-explorer/common'
import { useContext, useState } from 'react'
import { Link, UNSAFE_LocationContext, useLocation } from 'react-router'
import type { IndexedHeads } from '../api/client'
import { pinFromSearch, pinnedHeads, pinnedSearch, unpinnedSearch } from '../api/pinning'
import { useLive } from '../hooks/useLive'
import { formatInteger } from '../lib/format'
import { sameHeights, useBarMounted, usePageHeads, useRegisterHeads } from '../live/page-heads'
import { NewDataNotice } from './NewDataNotice'
import '../live/live.css'

const NAME: Record<Chain, string> = { og: 'OG', base: 'Base' }

function headsText(heads: IndexedHeads, chains: readonly Chain[]): Array<{ c: Chain; text: string; hash: string; height: number }> {
  return chains.flatMap((c) => {
    const h = heads[c]
    return h ? [{ c, text: `${NAME[c]} block ${formatInteger(h.height)}`, hash: h.hash, height: h.height }] : []
  })
}

/**
 * "as of OG block 547 · Base block 549": the heads the response was computed at. Under the
 * page-level bar (PageAsOf) a card says nothing when its heads are the page's, and a compact note
 * when they differ (an answer read before or after the others, or a chart a permalink cannot pin).
 */
export function AsOf({ heads, chains = CHAINS }: { heads: IndexedHeads | null | undefined; chains?: readonly Chain[] }) {
  const page = usePageHeads()
  // read without useLocation, which throws outside a router (a card rendered on its own, in tests)
  const search = useContext(UNSAFE_LocationContext)?.location?.search ?? ''
  const pin = pinFromSearch(search)
  useRegisterHeads(pin ? null : heads)
  if (!heads) return page.bar ? null : <span className="faint">as of block —</span>
  const parts = headsText(heads, chains)
  if (parts.length === 0) return page.bar ? null : <span className="faint">as of block — (nothing indexed yet)</span>
  const reference = pin ? pinnedHeads(pin, null) : page.heads
  // the same heads as the page's bar: nothing shown, but the card still carries its heads for tools and tests
  const same = page.bar && sameHeights(heads, reference, chains)
  return (
    <span className={page.bar ? 'as-of compact' : 'as-of'} data-testid="as-of" hidden={same}>
      {page.bar && pin ? 'not pinned: latest, ' : ''}as of{' '}
      {parts.map((p, i) => (
        <span key={p.c} title={p.hash ? `${p.c} head ${p.hash}` : undefined} data-chain={p.c} data-height={p.height}>
          {i > 0 ? ' · ' : ''}
          {p.text}
        </span>
      ))}
    </span>
  )
}

/**
 * The page's one "as of OG N · Base M", with a permalink pinning those heads (`?og=N&base=M`:
 * lists then show only rows at or below them). Mounted once in the layout.
 */
export function PageAsOf() {
  useBarMounted()
  const page = usePageHeads()
  const live = useLive()
  const { pathname, search } = useLocation()
  const [copied, setCopied] = useState(false)
  const pin = pinFromSearch(search)
  if (pin) {
    const parts = headsText(pinnedHeads(pin, null), CHAINS)
    return (
      <div className="as-of-bar pinned" data-testid="page-as-of" data-pinned="true">
        <span>
          Pinned at{' '}
          {parts.map((p, i) => (
            <span key={p.c} data-chain={p.c} data-height={p.height}>
              {i > 0 ? ' · ' : ''}
              {p.text}
            </span>
          ))}
          . Lists show rows up to these blocks; charts, totals and analytics cannot be pinned and show the latest blocks.
        </span>{' '}
        <Link to={`${pathname}${unpinnedSearch(search)}`} data-testid="show-latest">
          Show latest
        </Link>
      </div>
    )
  }
  const heads =
    page.heads ?? (live ? { og: live.heads.og && { chain: 'og', ...live.heads.og }, base: live.heads.base && { chain: 'base', ...live.heads.base } } : null)
  if (!heads) return null
  const parts = headsText(heads, CHAINS)
  if (parts.length === 0) return null
  const href = `${pathname}${pinnedSearch(search, { og: heads.og?.height ?? null, base: heads.base?.height ?? null })}`
  return (
    <div className="as-of-bar" data-testid="page-as-of">
      <span>
        As of{' '}
        {parts.map((p, i) => (
          <span key={p.c} title={`${p.c} head ${p.hash}`} data-chain={p.c} data-height={p.height}>
            {i > 0 ? ' · ' : ''}
            {p.text}
          </span>
        ))}
      </span>
      <a
        href={href}
        data-testid="permalink"
        onClick={(e) => {
          e.preventDefault()
          const url = new URL(href, window.location.origin).toString()
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
          setTimeout(() => setCopied(false), 2000)
        }}
      >
        {copied ? 'Permalink copied' : 'Copy permalink'}
      </a>
      <NewDataNotice since={page.heads} />
    </div>
  )
}
