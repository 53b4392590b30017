import type { GroundTruth } from '../sim/ground-truth'

/** A short human summary of a finished simulation: what was generated, how fast, and the faults. */
export function formatSummary(truth: GroundTruth, groundTruthFile: string): string {
  const lines: string[] = []
  const events = (chain: 'og' | 'base') => Object.values(truth.chains[chain].events).reduce((s, n) => s + n, 0)
  const total = events('og') + events('base')
  lines.push(
    `simulated ${truth.days} days at scale ${truth.scale} (seed ${truth.seed}) in ${truth.generationSeconds} s: ` +
      `${total} events, ${truth.chains.og.transactions + truth.chains.base.transactions} txs, ` +
      `${Math.round(total / Math.max(truth.generationSeconds, 0.1))} events/s`,
  )
  for (const chain of ['og', 'base'] as const) {
    const c = truth.chains[chain]
    lines.push(
      `  ${chain}: ${c.blocks} blocks, ${c.transactions} txs, ${events(chain)} events, head #${c.head?.number ?? '-'} state root ${c.head?.stateRoot ?? '-'}`,
    )
    for (const [name, count] of Object.entries(c.events)) lines.push(`    ${String(count).padStart(9)}  ${name}`)
  }
  const s = truth.settled
  lines.push(
    `  settled inferences: ${s.batchLeaves} in ${s.batches} batches, ${s.individual} individual, ${s.legacy} on the v0 relay, ${s.hubInferences} on InferenceHub`,
  )
  lines.push(`  x402 payments: ${truth.payments.count} from ${truth.payments.payingWallets} paying wallets`)
  const bg = truth.background
  if (bg)
    lines.push(
      `  other users' base traffic (not in the counts above): ${bg.transactions} txs, ${bg.erc20Transfers} ERC-20 transfers, ${bg.x402Payments.total} x402 payments in other tokens`,
    )
  const faultCounts = truth.faults.reduce<Record<string, number>>(
    (acc, f) => ((acc[`${f.kind} (${f.settlement})`] = (acc[`${f.kind} (${f.settlement})`] ?? 0) + 1), acc),
    {},
  )
  lines.push(
    `  injected faults: ${
      Object.entries(faultCounts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none'
    }`,
  )
  lines.push(`  staking incidents: ${truth.staking.map((i) => i.kind).join(', ') || 'none'}`)
  lines.push(`  ground truth: ${groundTruthFile}`)
  return lines.join('\n')
}
