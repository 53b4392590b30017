import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'
import { hubHandler } from './hub'
import { settlementHandler } from './settlements'
import { stakingHandler } from './staking'
import { teeRegistryHandler } from './tee-registry'
import { verificationHandler } from './verification'

/** In this order: registry first (settlements link to TEE nodes), verification last. */
export function ogHandlers(profile: NetworkProfile, options: { drainAtBlock?: number } = {}): OgHandler[] {
  return [teeRegistryHandler(profile), stakingHandler(profile), hubHandler(profile), settlementHandler(profile), verificationHandler(profile, { drainAtBlock: options.drainAtBlock })]
}
