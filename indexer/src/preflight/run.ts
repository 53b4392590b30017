/**
 * `npm run preflight`: both chains' checks against the configured endpoints (any profile), one table.
 */
import { CHAINS, type Chain } from '@og-explorer/common'
import type { NetworkProfile } from '../config/profile'
import { chainPreflight, type ChainPreflightOptions } from './chain-checks'
import { row, errorText, type PreflightRow } from './verdict'

/** how old a real chain's newest block may be before the node is taken for stuck (Base makes one every 2 s) */
const MAX_HEAD_AGE_SECONDS: Record<Chain, number> = { base: 120, og: 300 }

export interface PreflightOptions {
  profile: NetworkProfile
  env: ChainPreflightOptions['env']
  chains?: Chain[]
  burst?: number
}

export async function runPreflight(o: PreflightOptions): Promise<PreflightRow[]> {
  const rows: PreflightRow[] = []
  // one chain after the other: two bursts at once would measure each other's rate limits
  for (const chain of o.chains ?? CHAINS) {
    try {
      rows.push(
        ...(await chainPreflight({
          chain,
          profile: o.profile,
          env: o.env,
          burst: o.burst,
          maxHeadAgeSeconds: o.profile.name === 'mainnet' ? MAX_HEAD_AGE_SECONDS[chain] : undefined,
        })),
      )
    } catch (error) {
      rows.push(row(chain, 'preflight', 'fail', errorText(error)))
    }
  }
  return rows
}
