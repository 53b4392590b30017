import { useEffect, useState } from 'react'
import { useGql } from '../../hooks/useGql'
import { SEARCH_QUERY, type SearchHit } from './query'
import { SUGGEST_DELAY_MS, pickSuggestions, wantsSuggestions } from './suggest'

/** The search box's drop-down: the API's hits for what was typed, once typing pauses. */
export function useSuggestions(text: string): { hits: SearchHit[]; pending: boolean } {
  const [settled, setSettled] = useState('')
  useEffect(() => {
    const t = setTimeout(() => setSettled(text.trim()), SUGGEST_DELAY_MS)
    return () => clearTimeout(t)
  }, [text])
  const enabled = settled.length > 0 && settled === text.trim() && wantsSuggestions(settled)
  const result = useGql(SEARCH_QUERY, { q: settled }, { enabled })
  if (!enabled) return { hits: [], pending: false }
  // a rejected query (too short, malformed) simply has no suggestions: the results page explains it on Enter
  return { hits: result.data ? pickSuggestions(result.data.value.search.hits) : [], pending: result.isPending }
}
