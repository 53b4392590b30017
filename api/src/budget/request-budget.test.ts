import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RequestBudget } from './request-budget'

test('rows read from the database are summed across queries and refused past the limit', () => {
  const b = new RequestBudget({ timeoutMs: 10_000, maxDbRows: 100, maxResponseChars: 1 })
  b.takeDbRows(60)
  b.takeDbRows(40)
  assert.throws(
    () => b.takeDbRows(1),
    (e: any) => e.extensions?.code === 'RESPONSE_TOO_LARGE',
  )
})

test('the time budget runs from the start of the request', async () => {
  const b = new RequestBudget({ timeoutMs: 30, maxDbRows: 1, maxResponseChars: 1 })
  assert.doesNotThrow(() => b.checkTime())
  await new Promise((r) => setTimeout(r, 50))
  assert.throws(
    () => b.checkTime(),
    (e: any) => e.extensions?.code === 'QUERY_TIMEOUT',
  )
})
