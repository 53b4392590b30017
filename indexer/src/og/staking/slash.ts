/**
 * Slashes and jails happen in the Cosmos layer and leave no EVM log, so they are inferred by
 * comparing a validator's view before and after a window of blocks with what the window's own logs
 * explain. Pure functions; the handler feeds them Validator rows and precompile reads.
 */

/**
 * Share arithmetic truncates: an unbond or redelegation can move a few wei less than its log says
 * (sdk.Dec shares carry 18 decimals, so the error is about 1 wei per operation). A drop within this
 * allowance per such log is rounding, not a slash; 1000 wei is 1e-15 OPG, far below any real slash.
 */
export const ROUNDING_DUST_PER_LOG = 1000n

/** Net token change the logs of a window explain for one validator. */
export interface LoggedDelta {
  delta: bigint
  /** logs whose actual effect may be a few wei short of their logged amount */
  roundedLogs: number
  /** a ValidatorUnjailed log was seen in the window */
  unjailed: boolean
}

export const emptyDelta = (): LoggedDelta => ({ delta: 0n, roundedLogs: 0, unjailed: false })

export function addMove(deltas: Map<string, LoggedDelta>, validator: string, delta: bigint, rounded: boolean): void {
  const d = deltas.get(validator) ?? emptyDelta()
  d.delta += delta
  if (rounded) d.roundedLogs += 1
  deltas.set(validator, d)
}

export interface ValidatorState {
  tokens: bigint
  jailed: boolean
}

/** When a jailing happened: before the window's unjail log, or by the end of the window. */
export type JailTiming = 'before-unjail' | 'at-end'

export interface StateFindings {
  /** tokens lost beyond what the logs explain (0n when none) */
  slashed: bigint
  /** jailings in the window: up to 2 when it also saw an unjail */
  jails: JailTiming[]
}

/**
 * before: the last read (or 0 tokens for a validator created in the window); after: the view now.
 * Expected tokens = before + Delegate + Cancel + CreateValidator − Unbond − Redelegate-out
 * + Redelegate-in; any shortfall beyond rounding is a slash of exactly that shortfall. A surplus is
 * not an event (stake moved outside the EVM); the view is copied either way.
 */
export function detectStateChanges(before: ValidatorState, after: ValidatorState, logged: LoggedDelta): StateFindings {
  const shortfall = before.tokens + logged.delta - after.tokens
  const allowance = BigInt(logged.roundedLogs) * ROUNDING_DUST_PER_LOG
  return { slashed: shortfall > allowance ? shortfall : 0n, jails: jailings(before.jailed, logged.unjailed, after.jailed) }
}

/**
 * A validator that ends jailed was jailed in the window unless it started jailed and no unjail came
 * between; an unjail log for a validator that started free implies one more jailing before it.
 */
export function jailings(before: boolean, unjailed: boolean, after: boolean): JailTiming[] {
  const found: JailTiming[] = []
  if (!before && unjailed) found.push('before-unjail')
  if (after && (unjailed || !before)) found.push('at-end')
  return found
}

/** The best estimate of tokens when the view could not be read: the last read plus the logs. */
export function estimateTokens(before: bigint, logged: LoggedDelta): bigint {
  const t = before + logged.delta
  return t > 0n ? t : 0n
}
