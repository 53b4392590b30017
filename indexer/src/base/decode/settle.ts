import * as exact from '../../abi/X402ExactProxy'
import * as upto from '../../abi/X402UptoProxy'

export type ProxyScheme = 'exact' | 'upto'

/** What a proxy's settle/settleWithPermit calldata says about one payment. */
export interface SettleCall {
  /** the token Permit2 moves; the canonical proxies serve USDC and every other token too */
  token: string
  /** `owner`: whose tokens move */
  payer: string
  /** `witness.to`: the payTo address */
  payee: string
  /** `witness.facilitator`, named only by the upto witness */
  facilitator?: string
  /** what the call asks to move: the permitted amount (exact) or `amount` (upto, <= the permitted cap) */
  amount: bigint
  withPermit: boolean
}

/**
 * Decodes a direct call of a proxy. Returns undefined when the input is not one of the proxy's
 * settle functions (a multicall, a smart-wallet batch) or does not decode, so the caller can fall
 * back to the token transfers of the transaction.
 */
export function decodeSettleCall(scheme: ProxyScheme, input: string): SettleCall | undefined {
  try {
    return scheme === 'exact' ? decodeExact(input) : decodeUpto(input)
  } catch {
    return undefined
  }
}

function decodeExact(input: string): SettleCall | undefined {
  const withPermit = exact.functions.settleWithPermit.is(input)
  if (!withPermit && !exact.functions.settle.is(input)) return undefined
  const args = withPermit ? exact.functions.settleWithPermit.decode(input) : exact.functions.settle.decode(input)
  return {
    token: args.permit.permitted.token,
    payer: args.owner,
    payee: args.witness.to,
    amount: args.permit.permitted.amount,
    withPermit,
  }
}

function decodeUpto(input: string): SettleCall | undefined {
  const withPermit = upto.functions.settleWithPermit.is(input)
  if (!withPermit && !upto.functions.settle.is(input)) return undefined
  const args = withPermit ? upto.functions.settleWithPermit.decode(input) : upto.functions.settle.decode(input)
  return {
    token: args.permit.permitted.token,
    payer: args.owner,
    payee: args.witness.to,
    facilitator: args.witness.facilitator,
    amount: args.amount,
    withPermit,
  }
}
