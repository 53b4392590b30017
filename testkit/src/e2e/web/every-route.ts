// Every kind of page of the explorer, with real ids from the indexed devnet, for the tests that check
// something of each page (phones layout, accessibility). The ids are asked of the product's API.
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import type { Product } from './product'

export interface RouteCase {
  name: string
  path: string
}

export async function everyRoute(product: Product): Promise<RouteCase[]> {
  const api = await product.gql(`{
    batch: settlements(where: { kind_eq: BATCH }, orderBy: [inferenceCount_DESC], limit: 1) { id }
    inferences(orderBy: [blockNumber_DESC], limit: 1) { id }
    teeNodes(orderBy: [inferenceCount_DESC], limit: 1) { id }
    pcrs(limit: 1) { id }
    validators(orderBy: [tokens_DESC], limit: 1) { id }
    payers: accounts(orderBy: [paymentsMade_DESC], limit: 1) { id }
    payments(orderBy: [timestamp_DESC], limit: 1) { id txHash }
  }`)
  for (const key of ['batch', 'inferences', 'teeNodes', 'pcrs', 'validators', 'payers', 'payments']) assert.ok(api[key][0], `the devnet has a ${key} row`)
  return [
    { name: 'overview', path: '/' },
    { name: 'settlements', path: '/settlements' },
    { name: 'inferences', path: '/inferences' },
    { name: 'settlement', path: `/settlements/${api.batch[0].id}` },
    { name: 'inference', path: `/inferences/${api.inferences[0].id}` },
    { name: 'tees', path: '/tees' },
    { name: 'tee', path: `/tees/${api.teeNodes[0].id}` },
    { name: 'pcr', path: `/pcrs/${api.pcrs[0].id}` },
    { name: 'validators', path: '/validators' },
    { name: 'validator', path: `/validators/${api.validators[0].id}` },
    { name: 'token', path: '/token' },
    { name: 'payments', path: '/payments' },
    { name: 'payment', path: `/payments/${api.payments[0].id}` },
    { name: 'account', path: `/accounts/${api.payers[0].id}` },
    { name: 'tx', path: `/tx/${api.payments[0].txHash}` },
    { name: 'search', path: `/search?q=${encodeURIComponent(api.payments[0].txHash.slice(0, 8))}` },
    { name: 'not-found', path: '/no-such-page' },
  ]
}

/** Waits until the page has a heading (or a state) and no panel is still loading. */
export async function settle(page: Page): Promise<void> {
  await page.waitForSelector('main h1, main .state', { timeout: 30_000 })
  await page.waitForFunction(() => document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 30_000 })
}
