import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Store } from '@subsquid/typeorm-store'
import { CarryOver } from './carry-over'

class Row {
  id!: string
  n!: number
  constructor(props?: Partial<Row>) {
    Object.assign(this, props)
  }
}
class Other {
  id!: string
  constructor(props?: Partial<Other>) {
    Object.assign(this, props)
  }
}

// the store's only part the carry-over looks at: a change tracker exists for hot blocks only
const finalStore = {} as Store
const hotStore = { changes: {} } as unknown as Store

const rows = (...list: Row[]) => new Map([[Row as any, list]])

test('a final batch’s rows reach the next batch once it starts, as copies', () => {
  const carry = new CarryOver([Row])
  carry.begin(finalStore, 1)
  assert.equal(carry.take(Row, 'a'), undefined)
  const a = new Row({ id: 'a', n: 1 })
  carry.stage(10, rows(a))
  // not before the next batch begins: this one's transaction may still fail
  assert.equal(carry.take(Row, 'a'), undefined)
  carry.begin(finalStore, 11)
  const got = carry.take<Row>(Row, 'a')!
  assert.ok(got instanceof Row)
  assert.deepEqual({ ...got }, { id: 'a', n: 1 })
  got.n = 99
  a.n = 50
  assert.equal(carry.take<Row>(Row, 'a')!.n, 1, 'neither the handed-out copy nor the staged original is shared')
})

test('a retried batch (same first block) drops what its failed attempt staged', () => {
  const carry = new CarryOver([Row])
  carry.begin(finalStore, 1)
  carry.stage(10, rows(new Row({ id: 'a', n: 1 })))
  carry.begin(finalStore, 11)
  carry.stage(20, rows(new Row({ id: 'a', n: 2 })))
  carry.begin(finalStore, 11) // the store retried blocks 11–20
  assert.equal(carry.take<Row>(Row, 'a')!.n, 1)
})

test('a batch with hot blocks empties the carry-over and feeds nothing', () => {
  const carry = new CarryOver([Row])
  carry.begin(finalStore, 1)
  carry.stage(10, rows(new Row({ id: 'a', n: 1 })))
  carry.begin(hotStore, 11)
  assert.equal(carry.carries(Row), false)
  assert.equal(carry.take(Row, 'a'), undefined)
  carry.stage(11, rows(new Row({ id: 'b', n: 1 })))
  carry.begin(finalStore, 12)
  assert.equal(carry.take(Row, 'a'), undefined)
  assert.equal(carry.take(Row, 'b'), undefined)
  assert.equal(carry.carried, 0)
})

test('only the listed classes are carried, and at most maxRows rows, the least recently written going first', () => {
  const carry = new CarryOver([Row], 3)
  carry.begin(finalStore, 1)
  const staged = new Map<any, any[]>([
    [Row, ['a', 'b', 'c'].map((id) => new Row({ id, n: 0 }))],
    [Other, [new Other({ id: 'x' })]],
  ])
  carry.stage(1, staged)
  carry.begin(finalStore, 2)
  assert.equal(carry.carries(Other), false)
  assert.equal(carry.take(Other, 'x'), undefined)
  carry.stage(2, rows(new Row({ id: 'a', n: 1 }), new Row({ id: 'd', n: 1 })))
  carry.begin(finalStore, 3)
  assert.equal(carry.carried, 3)
  // b was written longest ago: 'a' was rewritten, so the order is c, a, d
  assert.equal(carry.take(Row, 'b'), undefined)
  assert.deepEqual(
    ['a', 'c', 'd'].map((id) => carry.take<Row>(Row, id)?.n),
    [1, 0, 1],
  )
})
