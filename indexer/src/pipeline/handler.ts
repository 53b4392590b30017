/**
 * The one shape both indexing pipelines (OG and Base) follow; docs/pipeline.md draws it.
 *
 * A batch of blocks is first routed: every log of a trusted contract becomes an item labelled with a
 * `kind`, in chain order, grouped by block (OG labels by contract, Base by decoded event). Handlers
 * then run in three phases:
 * - `prepare` sees all of its items at once, before anything is applied: it collects the row ids it
 *   will touch and loads them (one query per entity type), or reads chain state in batched calls;
 * - `handle` applies one item at a time, in chain order, from memory only (no database, no RPC);
 * - `finish` runs once after every item (reconciliation with chain state, verdicts).
 * The batch then writes everything once. Handlers keep nothing between batches except schedules.
 */
export interface Handler<Batch, Item extends { kind: string }> {
  name: string
  /** the item kinds this handler receives */
  kinds: readonly Item['kind'][]
  prepare?(batch: Batch, items: Item[]): Promise<void>
  handle(batch: Batch, item: Item): void
  finish?(batch: Batch): Promise<void>
}

/** A block's routed items, in log order. */
export interface BlockItems<Header, Item> {
  header: Header
  items: Item[]
}

export interface RunOptions<Batch, Header, Item extends { kind: string }> {
  /** After every `prepare`, before the first `handle`: loads what the handlers asked for together. */
  afterPrepare?(): Promise<void>
  /** Before each block's items (blocks without items included): rows every block of a day needs. */
  beginBlock?(header: Header): void
  /**
   * A `handle` that threw. OG records the log as an issue and goes on (its handlers decode in
   * `handle`, so a trusted contract's odd log lands here); Base stops (its items are decoded already,
   * so a throw is our bug).
   */
  onError(handler: Handler<Batch, Item>, item: Item, header: Header, error: unknown): void
  /** phases: 'read' (prepare), 'handle', then one per handler that has a `finish` */
  lap?(phase: string): void
}

/** Runs the handlers over a batch's routed items: prepare all, handle in chain order, finish all. */
export async function runHandlers<Batch, Header, Item extends { kind: string }>(
  batch: Batch,
  blocks: BlockItems<Header, Item>[],
  handlers: readonly Handler<Batch, Item>[],
  options: RunOptions<Batch, Header, Item>,
): Promise<void> {
  const byKind = new Map<string, Handler<Batch, Item>[]>()
  for (const handler of handlers) {
    for (const kind of handler.kinds) {
      const list = byKind.get(kind) ?? []
      byKind.set(kind, list)
      list.push(handler)
    }
  }
  for (const handler of handlers) {
    if (!handler.prepare) continue
    const mine = blocks.flatMap((b) => b.items.filter((item) => handler.kinds.includes(item.kind)))
    await handler.prepare(batch, mine)
  }
  await options.afterPrepare?.()
  options.lap?.('read')
  for (const { header, items } of blocks) {
    options.beginBlock?.(header)
    for (const item of items) {
      for (const handler of byKind.get(item.kind) ?? []) {
        try {
          handler.handle(batch, item)
        } catch (error) {
          options.onError(handler, item, header, error)
        }
      }
    }
  }
  options.lap?.('handle')
  // each finish is its own phase: state reads (staking) and verdicts (verification) differ
  for (const handler of handlers) {
    if (!handler.finish) continue
    await handler.finish(batch)
    options.lap?.(handler.name)
  }
}
