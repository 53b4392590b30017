import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'

// placeholder until this handler lands
export function stakingHandler(_profile: NetworkProfile): OgHandler {
  return { name: 'staking', kinds: ['staking','distribution','slashing'], handle() {} }
}
