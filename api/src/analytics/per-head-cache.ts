/**
 * Answers that depend only on their arguments and on what is indexed, kept until either indexed
 * head moves. Such an answer is the same for every client at a given head, so computing it again
 * for each request only spends the event loop. Entries are promises, so requests that arrive while
 * the first is still computing share its work; a failure is not kept.
 */
export class PerHeadCache<V> {
  private heads: string | undefined
  private readonly entries = new Map<string, Promise<V>>()

  constructor(readonly maxEntries: number) {}

  get(headsKey: string, key: string, compute: () => Promise<V>): Promise<V> {
    if (headsKey !== this.heads) {
      this.entries.clear()
      this.heads = headsKey
    }
    const hit = this.entries.get(key)
    if (hit) return hit
    const value = compute()
    // the oldest entry makes room; argument combinations are few in practice, a scan is not
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, value)
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key)
    })
    return value
  }

  size(): number {
    return this.entries.size
  }
}

/**
 * One cache per owner object (the API instance's database pool): several API instances in one
 * process, as in the tests, each read their own database and must not share answers.
 */
export function cachePer<O extends object, V>(maxEntries: number): (owner: O) => PerHeadCache<V> {
  const caches = new WeakMap<O, PerHeadCache<V>>()
  return (owner) => {
    let cache = caches.get(owner)
    if (!cache) caches.set(owner, (cache = new PerHeadCache<V>(maxEntries)))
    return cache
  }
}
