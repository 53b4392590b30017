import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RpcError, type RpcClient } from '@subsquid/rpc-client'
import { classifyGetLogsError, getLogsWithinLimits, limitAwareClient, suggestedRange } from './rpc-limits'

/** logs at chosen heights: block b holds (b % 7) logs, so ranges differ in result count */
const LOGS = Array.from({ length: 400 }, (_, b) => Array.from({ length: b % 7 }, (_, i) => ({ block: b, index: i }))).flat()
const logsIn = (from: number, to: number) => LOGS.filter((l) => l.block >= from && l.block <= to)

/** a provider with a block-range cap and a result cap, refusing in its own words */
function cappedProvider(rangeCap: number, resultCap: number, words = { range: 'query exceeds max block range 50', results: 'query exceeds max results 20' }) {
  const calls: [number, number][] = []
  const fetch = async (from: number, to: number) => {
    calls.push([from, to])
    if (to - from + 1 > rangeCap) throw new RpcError({ code: -32000, message: words.range })
    const logs = logsIn(from, to)
    if (logs.length > resultCap) throw new RpcError({ code: -32005, message: words.results })
    return logs
  }
  return { fetch, calls }
}

test('the messages of common providers are told apart: too large, behind the head, or something else', () => {
  for (const m of [
    'query exceeds max block range 100000',
    'query exceeds max results 20000, retry with a smaller range',
    'Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range',
    'query returned more than 10000 results. Try with this block range [0x1, 0x2].',
    'limit exceeded',
    'eth_getLogs is limited to a 10,000 range',
    'maximum [from, to] blocks distance: 10000',
  ])
    assert.equal(classifyGetLogsError(m), 'too-large', m)
  assert.equal(classifyGetLogsError('block range extends beyond current head block'), 'behind-head')
  for (const m of ['rate limit exceeded', 'daily request count exceeded, request rate limited', 'execution reverted', 'internal error'])
    assert.equal(classifyGetLogsError(m), undefined, m)
})

test("a provider's suggested range is taken only when it starts where the request did and is shorter", () => {
  assert.deepEqual(suggestedRange('this block range should work: [0x64, 0x6e]', 100, 200), { from: 100, to: 110 })
  assert.equal(suggestedRange('try with this block range [0x65, 0x6e]', 100, 200), undefined)
  assert.equal(suggestedRange('try with this block range [0x64, 0xc8]', 100, 200), undefined)
  assert.equal(suggestedRange('no range here', 100, 200), undefined)
})

test('a range over a block-range cap and a result cap comes back whole, in order, each piece within both caps', async () => {
  const provider = cappedProvider(50, 20)
  const logs = await getLogsWithinLimits(provider.fetch, 0, 399)
  assert.deepEqual(logs, LOGS)
  const answered = provider.calls.filter(([f, t]) => t - f + 1 <= 50 && logsIn(f, t).length <= 20)
  assert.equal(
    answered.map(([f, t]) => t - f + 1).reduce((a, b) => a + b, 0),
    400,
    'answered ranges cover every block exactly once',
  )
})

test('a suggested range is followed instead of halving', async () => {
  const calls: [number, number][] = []
  const fetch = async (from: number, to: number) => {
    calls.push([from, to])
    if (to - from + 1 > 10)
      throw new RpcError({
        code: -32602,
        message: `Log response size exceeded. this block range should work: [0x${from.toString(16)}, 0x${(from + 9).toString(16)}]`,
      })
    return logsIn(from, to)
  }
  assert.deepEqual(await getLogsWithinLimits(fetch, 0, 29), logsIn(0, 29))
  assert.deepEqual(calls.slice(0, 2), [
    [0, 29],
    [0, 9],
  ])
})

test('one block over the limit is handed back in the words Subsquid falls back to receipts on', async () => {
  const fetch = async () => {
    throw new RpcError({ code: -32005, message: 'query exceeds max results 20' })
  }
  await assert.rejects(getLogsWithinLimits(fetch, 5, 5), (e: unknown) => e instanceof RpcError && /response is too big/.test(e.message))
})

test('a node behind the head is asked again after a wait, and given up on after the last wait', async () => {
  let head = 90
  const waited: number[] = []
  const fetch = async (from: number, to: number) => {
    if (to > head) throw new RpcError({ code: -32000, message: 'block range extends beyond current head block' })
    return logsIn(from, to)
  }
  const sleep = async (ms: number) => {
    waited.push(ms)
    head += 5
  }
  assert.deepEqual(await getLogsWithinLimits(fetch, 80, 100, { behindHeadWaitsMs: [1, 2, 3], sleep }), logsIn(80, 100))
  assert.deepEqual(waited, [1, 2])
  head = 0
  await assert.rejects(getLogsWithinLimits(fetch, 80, 100, { behindHeadWaitsMs: [1, 2], sleep: async () => {} }), /beyond current head/)
})

test('other errors, rate limits included, are not split', async () => {
  let calls = 0
  for (const message of ['rate limit exceeded', 'internal error']) {
    calls = 0
    const fetch = async () => {
      calls++
      throw new RpcError({ code: -32005, message })
    }
    await assert.rejects(getLogsWithinLimits(fetch, 0, 100), new RegExp(message))
    assert.equal(calls, 1)
  }
})

test('the wrapped client splits numbered getLogs ranges and passes every other call through untouched', async () => {
  const seen: { method: string; params: any[] }[] = []
  const fake = {
    async call(method: string, params: any[]) {
      seen.push({ method, params })
      if (method !== 'eth_getLogs') return 'passed'
      const from = Number(BigInt(params[0].fromBlock))
      const to = Number(BigInt(params[0].toBlock))
      if (to - from + 1 > 50) throw new RpcError({ code: -32000, message: 'query exceeds max block range 50' })
      return logsIn(from, to)
    },
  }
  const client = limitAwareClient(fake as unknown as RpcClient)
  assert.deepEqual(await client.call('eth_getLogs', [{ fromBlock: '0x0', toBlock: '0xc7' }]), logsIn(0, 199))
  assert.ok(seen.filter((s) => s.method === 'eth_getLogs').every((s) => s.params[0].toBlock !== undefined))
  assert.equal(await client.call('eth_blockNumber', []), 'passed')
  // a filter by hash or by tag is not a numbered range: passed as it is
  await client.call('eth_getLogs', [{ fromBlock: 'earliest', toBlock: 'latest' }]).catch(() => {})
  assert.deepEqual(seen.at(-1)?.params, [{ fromBlock: 'earliest', toBlock: 'latest' }])
})
