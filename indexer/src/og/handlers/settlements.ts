import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'

// placeholder until this handler lands
export function settlementHandler(_profile: NetworkProfile): OgHandler {
  return { name: 'settlements', kinds: ['settlement-relay','legacy-relay'], handle() {} }
}
