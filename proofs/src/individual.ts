/**
 * Individual settlement payloads (facilitator `processIndividualSettlement`): the Walrus blob is
 *   JSON.stringify({ input, output, teeSignature, teeId, timestamp, ethAddress })
 * and the chain gets IndividualSettlement(teeId, ethAddress, inputHash, outputHash, timestamp,
 * walrusBlobId, signature).
 *
 * Encoding decisions (what buildIndividualPayload writes; the parser is more lenient):
 *   - input / output: strings exactly as the facilitator received them;
 *     inputHash = keccak256(utf8(input)), outputHash = keccak256(utf8(output)).
 *   - timestamp: unix seconds as a JSON number (a base-10 string if it ever exceeds 2^53-1).
 *     Parser accepts a non-negative safe-integer number or a base-10 string.
 *   - teeSignature: lowercase 0x-hex of the raw RSA-PSS signature. Parser also accepts
 *     standard/url-safe base64 (the TEE gateway's native form) and normalises to 0x-hex.
 *   - teeId: bytes32 0x-hex; ethAddress: 20-byte 0x-hex (any case). Both normalised to lowercase.
 */
import { keccak256, stringToBytes } from 'viem'
import { z } from 'zod'
import type { Hex } from './hex'

export type IndividualPayload = {
  input: string
  output: string
  teeSignature: string
  teeId: string
  timestamp: number | string
  ethAddress: string
}

/** Normalised view of a parsed payload. */
export type ParsedIndividualPayload = {
  input: string
  output: string
  inputHash: Hex
  outputHash: Hex
  teeId: Hex
  timestamp: bigint
  signature: Hex
  ethAddress: Hex
}

export type IndividualEventFields = {
  teeId: string
  inputHash: string
  outputHash: string
  timestamp: bigint
  signature: string
  /** Checked only when given. */
  ethAddress?: string
}

export type IndividualVerifyReason =
  | 'malformed'
  | 'tee-id-mismatch'
  | 'input-hash-mismatch'
  | 'output-hash-mismatch'
  | 'timestamp-mismatch'
  | 'signature-mismatch'
  | 'eth-address-mismatch'

export type IndividualVerifyResult = { ok: true; payload: ParsedIndividualPayload } | { ok: false; reason: IndividualVerifyReason; detail?: string }

export function hashInferenceText(text: string): Hex {
  return keccak256(stringToBytes(text))
}

const HEX_SIG = /^0x(?:[0-9a-fA-F]{2})+$/
const B64_SIG = /^[A-Za-z0-9+/_-]+={0,2}$/

function normaliseSignature(sig: string): Hex | undefined {
  const s = sig.trim()
  if (HEX_SIG.test(s)) return s.toLowerCase() as Hex
  if (/^0x/i.test(s)) return undefined // looks like hex but is not valid hex
  if (B64_SIG.test(s) && s.replace(/=+$/, '').length % 4 !== 1) {
    const buf = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (buf.length > 0) return `0x${buf.toString('hex')}`
  }
  return undefined
}

const payloadSchema = z.object({
  input: z.string(),
  output: z.string(),
  teeSignature: z.string().min(1),
  teeId: z.string().regex(/^0x[0-9a-fA-F]{64}$/),
  timestamp: z.union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^[0-9]{1,78}$/)]),
  ethAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
})

export class IndividualFormatError extends Error {
  override name = 'IndividualFormatError'
}

/** Parse an individual payload from an object, JSON text or raw bytes. Throws IndividualFormatError. */
export function parseIndividualPayload(json: unknown): ParsedIndividualPayload {
  let data: unknown = json
  try {
    if (typeof json === 'string') data = JSON.parse(json)
    else if (json instanceof Uint8Array) data = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'))
  } catch {
    throw new IndividualFormatError('not JSON')
  }
  const r = payloadSchema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new IndividualFormatError(issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid payload')
  }
  const p = r.data
  const signature = normaliseSignature(p.teeSignature)
  if (!signature) throw new IndividualFormatError('teeSignature: neither 0x-hex nor base64')
  const timestamp = BigInt(p.timestamp)
  if (timestamp >= 1n << 256n) throw new IndividualFormatError('timestamp: out of uint256 range')
  return {
    input: p.input,
    output: p.output,
    inputHash: hashInferenceText(p.input),
    outputHash: hashInferenceText(p.output),
    teeId: p.teeId.toLowerCase() as Hex,
    timestamp,
    signature,
    ethAddress: p.ethAddress.toLowerCase() as Hex,
  }
}

type SignatureArg = Uint8Array | string

/**
 * Build the canonical payload object (JSON.stringify it to get the blob content).
 * The signature may be passed as `signature` or, mirroring the payload field, `teeSignature`.
 */
export function buildIndividualPayload(
  args: {
    input: string
    output: string
    teeId: string
    timestamp: bigint
    ethAddress: string
  } & ({ signature: SignatureArg; teeSignature?: never } | { teeSignature: SignatureArg; signature?: never }),
): IndividualPayload {
  const sig = args.signature ?? args.teeSignature
  if (sig === undefined) throw new TypeError('signature is required')
  const teeSignature = sig instanceof Uint8Array ? `0x${Buffer.from(sig).toString('hex')}` : sig.toLowerCase()
  if (typeof args.timestamp !== 'bigint' || args.timestamp < 0n) throw new RangeError('timestamp must be a non-negative bigint')
  const timestamp = args.timestamp <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(args.timestamp) : args.timestamp.toString(10)
  const payload: IndividualPayload = {
    input: args.input,
    output: args.output,
    teeSignature,
    teeId: args.teeId.toLowerCase(),
    timestamp,
    ethAddress: args.ethAddress.toLowerCase(),
  }
  parseIndividualPayload(payload) // refuse to produce something our own parser rejects
  return payload
}

const eqHex = (a: string, b: string): boolean => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

/**
 * Check an individual blob against its IndividualSettlement event: the payload must parse, and
 * teeId, keccak(input), keccak(output), timestamp, signature (and ethAddress if given) must equal
 * the event's. Does not check the RSA signature itself (that needs the TEE key: verifyTeeSignature).
 */
export function verifyIndividualBlob(json: unknown, event: IndividualEventFields): IndividualVerifyResult {
  let p: ParsedIndividualPayload
  try {
    p = parseIndividualPayload(json)
  } catch (e) {
    return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) }
  }
  if (!eqHex(p.teeId, event.teeId)) return { ok: false, reason: 'tee-id-mismatch' }
  if (!eqHex(p.inputHash, event.inputHash)) return { ok: false, reason: 'input-hash-mismatch' }
  if (!eqHex(p.outputHash, event.outputHash)) return { ok: false, reason: 'output-hash-mismatch' }
  if (p.timestamp !== BigInt(event.timestamp)) return { ok: false, reason: 'timestamp-mismatch' }
  if (!eqHex(p.signature, event.signature)) return { ok: false, reason: 'signature-mismatch' }
  if (event.ethAddress !== undefined && !eqHex(p.ethAddress, event.ethAddress)) {
    return { ok: false, reason: 'eth-address-mismatch' }
  }
  return { ok: true, payload: p }
}
