import type { Store } from '@subsquid/typeorm-store'
import { Client } from 'pg'
import { rawQuery } from './typeorm-internals'
import { buildDeferredIndexes, deferIndexes, pendingIndexes } from './deferred-indexes'

/**
 * One processor's side of deferred indexes (see deferred-indexes.ts): decided once at start from how
 * far behind the head it is, built inside the first batch transaction that reaches the head.
 */
export class IndexDeferral {
  constructor(
    readonly stateSchema: string,
    /** indexes dropped and not built yet */
    public pending: number,
    private readonly log: (line: string) => void,
  ) {}

  /** set after a build: the batch transaction holding it may still have failed */
  private confirm = false

  /** Builds the deferred indexes once the processor is at its head (or its last block, when bounded). */
  async buildIfDue(store: Store, atHead: boolean): Promise<void> {
    const query = (sql: string, params?: unknown[]) => rawQuery(store, sql, params ?? []) as Promise<any>
    if (this.confirm) {
      // the next batch sees whether the build committed (a retried or failed transaction undid it)
      this.confirm = false
      this.pending = (await pendingIndexes(query, this.stateSchema)).length
    }
    if (this.pending === 0 || !atHead) return
    this.log(`at the head: building ${this.pending} deferred indexes…`)
    const started = Date.now()
    const built = await buildDeferredIndexes(query, this.stateSchema)
    this.log(`built ${built.length} indexes in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    this.pending = 0
    this.confirm = true
  }
}

/** Stored height of a processor, or -1 before its first batch. */
async function indexedHeight(db: Client, stateSchema: string): Promise<number> {
  const exists = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'status'`, [stateSchema])
  if (exists.rowCount === 0) return -1
  const { rows } = await db.query<{ height: number }>(`SELECT height FROM "${stateSchema}".status WHERE id = 0`)
  return rows[0]?.height ?? -1
}

/**
 * Run before the processor starts: when the head is at least `fromBlocks` ahead of what is indexed,
 * the pipeline's secondary indexes are dropped (their definitions kept) for the backfill.
 */
export async function prepareIndexDeferral(options: {
  databaseUrl: string
  stateSchema: string
  tables: string[]
  head: () => Promise<number>
  /** 0: never defer */
  fromBlocks: number
  log: (line: string) => void
}): Promise<IndexDeferral> {
  const db = new Client({ connectionString: options.databaseUrl })
  await db.connect()
  try {
    const query = async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows
    let pending = (await pendingIndexes(query, options.stateSchema)).length
    if (options.fromBlocks > 0) {
      const [head, height] = await Promise.all([options.head(), indexedHeight(db, options.stateSchema)])
      const behind = head - Math.max(height, 0)
      if (behind >= options.fromBlocks) {
        const deferred = await deferIndexes(query, options.stateSchema, options.tables)
        if (deferred.length > pending)
          options.log(`${behind} blocks behind the head: ${deferred.length} secondary indexes are built once the backfill reaches it`)
        pending = deferred.length
      }
    }
    if (pending > 0 && options.fromBlocks === 0) options.log(`${pending} deferred indexes from an earlier backfill are built at the head`)
    return new IndexDeferral(options.stateSchema, pending, options.log)
  } finally {
    await db.end()
  }
}
