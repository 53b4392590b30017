import type { Store } from '@subsquid/typeorm-store'
import { tracksHotChanges } from './typeorm-internals'

type Entity = { id: string }
type EntityClass = { new (props?: any): Entity; name: string }

/**
 * Rows carried from one backfill batch to the next, so that a batch reads from the database only the
 * rows no recent batch has seen (during a Base backfill most accounts a batch touches were touched a
 * batch or two before).
 *
 * Correctness rests on three rules:
 * - Only final batches carry rows. A batch with hot blocks (the store tracks changes for rollback)
 *   empties the carry-over and adds nothing: a rollback changes rows behind our back.
 * - A batch's rows become visible only when a later batch starts, which means the batch's
 *   transaction committed. The store retries a transaction that hit a serialization failure with the
 *   same blocks; those rows are then dropped, never served.
 * - Rows are handed out as copies: a batch that fails halfway leaves the carried rows as they were.
 *
 * Only classes without relations are carried (a copy would share a related row).
 */
export class CarryOver {
  private readonly rows = new Map<EntityClass, Map<string, Entity>>()
  private staged?: { lastBlock: number; rows: Map<EntityClass, Entity[]> }
  private active = false
  private size = 0

  constructor(
    readonly classes: EntityClass[],
    /** rows kept in all; the least recently written go first */
    readonly maxRows = 100_000,
  ) {}

  /** Called when a batch starts: decides whether this batch may use and feed the carry-over. */
  begin(store: Store, firstBlock: number): void {
    const hot = tracksHotChanges(store)
    const staged = this.staged
    this.staged = undefined
    if (hot) {
      this.clear()
      this.active = false
      return
    }
    this.active = true
    if (staged && firstBlock > staged.lastBlock) {
      for (const [cls, entities] of staged.rows) for (const e of entities) this.put(cls, e)
      this.evict()
    }
  }

  carries(cls: EntityClass): boolean {
    return this.active && this.classes.includes(cls)
  }

  /** A copy of the carried row, or undefined. */
  take<E extends Entity>(cls: EntityClass, id: string): E | undefined {
    if (!this.carries(cls)) return undefined
    const row = this.rows.get(cls)?.get(id)
    return row ? copy(row as E) : undefined
  }

  /** The rows a batch ends with (read or written), shown to later batches once this one committed. */
  stage(lastBlock: number, rows: Map<EntityClass, Iterable<Entity>>): void {
    if (!this.active) return
    const staged = new Map<EntityClass, Entity[]>()
    for (const [cls, entities] of rows) if (this.classes.includes(cls)) staged.set(cls, [...entities].map(copy))
    this.staged = { lastBlock, rows: staged }
  }

  get carried(): number {
    return this.size
  }

  private put(cls: EntityClass, e: Entity): void {
    let map = this.rows.get(cls)
    if (!map) this.rows.set(cls, (map = new Map()))
    // deleted first so that the row moves to the end of the eviction order
    if (map.delete(e.id)) this.size--
    map.set(e.id, e)
    this.size++
  }

  private evict(): void {
    for (const map of this.rows.values()) {
      const excess = Math.ceil((this.size - this.maxRows) * (map.size / Math.max(this.size, 1)))
      if (excess <= 0) continue
      let n = 0
      for (const id of map.keys()) {
        if (n++ >= excess) break
        map.delete(id)
        this.size--
      }
    }
  }

  private clear(): void {
    this.rows.clear()
    this.size = 0
  }
}

function copy<E extends Entity>(e: E): E {
  return Object.assign(Object.create(Object.getPrototypeOf(e)), e)
}
