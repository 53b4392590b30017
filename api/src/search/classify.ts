import { badInput } from '../errors'

export type SearchShape =
  /** 32-byte hex: a tx hash, merkle root, TEE id, input or output hash, PCR hash */
  | 'hash'
  /** 20-byte hex: an account, validator, TEE owner or delegator */
  | 'address'
  /** txHash-logIndex (settlements, payments, ...) or txHash-logIndex-leaf (inferences) */
  | 'eventId'
  /** a Walrus blob id (43 base64url characters) */
  | 'blobId'
  /** a block number on either chain */
  | 'blockNumber'
  /**
   * the start of a hex id, or an id as lists shorten it ("0x2588…-6", "0x1234…7890"): matched by prefix
   * (and by its tail or event suffix when given), for suggestions while typing
   */
  | 'prefix'
  /** anything else: validator monikers and account labels */
  | 'text'

export interface ClassifiedQuery {
  shape: SearchShape
  /** lowercased with 0x for hex shapes, the digits for block numbers, trimmed otherwise */
  value: string
  /** prefix shape: what the id must end with (the tail of a shortened hash, or its -logIndex[-leaf]) */
  suffix?: string
}

export const MAX_QUERY_LENGTH = 200
export const MIN_TEXT_LENGTH = 2
/** fewer hex digits than this match too much to be worth a lookup */
export const MIN_PREFIX_DIGITS = 4
/** block numbers stay far below this on both chains; longer digit strings are not block numbers */
const MAX_BLOCK_DIGITS = 12

/** Decides what a pasted string can be, so each shape is looked up only where it can match. */
export function classify(raw: string): ClassifiedQuery {
  const q = raw.trim()
  if (q.length === 0) throw badInput('the search query is empty')
  if (q.length > MAX_QUERY_LENGTH) throw badInput(`the search query is longer than ${MAX_QUERY_LENGTH} characters`)
  // hashes copied without 0x (from Walrus, logs or other tools) are the same hashes
  const hex = /^(0x)?([0-9a-f]+)((?:-\d{1,9}){0,2})$/i.exec(q)
  if (hex && !(hex[1] === undefined && hex[3] === '' && /^\d+$/.test(hex[2]))) {
    const digits = hex[2].toLowerCase()
    const event = hex[3]
    if (digits.length === 64) return event ? { shape: 'eventId', value: `0x${digits}${event}` } : { shape: 'hash', value: `0x${digits}` }
    if (digits.length === 40 && !event) return { shape: 'address', value: `0x${digits}` }
    if (digits.length >= MIN_PREFIX_DIGITS && digits.length < 64 && !(hex[1] === undefined && q.length === 43))
      return { shape: 'prefix', value: `0x${digits}`, ...(event ? { suffix: event } : {}) }
  }
  // "0x2588…-6" or "0x1234...7890": the head and tail a list shows
  const short = /^0x([0-9a-f]{4,63})(?:…|\.\.\.)([0-9a-f]{0,60})((?:-\d{1,9}){0,2})$/i.exec(q)
  if (short && (short[2] || short[3])) return { shape: 'prefix', value: `0x${short[1].toLowerCase()}`, suffix: `${short[2].toLowerCase()}${short[3]}` }
  const block = /^#?(\d{1,3}(?:,\d{3})+|\d{1,12})$/.exec(q)
  if (block) {
    const digits = block[1].replace(/,/g, '')
    if (digits.length <= MAX_BLOCK_DIGITS) return { shape: 'blockNumber', value: String(Number(digits)) }
  }
  if (/^[A-Za-z0-9_-]{43}$/.test(q)) return { shape: 'blobId', value: q }
  if (q.length < MIN_TEXT_LENGTH) throw badInput(`a text search needs at least ${MIN_TEXT_LENGTH} characters`)
  return { shape: 'text', value: q }
}
