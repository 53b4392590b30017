import type { ApiConfig } from '../config'
import { ClientAdmission } from './client-admission'
import { FixedWindowLimiter } from './rate-limit'
import type { RateLimitPolicies } from './rate-limit-headers'

export type RateLimitSettings = Pick<ApiConfig['rateLimit'], 'max' | 'windowSeconds' | 'maxInFlight' | 'maxRunning' | 'trustProxy'>

/**
 * One client's limits, kept once per API: its window, its requests in flight and its turns. The
 * front door (front-door.ts) and useRateLimit (rate-limit.ts) both count against this one object, so
 * a client has one window and one in-flight count whichever of the two saw its request (the door
 * passes CORS preflights and live streams on to the API uncounted; the plugin counts what reaches it
 * without the door, as tests calling yoga.fetch do).
 */
export interface ClientLimits {
  readonly settings: RateLimitSettings
  readonly window: FixedWindowLimiter
  readonly admission: ClientAdmission
  readonly policies: RateLimitPolicies
}

export function createClientLimits(settings: RateLimitSettings): ClientLimits {
  return {
    settings,
    window: new FixedWindowLimiter(settings.max, settings.windowSeconds),
    admission: new ClientAdmission(settings.maxInFlight, settings.maxRunning),
    policies: { windowSeconds: settings.windowSeconds, maxInFlight: settings.maxInFlight },
  }
}
