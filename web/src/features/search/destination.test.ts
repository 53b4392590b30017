import { describe, expect, it } from 'vitest'
import { destinationOf } from './destination'
import type { SearchHit, SearchResult } from './query'

const TX = '0x0236284df53cec2730cec8b1289d2b1aaf7bc4bd1b48be3b37a2659cfa980f13'
const hit = (kind: SearchHit['kind'], id: string, route: string, chain: string | null = null): SearchHit => ({
  kind,
  id,
  label: kind.toLowerCase(),
  route,
  chain,
})
const result = (shape: SearchResult['shape'], hits: SearchHit[]): SearchResult => ({ query: 'q', shape, hits })

describe('destinationOf', () => {
  it('has nowhere to go without hits', () => {
    expect(destinationOf(result('hash', []))).toBeNull()
  })
  it('opens the one settlement of a settlement transaction', () => {
    const r = result('hash', [hit('TRANSACTION', TX, `/tx/${TX}`, 'og'), hit('SETTLEMENT', `${TX}-4`, `/settlements/${TX}-4`, 'og')])
    expect(destinationOf(r)).toBe(`/settlements/${TX}-4`)
  })
  it('opens the transaction page when it holds several events', () => {
    const r = result('hash', [
      hit('TRANSACTION', TX, `/tx/${TX}`, 'base'),
      hit('PAYMENT', `${TX}-10`, `/payments/${TX}-10`, 'base'),
      hit('TRANSFER', `${TX}-9`, `/transfers/${TX}-9`, 'base'),
    ])
    expect(destinationOf(r)).toBe(`/tx/${TX}`)
  })
  it('opens a TEE node found by its id', () => {
    expect(destinationOf(result('hash', [hit('TEE_NODE', TX, `/tees/${TX}`)]))).toBe(`/tees/${TX}`)
  })
  it('lists a hash that is both a merkle root and an input hash', () => {
    expect(destinationOf(result('hash', [hit('BATCH', `${TX}-1`, `/settlements/${TX}-1`), hit('INFERENCE', `${TX}-1-0`, `/inferences/${TX}-1-0`)]))).toBeNull()
  })
  it('prefers the validator page for an operator address, else the account page', () => {
    const a = '0xc8a3458ee8cf9a0988deb536b54fa71a721aab8e'
    expect(destinationOf(result('address', [hit('VALIDATOR', a, `/validators/${a}`), hit('DELEGATOR', a, `/accounts/${a}#delegations`)]))).toBe(
      `/validators/${a}`,
    )
    expect(destinationOf(result('address', [hit('ACCOUNT', a, `/accounts/${a}`), hit('DELEGATOR', a, `/accounts/${a}#delegations`)]))).toBe(`/accounts/${a}`)
    expect(destinationOf(result('address', [hit('DELEGATOR', a, `/accounts/${a}#delegations`)]))).toBe(`/accounts/${a}#delegations`)
  })
  it('lists text matches on different pages', () => {
    expect(destinationOf(result('text', [hit('VALIDATOR', '0x1', '/validators/0x1'), hit('ACCOUNT', '0x2', '/accounts/0x2')]))).toBeNull()
  })
})
