/** Which typed text is worth suggesting for, and what the list shows. */
import type { SearchHit } from './query'

/** shown in the box's drop-down; the results page lists everything */
export const MAX_SUGGESTIONS = 8
/** the pause after the last key before asking the API, so a pasted or fast-typed id costs one request */
export const SUGGEST_DELAY_MS = 250

/**
 * Suggestions help while an id is incomplete: the start of a hex id (0x and at least 4 digits), an id as
 * lists shorten it (0x2588…-6), a block number, or a name of 2+ characters. A complete hash or address
 * is one Enter away from its page, so it gets no drop-down.
 */
export function wantsSuggestions(text: string): boolean {
  const q = text.trim()
  if (/^(0x)?[0-9a-f]{64}(-\d+){0,2}$/i.test(q) || /^(0x)?[0-9a-f]{40}$/i.test(q)) return false
  if (/^0x[0-9a-f]{4,}/i.test(q)) return true
  if (/^#?[\d,]+$/.test(q)) return q.replace(/\D/g, '').length > 0
  return q.length >= 2 && !/^0x?[0-9a-f]{0,3}$/i.test(q)
}

/** blocks and pages first, then the rest in the API's order, at most MAX_SUGGESTIONS */
export function pickSuggestions(hits: readonly SearchHit[]): SearchHit[] {
  const rank = (h: SearchHit) => (h.kind === 'BLOCK' ? 0 : h.kind === 'TRANSACTION' ? 1 : 2)
  return [...hits]
    .map((h, i) => ({ h, i }))
    .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ h }) => h)
}
