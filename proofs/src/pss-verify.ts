/**
 * RSA-PSS verification of a TEE signature with Node/OpenSSL only (SHA-256, MGF1-SHA256, salt 32).
 * Intentionally independent of pss-sign.ts. Never throws: any bad input is simply `false`.
 */
import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto'

const KEY_CACHE_MAX = 1024
/** by the key as given (its 0x-hex, or the DER's base64): one parse per key, not one per signature */
const keyCache = new Map<string, KeyObject>()

function publicKeyOf(input: Uint8Array | string): KeyObject | undefined {
  const id = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('base64')
  let key = keyCache.get(id)
  if (!key) {
    const der = asBytes(input)
    if (!der) return undefined
    key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' })
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value as string)
    keyCache.set(id, key)
  }
  return key
}

/** The bytes of a Uint8Array or a 0x-hex string (even length, hex digits only); otherwise undefined. */
function asBytes(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v
  if (typeof v !== 'string' || !v.startsWith('0x') || v.length % 2 !== 0) return undefined
  // Buffer.from stops at the first non-hex digit, so a full-length result means every digit was hex
  const bytes = Buffer.from(v.slice(2), 'hex')
  return bytes.length === (v.length - 2) / 2 ? bytes : undefined
}

/**
 * True iff `signature` is a valid RSA-PSS(SHA-256, MGF1-SHA256, sLen 32) signature over the
 * 32-byte `msgHash` (mHash = SHA-256(msgHash)) by the SPKI DER public key. Byte arguments may be
 * Uint8Array or 0x-hex strings.
 */
export function verifyTeeSignature(publicKeyDer: Uint8Array | string, msgHash: Uint8Array | string, signature: Uint8Array | string): boolean {
  try {
    const msg = asBytes(msgHash)
    const sig = asBytes(signature)
    if (!msg || !sig || msg.length !== 32 || sig.length === 0) return false
    const key = publicKeyOf(publicKeyDer)
    if (!key || key.asymmetricKeyType !== 'rsa') return false
    return verify('sha256', msg, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig)
  } catch {
    return false
  }
}
