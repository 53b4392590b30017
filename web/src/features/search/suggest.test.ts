import { describe, expect, test } from 'vitest'
import type { SearchHit } from './query'
import { MAX_SUGGESTIONS, pickSuggestions, wantsSuggestions } from './suggest'

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({ kind, id, label: id, route: `/${id}`, chain: null })

describe('wantsSuggestions', () => {
  test('incomplete ids, block numbers and names get suggestions', () => {
    for (const q of ['0x2588', '0x2588…-6', '12345', '#1,234', 'Atlas']) expect(wantsSuggestions(q), q).toBe(true)
  })
  test('complete ids go straight to their page, and too little text waits', () => {
    for (const q of [`0x${'a'.repeat(64)}`, `0x${'a'.repeat(64)}-3`, `0x${'b'.repeat(40)}`, 'b'.repeat(40), '0x25', 'a', ' '])
      expect(wantsSuggestions(q), q).toBe(false)
  })
})

describe('pickSuggestions', () => {
  test('blocks and transactions first, the rest in order, capped', () => {
    const hits = [hit('SETTLEMENT', 's1'), hit('BLOCK', 'b'), hit('ACCOUNT', 'a'), hit('TRANSACTION', 't')]
    expect(pickSuggestions(hits).map((h) => h.id)).toEqual(['b', 't', 's1', 'a'])
    const many = Array.from({ length: 20 }, (_, i) => hit('ACCOUNT', `a${i}`))
    expect(pickSuggestions(many)).toHaveLength(MAX_SUGGESTIONS)
    expect(pickSuggestions(many)[0].id).toBe('a0')
  })
})
