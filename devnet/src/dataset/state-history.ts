/**
 * Contract state beside a dataset that has no chain behind it (a synthetic OG dataset, issue 18):
 * every change to the values the indexer reads by eth_call, in block order, so a read at block N is
 * answered by the newest change at or before N (docs/devnet.md, "Indexing a dataset with no chain
 * behind it"). The file is gzipped JSON lines, one change each: [block, key, value].
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export const STATE_FILE = 'state.jsonl.gz'

export type StateValue = string | number | boolean | null | StateValue[] | { [key: string]: StateValue }

/** Collects changes while a history is written and saves them beside the dataset. */
export class StateHistoryWriter {
  private readonly lines: string[] = []

  record(block: number, key: string, value: StateValue): void {
    this.lines.push(JSON.stringify([block, key, value]))
  }

  get size(): number {
    return this.lines.length
  }

  save(dir: string): void {
    fs.writeFileSync(path.join(dir, STATE_FILE), zlib.gzipSync(`${this.lines.join('\n')}\n`))
  }
}

/** The recorded changes by key, each key's in block order. */
export class StateHistory {
  private readonly changes = new Map<string, { blocks: number[]; values: StateValue[] }>()
  /** keys in the order of their first change (e.g. validators in creation order) */
  readonly keys: string[] = []

  static load(dir: string): StateHistory | undefined {
    const file = path.join(dir, STATE_FILE)
    if (!fs.existsSync(file)) return undefined
    const history = new StateHistory()
    for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
      if (line === '') continue
      const [block, key, value] = JSON.parse(line) as [number, string, StateValue]
      history.add(block, key, value)
    }
    return history
  }

  add(block: number, key: string, value: StateValue): void {
    let entry = this.changes.get(key)
    if (!entry) {
      this.changes.set(key, (entry = { blocks: [], values: [] }))
      this.keys.push(key)
    }
    const last = entry.blocks.length - 1
    if (last >= 0 && entry.blocks[last] > block) throw new Error(`state change of ${key} at block ${block} after one at ${entry.blocks[last]}`)
    // several changes in one block: the last one is the block's state
    if (last >= 0 && entry.blocks[last] === block) entry.values[last] = value
    else {
      entry.blocks.push(block)
      entry.values.push(value)
    }
  }

  /** the value of `key` after block `block`, or undefined when it had none yet */
  at(key: string, block: number): StateValue | undefined {
    const entry = this.changes.get(key)
    if (!entry) return undefined
    let lo = 0
    let hi = entry.blocks.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (entry.blocks[mid] <= block) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found < 0 ? undefined : entry.values[found]
  }
}
