/**
 * RSA-PSS verification of a TEE signature with Node/OpenSSL only (SHA-256, MGF1-SHA256, salt 32).
 * Intentionally independent of pss-sign.ts. Never throws: any bad input is simply `false`.
 */
import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';

const KEY_CACHE_MAX = 1024;
const keyCache = new Map<string, KeyObject>();

function publicKeyFromDer(der: Uint8Array): KeyObject {
  const id = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  let key = keyCache.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value as string);
    keyCache.set(id, key);
  }
  return key;
}

function asBytes(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string' && /^0x(?:[0-9a-fA-F]{2})*$/.test(v)) return Buffer.from(v.slice(2), 'hex');
  return undefined;
}

/**
 * True iff `signature` is a valid RSA-PSS(SHA-256, MGF1-SHA256, sLen 32) signature over the
 * 32-byte `msgHash` (mHash = SHA-256(msgHash)) by the SPKI DER public key. Byte arguments may be
 * Uint8Array or 0x-hex strings.
 */
export function verifyTeeSignature(
  publicKeyDer: Uint8Array | string,
  msgHash: Uint8Array | string,
  signature: Uint8Array | string,
): boolean {
  try {
    const der = asBytes(publicKeyDer);
    const msg = asBytes(msgHash);
    const sig = asBytes(signature);
    if (!der || !msg || !sig || msg.length !== 32 || sig.length === 0) return false;
    const key = publicKeyFromDer(der);
    if (key.asymmetricKeyType !== 'rsa') return false;
    return verify(
      'sha256',
      msg,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      sig,
    );
  } catch {
    return false;
  }
}
