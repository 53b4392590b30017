import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isoDay, startOfDay } from '../../lib/range'
import { prefetchOverviewCharts } from './prefetch-charts'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-03T15:00:00Z')

interface Asked {
  op: string
  variables: Record<string, unknown>
  aborted: () => boolean
}

/** the API as the browser sees it: every request recorded, the last indexed day answered with `lastDay` */
function api(lastDay: number | null) {
  const asked: Asked[] = []
  let releaseAnchor: () => void = () => {}
  const anchorHeld = new Promise<void>((resolve) => {
    releaseAnchor = resolve
  })
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> }
    const op = /query\s+(\w+)/.exec(query)?.[1] ?? '?'
    asked.push({ op, variables, aborted: () => init.signal?.aborted ?? false })
    if (op === 'DataEnd') {
      // held until the test lets it go, so the guessed requests are seen in flight
      await anchorHeld
      return Response.json({ data: { dailyStats: lastDay === null ? [] : [{ date: isoDay(lastDay) }] } })
    }
    // chart answers never arrive in this test: what matters is what was asked, and what was stopped
    return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
  })
  return { asked, releaseAnchor }
}

const rangeOps = ['OrganicUsage', 'UsageOverTime', 'ProofCoverage']

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('prefetchOverviewCharts', () => {
  it('asks the range charts for a range ending today before the last indexed day is known, and keeps them when it is today', async () => {
    const { asked, releaseAnchor } = api(startOfDay(NOW))
    const client = new QueryClient()
    const done = prefetchOverviewCharts(client, new URLSearchParams('range=7d'), NOW)
    // the anchor's own request is made by the entry (prefetch.ts); here it is the prefetch's first ask of it
    await vi.waitFor(() => expect(asked.map((a) => a.op)).toContain('DataEnd'))
    const before = asked.filter((a) => rangeOps.includes(a.op))
    expect(before.map((a) => a.op).sort()).toEqual([...rangeOps].sort())
    const usage = before.find((a) => a.op === 'UsageOverTime')!
    expect(usage.variables.from).toBe(isoDay(startOfDay(NOW) - 6 * DAY))
    expect(usage.variables.to).toBe(isoDay(NOW))
    releaseAnchor()
    await done
    // nothing asked twice, nothing stopped
    expect(asked.filter((a) => rangeOps.includes(a.op)).length).toBe(3)
    expect(before.some((a) => a.aborted())).toBe(false)
    client.clear()
  })

  it('stops the guessed requests and asks for the range ending on the last indexed day when that is another day', async () => {
    const lastDay = startOfDay(NOW) - 40 * DAY
    const { asked, releaseAnchor } = api(lastDay)
    const client = new QueryClient()
    const done = prefetchOverviewCharts(client, new URLSearchParams('range=7d'), NOW)
    await vi.waitFor(() => expect(asked.map((a) => a.op)).toContain('DataEnd'))
    const guessed = asked.filter((a) => rangeOps.includes(a.op))
    releaseAnchor()
    await done
    expect(guessed.every((a) => a.aborted())).toBe(true)
    const right = asked.filter((a) => rangeOps.includes(a.op)).slice(3)
    expect(right.map((a) => a.op).sort()).toEqual([...rangeOps].sort())
    expect(right.find((a) => a.op === 'UsageOverTime')!.variables.to).toBe(isoDay(lastDay))
    // the guessed answers are not kept for anyone to find
    expect(client.getQueryCache().findAll({ predicate: (q) => JSON.stringify(q.queryKey).includes(isoDay(NOW)) })).toEqual([])
    client.clear()
  })

  it('asks the charts that need no anchor at once, and no range chart when nothing is indexed', async () => {
    const { asked, releaseAnchor } = api(null)
    const client = new QueryClient()
    const done = prefetchOverviewCharts(client, new URLSearchParams(), NOW)
    await vi.waitFor(() => expect(asked.map((a) => a.op)).toContain('DataEnd'))
    expect(asked.map((a) => a.op)).toEqual(expect.arrayContaining(['SupplySchedule', 'UnlockPressure', 'LatestChain']))
    releaseAnchor()
    await done
    expect(asked.filter((a) => rangeOps.includes(a.op)).every((a) => a.aborted())).toBe(true)
    expect(asked.filter((a) => rangeOps.includes(a.op)).length).toBe(3)
    client.clear()
  })
})
