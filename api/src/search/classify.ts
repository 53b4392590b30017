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
  /** anything else: validator monikers and account labels */
  | 'text'

export interface ClassifiedQuery {
  shape: SearchShape
  /** lowercased for hex shapes, trimmed otherwise */
  value: string
}

export const MAX_QUERY_LENGTH = 200
export const MIN_TEXT_LENGTH = 2

/** Decides what a pasted string can be, so each shape is looked up only where it can match. */
export function classify(raw: string): ClassifiedQuery {
  const q = raw.trim()
  if (q.length === 0) throw badInput('the search query is empty')
  if (q.length > MAX_QUERY_LENGTH) throw badInput(`the search query is longer than ${MAX_QUERY_LENGTH} characters`)
  if (/^0x[0-9a-f]{64}$/i.test(q)) return { shape: 'hash', value: q.toLowerCase() }
  if (/^0x[0-9a-f]{40}$/i.test(q)) return { shape: 'address', value: q.toLowerCase() }
  if (/^0x[0-9a-f]{64}(-\d{1,9}){1,2}$/i.test(q)) return { shape: 'eventId', value: q.toLowerCase() }
  if (/^[A-Za-z0-9_-]{43}$/.test(q)) return { shape: 'blobId', value: q }
  if (q.length < MIN_TEXT_LENGTH) throw badInput(`a text search needs at least ${MIN_TEXT_LENGTH} characters`)
  return { shape: 'text', value: q }
}
