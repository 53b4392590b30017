import { keccakText } from '../chain/abi/keccak'

/** The registry's lifecycle events (docs/sources.md#3-tee-registry-og-chain). */
export const TEE_DISABLED_TOPIC = keccakText('TEEDisabled(bytes32)')
export const TEE_ENABLED_TOPIC = keccakText('TEEEnabled(bytes32)')

export interface LifecycleLog {
  enabled: boolean
  block: number
  logIndex: number
  /** block time, unix seconds */
  at: number
}

export interface DisabledSpan {
  disabledAt: number
  disabledBlock: number
  /** null while the node is still disabled */
  enabledAt: number | null
  enabledBlock: number | null
}

/**
 * The spans a node was disabled, from its TEEDisabled / TEEEnabled logs, by the indexer's rule
 * (indexer/src/og/tee/lifecycle.ts): a disable opens a span, a repeated disable keeps its start, an
 * enable closes it, and an enable without a known start (its disable is before the logs read)
 * counts no span.
 */
export function disabledSpans(logs: readonly LifecycleLog[]): DisabledSpan[] {
  const ordered = [...logs].sort((a, b) => a.block - b.block || a.logIndex - b.logIndex)
  const spans: DisabledSpan[] = []
  let open: DisabledSpan | null = null
  for (const log of ordered) {
    if (!log.enabled) {
      open ??= { disabledAt: log.at, disabledBlock: log.block, enabledAt: null, enabledBlock: null }
    } else if (open) {
      spans.push({ ...open, enabledAt: log.at, enabledBlock: log.block })
      open = null
    }
  }
  if (open) spans.push(open)
  return spans
}
