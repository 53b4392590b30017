import type { Chain } from '@og-explorer/common'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { IndexedHeads } from '../api/client'
import { useLive } from '../hooks/useLive'
import { plural } from '../lib/format'
import type { LiveEvent } from '../live/query'

interface Seen {
  chain: Chain
  block: number
}

/** rows remembered at most; the notice only needs to say "many" beyond this */
const MAX_SEEN = 500

/**
 * "New data — refresh": charts are not redrawn under the reader's eyes when the live stream
 * reports new settlements or payments; this says how many arrived after the blocks the page was
 * drawn at, and redraws everything on the page when asked.
 */
export function NewDataNotice({ since }: { since: IndexedHeads | null | undefined }) {
  const client = useQueryClient()
  const [seen, setSeen] = useState<Map<string, Seen>>(() => new Map())
  useLive(
    useCallback((e: LiveEvent) => {
      if (e.newSettlements.length === 0 && e.newPayments.length === 0) return
      setSeen((prev) => {
        const next = new Map(prev)
        for (const s of e.newSettlements) next.set(s.id, { chain: 'og', block: s.blockNumber })
        for (const p of e.newPayments) next.set(`p:${p.id}`, { chain: 'base', block: p.blockNumber })
        while (next.size > MAX_SEEN) next.delete(next.keys().next().value as string)
        return next
      })
    }, []),
  )
  if (!since) return null
  let settlements = 0
  let payments = 0
  for (const s of seen.values()) {
    const head = since[s.chain]
    if (head && s.block <= head.height) continue
    if (s.chain === 'og') settlements++
    else payments++
  }
  if (settlements + payments === 0) return null
  const what = [settlements ? plural(settlements, 'new settlement', 'new settlements') : '', payments ? plural(payments, 'new payment', 'new payments') : '']
    .filter(Boolean)
    .join(' and ')
  return (
    <span className="new-data" aria-live="polite" data-testid="new-data">
      New data: {what} since these figures were drawn.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setSeen(new Map())
          void client.invalidateQueries({ queryKey: ['gql'] })
        }}
      >
        Refresh
      </button>
    </span>
  )
}
