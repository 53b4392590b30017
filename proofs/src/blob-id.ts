/**
 * Walrus-like blob ids for the devnet stand-in, and their on-chain encoding.
 * Real Walrus ids are 32 bytes rendered as unpadded base64url (43 chars); ours are
 * base64url(SHA-256(content)), so equal content ⇒ equal id (like Walrus dedup).
 * On chain, `bytes walrusBlobId` holds the UTF-8 bytes of the id string (facilitator: toHex(blobId)).
 */
import { createHash } from 'node:crypto'
import type { Hex } from './hex'

/** What the blob server accepts as an id: [A-Za-z0-9_-], 1..128 chars. */
export const BLOB_ID_RE = /^[A-Za-z0-9_-]{1,128}$/

export function isValidBlobId(id: unknown): id is string {
  return typeof id === 'string' && BLOB_ID_RE.test(id)
}

export function blobIdFor(content: Uint8Array | string): string {
  return createHash('sha256')
    .update(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    .digest('base64url')
}

/** Blob id → the `bytes walrusBlobId` argument (0x-hex of the UTF-8 id). */
export function blobIdToBytes(id: string): Hex {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('blob id must be a non-empty string')
  return `0x${Buffer.from(id, 'utf8').toString('hex')}`
}

/**
 * `bytes walrusBlobId` from an event (0x-hex or raw bytes) → blob id string.
 * Throws if the bytes are not valid UTF-8. Does NOT require the id to match BLOB_ID_RE
 * (real chains may carry anything); check with isValidBlobId before fetching.
 */
export function blobIdFromBytes(bytes: Hex | string | Uint8Array): string {
  let buf: Uint8Array
  if (bytes instanceof Uint8Array) buf = bytes
  else if (typeof bytes === 'string' && /^0x(?:[0-9a-fA-F]{2})*$/.test(bytes)) buf = Buffer.from(bytes.slice(2), 'hex')
  else throw new TypeError('expected 0x-hex or Uint8Array')
  return new TextDecoder('utf-8', { fatal: true }).decode(buf)
}
