import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'

// placeholder until this handler lands
export function teeRegistryHandler(_profile: NetworkProfile): OgHandler {
  return { name: 'tee-registry', kinds: ['tee-registry'], handle() {} }
}
