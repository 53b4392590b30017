import type { NetworkProfile } from '../config/profile'
import type { OgHandler } from './batch'
import { hubHandler } from './hub/handler'
import { settlementHandler } from './settlements/handler'
import { stakingHandler } from './staking/handler'
import { teeRegistryHandler } from './tee/handler'
import { verificationHandler } from './verification/handler'

/** In this order: registry first (settlements link to TEE nodes), verification last. */
export function ogHandlers(profile: NetworkProfile, options: { drainAtBlock?: number; log?: (line: string) => void } = {}): OgHandler[] {
  return [
    teeRegistryHandler(profile),
    stakingHandler(profile),
    hubHandler(profile),
    settlementHandler(profile),
    verificationHandler(profile, { drainAtBlock: options.drainAtBlock, log: options.log }),
  ]
}
