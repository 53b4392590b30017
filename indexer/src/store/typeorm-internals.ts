import type { Store } from '@subsquid/typeorm-store'
import type { EntityManager } from 'typeorm'

/**
 * The one place that reaches past `@subsquid/typeorm-store`'s public API. The store keeps its
 * transaction's entity manager and, for hot blocks, a change tracker as plain fields (lib/store.js:
 * `new Store(() => em, changeTracker)`). The bulk writes (COPY, combined upserts), our own SQL
 * inside the batch's transaction and the carry-over's hot-block rule all need them. Every other
 * module goes through the functions below, and typeorm-internals.test.ts checks them against the
 * installed library, so an upgrade that renames a field fails a test instead of quietly falling
 * back to the slow path.
 */

type Entity = { id: string }
type EntityClass = { new (props?: any): Entity }

interface StoreInternals {
  em?: () => EntityManager
  changes?: {
    trackInsert(cls: EntityClass, entities: Entity[]): Promise<void>
    trackUpsert(cls: EntityClass, entities: Entity[]): Promise<void>
  }
}

const internals = (store: Store) => store as unknown as StoreInternals

/** Whether the store exposes its entity manager (the real store does; test doubles may not). */
export function hasEntityManager(store: Store): boolean {
  return typeof internals(store).em === 'function'
}

/** The entity manager of the store's transaction. */
export function entityManager(store: Store): EntityManager {
  const em = internals(store).em
  if (typeof em !== 'function') throw new Error('the store exposes no entity manager')
  return em.call(store)
}

/**
 * Whether the store records changes for hot-block rollback: it does exactly when the batch holds
 * unfinalized blocks.
 */
export function tracksHotChanges(store: Store): boolean {
  return internals(store).changes !== undefined
}

/**
 * Records rows about to be written for hot-block rollback, exactly as `store.upsert`/`store.insert`
 * do before writing (the tracker reads the rows' previous state, which the write would change). A
 * no-op on a final batch.
 */
export async function trackChanges(store: Store, kind: 'insert' | 'upsert', cls: EntityClass, entities: Entity[]): Promise<void> {
  const changes = internals(store).changes
  if (!changes) return
  if (kind === 'upsert') await changes.trackUpsert(cls, entities)
  else await changes.trackInsert(cls, entities)
}

/** A statement of our own inside the store's transaction (for writes the entity API cannot express). */
export async function rawQuery(store: Store, sql: string, params: unknown[]): Promise<unknown> {
  return entityManager(store).query(sql, params)
}
