/**
 * A bounded map that forgets the least recently used entry. Holds only answers that cannot change: blocks and
 * receipts buried deeper than the reorg depth, so a cached answer is never stale.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>()

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value === undefined) return undefined
    // Map keeps insertion order: re-inserting moves the key to the most recent end
    this.map.delete(key)
    this.map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return
    this.map.delete(key)
    this.map.set(key, value)
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K)
  }

  get size(): number {
    return this.map.size
  }
}
