import type { Store } from '@subsquid/typeorm-store'
import { In } from 'typeorm'
import { bulkWrite, type BulkWrite } from './bulk-write'
import type { CarryOver } from './carry-over'

type Entity = { id: string }
// `any` props: the generated models take Partial<Self>, which is not assignable across entity types
export type EntityClass<E extends Entity = Entity> = { new (props?: any): E; name: string }

const LOAD_CHUNK = 5_000

/**
 * One batch's view of the entities it touches. Handlers read from memory only: everything a batch
 * needs is prefetched with one query per entity type, and every change is written once at the end
 * (upserts for updated rows, plain inserts for new append-only rows), all in one statement. No
 * database round trip per log.
 */
export class EntityCache {
  private readonly loaded = new Map<EntityClass, Map<string, Entity>>()
  private readonly dirty = new Map<EntityClass, Map<string, Entity>>()
  private readonly inserts = new Map<EntityClass, Entity[]>()
  /** classes whose whole table is in memory: several handlers ask for the same small table */
  private readonly complete = new Set<EntityClass>()

  constructor(
    readonly store: Store,
    /** rows earlier final batches ended with (see carry-over.ts) */
    private readonly carry?: CarryOver,
  ) {}

  private mapOf(cls: EntityClass): Map<string, Entity> {
    let map = this.loaded.get(cls)
    if (!map) this.loaded.set(cls, (map = new Map()))
    return map
  }

  /**
   * Loads the given ids that are not in memory yet; unknown ids stay absent. Pass the relations a
   * handler will write back when they are NOT NULL: an upsert of a row loaded without them would
   * insert NULL there.
   */
  async prefetch<E extends Entity>(cls: EntityClass<E>, ids: Iterable<string>, relations?: Record<string, boolean>): Promise<void> {
    const map = this.mapOf(cls)
    // a fully loaded table has no missing ids (only relation-less small tables are loaded whole)
    if (this.complete.has(cls)) return
    let missing = [...new Set(ids)].filter((id) => !map.has(id))
    if (!relations && this.carry?.carries(cls)) {
      missing = missing.filter((id) => {
        const row = this.carry!.take<E>(cls, id)
        if (row) map.set(id, row)
        return !row
      })
    }
    for (let i = 0; i < missing.length; i += LOAD_CHUNK) {
      const rows = await this.store.find(cls as any, { where: { id: In(missing.slice(i, i + LOAD_CHUNK)) }, relations } as any)
      for (const row of rows as E[]) map.set(row.id, row)
    }
  }

  /**
   * Loads the rows whose `field` is one of `values`, for keys a handler cannot list in advance (e.g.
   * every group of a day). Afterwards an absent row of those values really does not exist.
   */
  async prefetchWhere<E extends Entity>(cls: EntityClass<E>, field: string, values: readonly unknown[]): Promise<void> {
    if (this.complete.has(cls) || values.length === 0) return
    // a carried row may be newer than the stored one, and this load would not know to prefer it
    if (this.carry?.carries(cls)) throw new Error(`prefetchWhere cannot load ${cls.name}, which is carried between batches`)
    const map = this.mapOf(cls)
    for (let i = 0; i < values.length; i += LOAD_CHUNK) {
      const rows = await this.store.find(cls as any, { where: { [field]: In(values.slice(i, i + LOAD_CHUNK) as any[]) } } as any)
      for (const row of rows as E[]) if (!map.has(row.id)) map.set(row.id, row)
    }
  }

  /** Loads every row of a small table (validators, TEE nodes) into memory. */
  async prefetchAll<E extends Entity>(cls: EntityClass<E>): Promise<void> {
    if (this.complete.has(cls)) return
    const map = this.mapOf(cls)
    for (const row of (await this.store.find(cls as any)) as E[]) if (!map.has(row.id)) map.set(row.id, row)
    this.complete.add(cls)
  }

  get<E extends Entity>(cls: EntityClass<E>, id: string): E | undefined {
    return this.mapOf(cls).get(id) as E | undefined
  }

  values<E extends Entity>(cls: EntityClass<E>): E[] {
    return [...this.mapOf(cls).values()] as E[]
  }

  /** Returns the entity, creating it (and marking it for writing) when it does not exist. */
  getOrCreate<E extends Entity>(cls: EntityClass<E>, id: string, create: () => E): E {
    const existing = this.get(cls, id)
    if (existing) return existing
    const created = create()
    this.mapOf(cls).set(id, created)
    this.save(cls, created)
    return created
  }

  /** Marks an entity (new or changed) to be upserted at flush. */
  save<E extends Entity>(cls: EntityClass<E>, entity: E): void {
    this.mapOf(cls).set(entity.id, entity)
    let dirty = this.dirty.get(cls)
    if (!dirty) this.dirty.set(cls, (dirty = new Map()))
    dirty.set(entity.id, entity)
  }

  /** Queues a new row that nothing in this batch will change again (logs, events). */
  insert<E extends Entity>(cls: EntityClass<E>, entity: E): void {
    let list = this.inserts.get(cls)
    if (!list) this.inserts.set(cls, (list = []))
    list.push(entity)
  }

  /**
   * Drops written rows from memory, for a batch that will not read them again and would otherwise
   * hold every row it ever touched; a row with a change still to write stays.
   */
  forget<E extends Entity>(cls: EntityClass<E>, ids: Iterable<string>): void {
    const map = this.mapOf(cls)
    const dirty = this.dirty.get(cls)
    let dropped = false
    for (const id of ids) if (!dirty?.has(id)) dropped = map.delete(id) || dropped
    // a table loaded whole is no longer whole in memory
    if (dropped) this.complete.delete(cls)
  }

  /** Writes everything, in `order` so rows exist before the rows that reference them. */
  async flush(order: EntityClass[]): Promise<void> {
    const known = new Set([...this.dirty.keys(), ...this.inserts.keys()])
    const unlisted = [...known].filter((cls) => !order.includes(cls))
    if (unlisted.length > 0) throw new Error(`flush order misses ${unlisted.map((c) => c.name).join(', ')}`)
    const writes: BulkWrite[] = []
    for (const cls of order) {
      const dirty = this.dirty.get(cls)
      if (dirty) writes.push({ kind: 'upsert', entities: [...dirty.values()] })
      const inserts = this.inserts.get(cls)
      if (inserts) writes.push({ kind: 'insert', entities: inserts })
    }
    await bulkWrite(this.store, writes)
    this.dirty.clear()
    this.inserts.clear()
  }

  /** Hands the rows this batch ends with to the next batch (after flush: they are what was written). */
  carryForward(lastBlock: number): void {
    this.carry?.stage(lastBlock, new Map([...this.loaded].map(([cls, rows]) => [cls, rows.values()])))
  }
}
