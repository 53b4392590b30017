import type { NetworkProfile } from '../config/profile'
import { lower } from '../config/profile'
import type { BlockItems } from '../pipeline/handler'
import type { EntityCache } from '../store/entity-cache'
import { recordIssue } from '../util/issues'
import { isUnknownTopic } from './known-topics'
import type { OgBlockHeader, OgContext, OgLog } from './processor'

export type OgContractKind =
  | 'settlement-relay'
  | 'legacy-relay'
  | 'tee-registry'
  | 'staking'
  | 'distribution'
  | 'slashing'
  | 'inference-precompile'
  | 'inference-hub'

/** One log of a trusted OG contract, labelled with the contract's kind: the OG pipeline's item. */
export interface RoutedLog {
  log: OgLog
  block: OgBlockHeader
  kind: OgContractKind
}

/** Trusted OG addresses by kind, lowercased; logs from anything else are ignored. */
export function contractKinds(profile: NetworkProfile): Map<string, OgContractKind> {
  const c = profile.og.contracts
  const kinds = new Map<string, OgContractKind>()
  for (const r of c.settlementRelays) kinds.set(lower(r.address), 'settlement-relay')
  for (const r of c.legacyRelays) kinds.set(lower(r.address), 'legacy-relay')
  for (const r of c.teeRegistries) kinds.set(lower(r.address), 'tee-registry')
  for (const r of c.inferenceHubs) kinds.set(lower(r.address), 'inference-hub')
  kinds.set(lower(c.stakingPrecompile.address), 'staking')
  kinds.set(lower(c.distributionPrecompile.address), 'distribution')
  kinds.set(lower(c.slashingPrecompile.address), 'slashing')
  kinds.set(lower(c.inferencePrecompile.address), 'inference-precompile')
  return kinds
}

/**
 * Labels each log of a trusted contract with its kind, in chain order. Decoding is left to the
 * handlers; a topic no decoder knows is recorded as an issue here and goes no further.
 */
export function routeOgLogs(ctx: OgContext, kinds: Map<string, OgContractKind>, cache: EntityCache): BlockItems<OgBlockHeader, RoutedLog>[] {
  return ctx.blocks.map((block) => {
    const items: RoutedLog[] = []
    for (const log of block.logs) {
      const kind = kinds.get(log.address)
      if (!kind) continue // untrusted address: ignored, leaves no trace
      if (isUnknownTopic(kind, log.topics[0])) {
        // a trusted contract said something no decoder knows (a new version's event): recorded, counted
        recordIssue(
          cache,
          {
            chain: 'og',
            blockNumber: block.header.height,
            timestampMs: block.header.timestamp,
            txHash: log.transactionHash,
            logIndex: log.logIndex,
            address: log.address,
            topic0: log.topics[0],
          },
          'unknown-topic',
          kind,
        )
        continue
      }
      items.push({ log, block: block.header, kind })
    }
    return { header: block.header, items }
  })
}
