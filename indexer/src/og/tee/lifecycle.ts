import type { TeeNode } from '../../model'
import { enabledSeconds, uptime } from './uptime'

const seconds = (d: Date) => Math.floor(d.getTime() / 1000)

/**
 * TEEDisabled / TEEEnabled at block time `at` (unix seconds). Disabling opens a span at `at`;
 * enabling closes it, adding it to the node's disabled total and to the part of the next heartbeat's
 * gap that heartbeat does not vouch for. A repeated disable keeps the span's start (the registry
 * reverts one, but a node built from a later getTEE may already read as disabled). An enable without
 * a known start (the node was disabled before the indexed range) counts no span.
 */
export function applyEnabledChange(node: TeeNode, enabled: boolean, at: number): void {
  if (!enabled) {
    node.disabledAt ??= new Date(at * 1000)
  } else if (node.disabledAt) {
    const span = Math.max(0, at - seconds(node.disabledAt))
    node.disabledSeconds += span
    node.disabledSinceHeartbeat += span
    node.disabledAt = null
  }
  node.enabled = enabled
}

/**
 * Recomputes uptime as of `now` (unix seconds): enabled nodes decay without heartbeats; a disabled
 * one keeps the figure it had when disabled because its open span grows as fast as the clock. A
 * disabled node without a known start (first seen disabled, or disabled before the columns existed)
 * keeps its stored figure.
 */
export function refreshUptime(node: TeeNode, now: number): void {
  if (!node.enabled && !node.disabledAt) return
  const span = {
    registeredAt: seconds(node.registeredAt),
    disabledSeconds: node.disabledSeconds,
    disabledAt: node.disabledAt ? seconds(node.disabledAt) : null,
  }
  node.uptime = uptime(node.coveredSeconds, enabledSeconds(span, now))
}
