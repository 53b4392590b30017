import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  Account,
  AllocationDailyUnlock,
  BaseDailyStat,
  BaseHourlyStat,
  DailyPayer,
  IndexingIssue,
  Payment,
  PriceCandle,
  Swap,
  TeeNode,
  Transfer,
  Unlock,
} from '../model'
import type { ItemBlock, ItemLog } from './items'
import { processBaseBatch } from './main'
import { baseSetup } from './setup'
import { TeeDirectory } from './payments/tee-directory'
import { MemoryStore } from './testing/memory-store'
import { settledLog, swapLog, testProfile, transferLog, tx, uptoSettleInput, POOL, TREASURY, VESTING, ZERO } from './testing/fixtures'

const E18 = 10n ** 18n
const holder = '0x00000000000000000000000000000000000000a0'
const payer = '0x00000000000000000000000000000000000000a1'
const payee = '0x00000000000000000000000000000000000000b1'
const profile = testProfile()
const setup = baseSetup(profile)
// 2^-40 * 10^12 USD per OPG, to 18 significant digits (see price.test.ts)
const P = '0.909494701772928238'

const at = (iso: string) => Date.parse(iso)
const block = (height: number, iso: string, logs: ItemLog[]): ItemBlock => ({ header: { height, timestamp: at(iso) }, logs })
const pay = (n: number, amount: bigint) => [transferLog(tx(n), payer, payee, amount), settledLog(tx(n), uptoSettleInput(payer, payee, amount))]

function newStore(): MemoryStore {
  const store = new MemoryStore()
  store.table(TeeNode).set('0xtee', new TeeNode({ id: '0xtee', paymentAddress: payee, enabled: true, registeredBlock: 1 }))
  return store
}

async function run(store: MemoryStore, blocks: ItemBlock[]) {
  await processBaseBatch({ store: store.asStore(), blocks }, profile, setup, new TeeDirectory())
}

const day = (store: MemoryStore, id: string) => store.table(BaseDailyStat).get(id) as BaseDailyStat
const account = (store: MemoryStore, id: string) => store.table(Account).get(id) as Account

const firstBatch = () => [
  block(1, '2026-05-03T00:10:00Z', [
    transferLog(tx(1), ZERO, TREASURY, 1000n * E18),
    transferLog(tx(1), TREASURY, VESTING, 400n * E18),
    transferLog(tx(1), TREASURY, POOL, 100n * E18),
    { ...transferLog(tx(1), ZERO, ZERO, 0n), data: '0x' }, // trusted but malformed
  ]),
  block(2, '2026-05-03T10:00:00Z', [
    swapLog(tx(2), 100_000_000n, -200n * E18),
    transferLog(tx(3), VESTING, holder, 40n * E18),
    transferLog(tx(4), TREASURY, payer, 10n * E18),
    ...pay(5, 3n * 10n ** 17n),
  ]),
  block(3, '2026-05-04T01:00:00Z', pay(6, 10n ** 17n)),
]

