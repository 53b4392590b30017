import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'

// placeholder until this handler lands
export function hubHandler(_profile: NetworkProfile): OgHandler {
  return { name: 'hub', kinds: ['inference-precompile','inference-hub'], handle() {} }
}
