import assert from 'node:assert/strict'
import { test } from 'node:test'
import { matchAppRoute } from '@og-explorer/common'
import { ROUTES, routeOf, type SearchHitKind } from './routes'

const SAMPLE_IDS: Record<SearchHitKind, string> = {
  TRANSACTION: `0x${'ab'.repeat(32)}`,
  BLOCK: 'og:1234',
  SETTLEMENT: `0x${'ab'.repeat(32)}-6`,
  BATCH: `0x${'ab'.repeat(32)}-6`,
  BLOB: `0x${'ab'.repeat(32)}-6`,
  INFERENCE: `0x${'ab'.repeat(32)}-6-2`,
  TEE_NODE: `0x${'cd'.repeat(32)}`,
  PCR: `0x${'ef'.repeat(32)}`,
  ACCOUNT: `0x${'12'.repeat(20)}`,
  VALIDATOR: 'Node One/two',
  DELEGATOR: `0x${'12'.repeat(20)}`,
  PAYMENT: `0x${'ab'.repeat(32)}-1`,
  TRANSFER: `0x${'ab'.repeat(32)}-2`,
  SWAP: `0x${'ab'.repeat(32)}-3`,
  STAKING_EVENT: `0x${'ab'.repeat(32)}-4`,
  HEARTBEAT: `0x${'ab'.repeat(32)}-5`,
  UNLOCK: `0x${'ab'.repeat(32)}-7`,
}

test('every hit opens a page the web app has, with the id as that page reads it', () => {
  for (const kind of Object.keys(ROUTES) as SearchHitKind[]) {
    const route = routeOf(kind, SAMPLE_IDS[kind])
    const hit = matchAppRoute(route.split('#')[0])
    assert.ok(hit, `${kind} → ${route} is not a page of the web app`)
    const read = Object.values(hit.params).join(':')
    assert.equal(read, SAMPLE_IDS[kind], `${kind}: the page reads back the id`)
  }
})