test('one batch: transfers, unlocks, supply, a swap, payments valued and attributed, one read per entity type', async () => {
  const store = newStore()
  await run(store, firstBatch())
  // eight entity types, plus the first batch's look for earlier payments to newly known TEE nodes
  assert.ok(store.reads <= 9, `${store.reads} reads`)
  assert.equal(store.rows(Transfer).length, 7)
  assert.equal(account(store, ZERO).balance, -1000n * E18)
  assert.equal(account(store, ZERO).circulating, false)
  assert.equal(account(store, VESTING).balance, 360n * E18)
  assert.equal(account(store, VESTING).label, 'Ecosystem vesting')
  assert.equal(account(store, holder).circulating, true)

  const [unlock] = store.rows(Unlock)
  assert.deepEqual(
    [unlock.allocation, unlock.source, unlock.sourceKind, unlock.beneficiary, unlock.amount],
    ['ecosystem', VESTING, 'vesting', holder, 40n * E18],
  )
  assert.deepEqual(
    store.rows(AllocationDailyUnlock).map((r) => [r.id, r.date.toISOString(), r.allocation, r.amount, r.unlocks]),
    [['2026-05-03|ecosystem', '2026-05-03T00:00:00.000Z', 'ecosystem', 40n * E18, 1]],
  )

  const may3 = day(store, '2026-05-03')
  assert.deepEqual([may3.transfers, may3.unlocked, may3.payments, may3.payingWallets, may3.newWallets, may3.swaps], [6, 40n * E18, 1, 1, 1, 1])
  assert.equal(may3.circulatingSupply, 150n * E18) // pool 100 + unlocked 40 + treasury to payer 10
  assert.equal(may3.priceClose?.toString(), P)
  assert.equal(may3.swapVolumeUsd.toString(), '100')
  assert.equal(may3.paymentVolumeUsd.toString(), '0.272848410531878471') // 0.3 OPG at P
  const may4 = day(store, '2026-05-04')
  assert.deepEqual([may4.circulatingSupply, may4.priceClose?.toString(), may4.payments, may4.newWallets, may4.swaps], [150n * E18, P, 1, 0, 0])
  // the hours hold the same flows, and only hours with activity have a row
  const hours = store.rows(BaseHourlyStat).sort((a, b) => a.id.localeCompare(b.id))
  assert.deepEqual(
    hours.map((h) => h.id),
    ['2026-05-03T00', '2026-05-03T10', '2026-05-04T01'],
  )
  assert.deepEqual([hours[0].transfers, hours[0].unlocked, hours[0].payments, hours[0].swaps], [3, 0n, 0, 0])
  const h10 = hours[1]
  assert.deepEqual(
    [h10.transfers, h10.unlocked, h10.payments, h10.newWallets, h10.swaps, h10.swapVolumeUsd.toString(), h10.paymentVolumeUsd.toString()],
    [3, 40n * E18, 1, 1, 1, '100', may3.paymentVolumeUsd.toString()],
  )
  assert.deepEqual([hours[2].payments, hours[2].paymentVolume, hours[2].newWallets], [1, 10n ** 17n, 0])

  const payments = store.rows(Payment)
  assert.equal(payments.length, 2)
  assert.deepEqual(
    [payments[0].payer.id, payments[0].payee.id, payments[0].amount, payments[0].scheme, payments[0].teeId, payments[0].facilitator],
    [payer, payee, 3n * 10n ** 17n, 'UPTO', '0xtee', '0x00000000000000000000000000000000000000fa'],
  )
  const p = account(store, payer)
  assert.deepEqual([p.paidTotal, p.paymentsMade, p.firstPaymentAt?.toISOString()], [4n * 10n ** 17n, 2, '2026-05-03T10:00:00.000Z'])
  assert.equal(account(store, payee).receivedTotal, 4n * 10n ** 17n)
  assert.equal(store.rows(DailyPayer).length, 2)

  assert.equal(store.rows(Swap).length, 1)
  const candles = store.rows(PriceCandle).map((c) => [c.id, c.open.toString(), c.swaps, c.volumeOpg])
  assert.deepEqual(candles.sort(), [
    [`DAY-${at('2026-05-03T00:00:00Z') / 1000}`, P, 1, 200n * E18],
    [`HOUR-${at('2026-05-03T10:00:00Z') / 1000}`, P, 1, 200n * E18],
  ])
  assert.deepEqual(
    store.rows(IndexingIssue).map((i) => [i.chain, i.reason, i.blockNumber]),
    [['base', 'undecodable-log', 1]],
  )
})

test('the next batch starts from stored rows, and after a rollback from the rolled-back rows', async () => {
  const store = newStore()
  await run(store, firstBatch())
  const beforeBatch2 = store.snapshot()

  await run(store, [block(4, '2026-05-04T02:00:00Z', [...pay(7, 10n ** 17n), transferLog(tx(8), VESTING, holder, 10n * E18)])])
  let may4 = day(store, '2026-05-04')
  assert.deepEqual([may4.payments, may4.payingWallets, may4.circulatingSupply], [2, 1, 160n * E18])
  assert.equal(may4.paymentVolumeUsd.toString(), '0.181898940354585648') // two 0.1 OPG payments at the stored price, 18 digits

  store.restore(beforeBatch2) // the processor rolls the store back to the fork point
  await run(store, [block(4, '2026-05-04T02:00:00Z', [transferLog(tx(9), holder, ZERO, 5n * E18)])])
  may4 = day(store, '2026-05-04')
  assert.deepEqual([may4.payments, may4.payingWallets, may4.circulatingSupply], [1, 1, 145n * E18]) // a burn leaves circulation
  assert.equal(account(store, ZERO).balance, -995n * E18)
})

test('a day with no activity still gets a row carrying supply and price', async () => {
  const store = newStore()
  await run(store, firstBatch())
  await run(store, [block(9, '2026-05-06T00:00:01Z', [])])
  const may6 = day(store, '2026-05-06')
  assert.deepEqual([may6.circulatingSupply, may6.priceClose?.toString(), may6.transfers], [150n * E18, P, 0])
})
