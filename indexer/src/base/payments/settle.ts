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
  const fast = readCanonicalSettle('exact', input)
  if (fast) return fast
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
  const fast = readCanonicalSettle('upto', input)
  if (fast) return fast
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

const LOWER_HEX = /^0x[0-9a-f]*$/
const ZERO_PADDING = '0'.repeat(24)

/** where the fields sit in a canonically encoded `settle` call (32-byte words after the selector) */
const LAYOUT = {
  exact: { selector: exact.functions.settle.selector, token: 0, amount: 1, owner: 4, to: 5, facilitator: undefined, signatureOffset: 7 },
  upto: { selector: upto.functions.settle.selector, token: 0, amount: 4, owner: 5, to: 6, facilitator: 7, signatureOffset: 9 },
} as const

/**
 * A plain `settle` call as facilitators' encoders write it, read at fixed offsets, a fraction of
 * what the generic decoder costs per payment. Only the canonical shape qualifies: lowercase hex, clean address words,
 * the signature right after the head and padded to a whole word. Anything else (settleWithPermit,
 * odd encodings) returns undefined and goes to the generic decoder, which gives the same answer for
 * canonical calls; settle.test.ts checks that on random calls.
 */
export function readCanonicalSettle(scheme: ProxyScheme, input: string): SettleCall | undefined {
  const layout = LAYOUT[scheme]
  if (!input.startsWith(layout.selector)) return undefined
  const word = (i: number) => input.slice(10 + 64 * i, 10 + 64 * (i + 1))
  const head = layout.signatureOffset + 1
  if (input.length < 10 + 64 * (head + 1) || !LOWER_HEX.test(input)) return undefined
  if (BigInt(`0x${word(layout.signatureOffset)}`) !== BigInt(32 * head)) return undefined
  const signatureLength = BigInt(`0x${word(head)}`)
  if (BigInt(input.length) !== BigInt(10 + 64 * (head + 1)) + ((signatureLength + 31n) / 32n) * 64n) return undefined
  const address = (i: number) => {
    const w = word(i)
    return w.startsWith(ZERO_PADDING) ? `0x${w.slice(24)}` : undefined
  }
  const token = address(layout.token)
  const payer = address(layout.owner)
  const payee = address(layout.to)
  const facilitator = layout.facilitator === undefined ? undefined : address(layout.facilitator)
  if (!token || !payer || !payee || (layout.facilitator !== undefined && !facilitator)) return undefined
  const call: SettleCall = { token, payer, payee, amount: BigInt(`0x${word(layout.amount)}`), withPermit: false }
  if (facilitator) call.facilitator = facilitator
  return call
}
