import type { NetworkProfile } from '../../config/profile'
import { Inference, Settlement } from '../../model'
import { recordIssue } from '../../util/issues'
import type { OgBatch, OgHandler } from '../batch'
import type { RoutedLog } from '../routing'
import { decodeHubLog } from './decode'
import { pairHubLogs, type HubPair } from './pair'
import { hubRows, type LocatedHubLog } from './rows'

function locate(r: RoutedLog): LocatedHubLog | undefined {
  let decoded
  try {
    decoded = decodeHubLog(r.log)
  } catch {
    return undefined // handle() decodes again and the error is recorded against the log
  }
  if (!decoded) return undefined
  const { log, block } = r
  return {
    decoded,
    txHash: log.transactionHash,
    logIndex: log.logIndex,
    address: log.address,
    side: decoded.side,
    family: decoded.family,
    blockNumber: block.height,
    timestamp: new Date(block.timestamp),
  }
}

/**
 * Legacy on-chain inference: the 0xF4 precompile's event (request, mode, model) paired with the
 * InferenceHub result of the same transaction. Pairs are formed in `prepare`, since a transaction's
 * logs are all in one batch; `handle` writes each pair when it reaches the pair's anchor log.
 */
export function hubHandler(_profile: NetworkProfile): OgHandler {
  let anchors = new Map<string, HubPair<LocatedHubLog>>()
  let decoded = new Set<string>()
  const key = (txHash: string, logIndex: number) => `${txHash}-${logIndex}`
  return {
    name: 'hub',
    kinds: ['inference-precompile', 'inference-hub'],
    async prepare(_batch: OgBatch, logs: RoutedLog[]) {
      const located = logs.map(locate).filter((l): l is LocatedHubLog => l !== undefined)
      anchors = new Map(pairHubLogs(located).map((p) => [key(p.anchor.txHash, p.anchor.logIndex), p]))
      decoded = new Set(located.map((l) => key(l.txHash, l.logIndex)))
    },
    handle(batch: OgBatch, r: RoutedLog) {
      const pair = anchors.get(key(r.log.transactionHash, r.log.logIndex))
      if (!pair) {
        // a request paired with a later result, another event, or undecodable: decoding again
        // throws for the latter, which main.ts records as an issue
        if (!decoded.has(key(r.log.transactionHash, r.log.logIndex))) decodeHubLog(r.log)
        return
      }
      const { settlement, inference } = hubRows(pair)
      batch.cache.insert(Settlement, settlement)
      batch.cache.insert(Inference, inference)
      if (!pair.request || !pair.result) {
        const { log, block } = r
        const detail = pair.request ? `precompile ${pair.request.family} log without a hub result` : `hub ${pair.anchor.family} result without a precompile log`
        recordIssue(
          batch.cache,
          {
            chain: 'og',
            blockNumber: block.height,
            timestampMs: block.timestamp,
            txHash: log.transactionHash,
            logIndex: log.logIndex,
            address: log.address,
            topic0: log.topics[0],
          },
          'unpaired-inference-log',
          detail,
        )
      }
      batch.countInference(inference)
      batch.add(r.block.timestamp, { hubInferences: 1, inferencesSettled: 1, settlements: 1 })
    },
  }
}
