/**
 * Pairing of legacy inference logs. A hub call makes the 0xF4 precompile emit its event and then the
 * hub emits its result, in the same transaction; the explorer pairs a precompile log with the next
 * hub log. Here a hub result takes the nearest preceding unpaired precompile log of the same family
 * (chat, completion, model) in its transaction: a direct precompile call earlier in the same tx then
 * stays unpaired instead of stealing the hub's partner.
 */

export interface PairableLog {
  txHash: string
  logIndex: number
  side: 'request' | 'result'
  family: string
}

export interface HubPair<T> {
  request?: T
  result?: T
  /** the log whose handling creates the rows: the result when there is one */
  anchor: T
}

/**
 * Pairs the logs of a batch (given in chain order); every log ends up in exactly one entry, and the
 * entries come in chain order of their anchors.
 */
export function pairHubLogs<T extends PairableLog>(logs: T[]): HubPair<T>[] {
  const byTx = new Map<string, T[]>()
  for (const log of logs) {
    const list = byTx.get(log.txHash) ?? []
    list.push(log)
    byTx.set(log.txHash, list)
  }
  const pairs: HubPair<T>[] = []
  for (const list of byTx.values()) {
    const txPairs: HubPair<T>[] = []
    const pending: T[] = []
    for (const log of [...list].sort((a, b) => a.logIndex - b.logIndex)) {
      if (log.side === 'request') {
        pending.push(log)
        continue
      }
      const at = pending.map((p) => p.family).lastIndexOf(log.family)
      const request = at >= 0 ? pending.splice(at, 1)[0] : undefined
      txPairs.push({ request, result: log, anchor: log })
    }
    for (const request of pending) txPairs.push({ request, anchor: request })
    pairs.push(...txPairs.sort((a, b) => a.anchor.logIndex - b.anchor.logIndex))
  }
  return pairs
}
