import type { Store } from '@subsquid/typeorm-store'
import { FindOperator } from 'typeorm'

type Row = { id: string }
type Table = Map<string, Row>

/** A stored copy: same class, fields copied (the handlers replace BigDecimal and Date values, never mutate them). */
const copy = <R extends object>(row: R): R => Object.assign(Object.create(Object.getPrototypeOf(row)), row)

/**
 * A stand-in for the typeorm Store with just what the Base batch calls: id lookups (findBy with In),
 * whole-table reads, findOne with equality and one order key, upsert and insert (which fails on a
 * duplicate id, like the primary key would). It lets tests run whole batches, check what is written,
 * and restore a snapshot to act out a rollback. The real database is exercised by base.e2e.test.ts.
 */
export class MemoryStore {
  readonly tables = new Map<string, Table>()
  reads = 0

  table(cls: { name: string }): Table {
    let t = this.tables.get(cls.name)
    if (!t) this.tables.set(cls.name, (t = new Map()))
    return t
  }

  rows<E>(cls: { new (...a: any[]): E; name: string }): E[] {
    return [...this.table(cls).values()] as E[]
  }

  snapshot(): Map<string, Table> {
    return new Map([...this.tables].map(([name, t]) => [name, new Map([...t].map(([id, row]) => [id, copy(row)]))]))
  }

  restore(snapshot: Map<string, Table>): void {
    this.tables.clear()
    for (const [name, t] of snapshot) this.tables.set(name, t)
  }

  asStore(): Store {
    const matches = (row: any, where: Record<string, unknown>) =>
      Object.entries(where).every(([k, v]) => (v instanceof FindOperator ? (v.value as unknown[]).includes(row[k]) : row[k] === v))
    const self = this
    const api = {
      async findBy(cls: any, where: any) {
        self.reads++
        return [...self.table(cls).values()].filter((r) => matches(r, where)).map(copy)
      },
      async find(cls: any) {
        self.reads++
        return [...self.table(cls).values()].map(copy)
      },
      async findOne(cls: any, options: any) {
        self.reads++
        const rows = [...self.table(cls).values()].filter((r) => matches(r, options.where ?? {}))
        const [[key, dir]] = Object.entries(options.order ?? { id: 'ASC' }) as [string, string][]
        rows.sort((a: any, b: any) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (dir === 'DESC' ? -1 : 1))
        return rows[0] && copy(rows[0])
      },
      async upsert(entities: Row | Row[]) {
        for (const e of [entities].flat()) self.table(e.constructor).set(e.id, copy(e))
      },
      async insert(entities: Row | Row[]) {
        for (const e of [entities].flat()) {
          const t = self.table(e.constructor)
          if (t.has(e.id)) throw new Error(`duplicate ${e.constructor.name} ${e.id}`)
          t.set(e.id, copy(e))
        }
      },
    }
    return api as unknown as Store
  }
}
