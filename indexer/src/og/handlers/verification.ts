import type { NetworkProfile } from '../../config/profile'
import type { OgHandler } from '../batch'

// placeholder until this handler lands
export function verificationHandler(_profile: NetworkProfile): OgHandler {
  return { name: 'verification', kinds: [], handle() {} }
}
