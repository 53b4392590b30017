import { afterEach, describe, expect, it, vi } from 'vitest'
import { gql } from './client'
import { startEarly, takeEarly } from './early'

const QUERY = 'query Q($n: Int!) { n(n: $n) }'

/** A stand-in for the API: answers each POST with its variable, counting the requests. */
function stubApi() {
  const requests: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(init.body as string) as { variables: { n: number } }
      requests.push(variables)
      return new Response(JSON.stringify({ data: { n: variables.n }, extensions: { indexedHeads: null } }), { status: 200 })
    }),
  )
  return requests
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('requests started early', () => {
  it('answer the first identical ask without a request of its own, with what a request of its own would have given', async () => {
    const requests = stubApi()
    startEarly(QUERY, { n: 1 })
    expect(requests).toHaveLength(1)
    const early = await gql(QUERY, { n: 1 })
    expect(requests).toHaveLength(1)
    const own = await gql(QUERY, { n: 1 })
    expect(requests).toHaveLength(2)
    expect(early).toEqual(own)
  })

  it('are taken once, and only by the same document with the same variables', async () => {
    stubApi()
    startEarly(QUERY, { n: 2 })
    expect(takeEarly(QUERY, { n: 3 })).toBeNull()
    expect(takeEarly(QUERY, { n: 2 })).not.toBeNull()
    expect(takeEarly(QUERY, { n: 2 })).toBeNull()
  })

  it('are dropped once stale, so a late ask gets a fresh answer', async () => {
    stubApi()
    vi.useFakeTimers({ toFake: ['Date'] })
    startEarly(QUERY, { n: 4 })
    vi.setSystemTime(Date.now() + 60_000)
    expect(takeEarly(QUERY, { n: 4 })).toBeNull()
  })

  it('hand a failed request to the ask that takes it, as the API error a request of its own would raise', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    startEarly(QUERY, { n: 5 })
    await expect(gql(QUERY, { n: 5 })).rejects.toMatchObject({ name: 'ApiError', code: 'NETWORK' })
  })
})
