/**
 * Deterministic RSA-PSS signing, as an OpenGradient TEE signs (RSA-PSS, SHA-256, MGF1-SHA256,
 * 32-byte salt) but with a salt derived from the key and message instead of random bytes, so a
 * seeded simulation produces identical signatures every run. The output is ordinary PSS: any
 * standard verifier (see pss-verify.ts, which deliberately shares no code with this file) accepts it.
 *
 *   mHash = SHA-256(msgHash)                      (the TEE signs the 32-byte keccak msg hash)
 *   salt  = HMAC-SHA256(saltKey, msgHash)          saltKey = saltSeed ?? SPKI DER of the public key
 *   EM    = EMSA-PSS-ENCODE(mHash, salt, emBits = modBits - 1)   (RFC 8017 §9.1.1)
 *   sig   = EM^d mod n  via privateEncrypt(RSA_NO_PADDING)
 */
import { constants, createHash, createHmac, createPublicKey, privateEncrypt, type KeyObject } from 'node:crypto'
import { toBytes } from './hex'

const H_LEN = 32
const S_LEN = 32

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

/** MGF1 with SHA-256 (RFC 8017 B.2.1). */
function mgf1(seed: Uint8Array, maskLen: number): Buffer {
  const out = Buffer.alloc(Math.ceil(maskLen / H_LEN) * H_LEN)
  const ctr = Buffer.alloc(4)
  for (let i = 0; i * H_LEN < maskLen; i++) {
    ctr.writeUInt32BE(i)
    sha256(seed, ctr).copy(out, i * H_LEN)
  }
  return out.subarray(0, maskLen)
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) for an already-hashed message. Exported for tests. */
export function emsaPssEncode(mHash: Uint8Array, salt: Uint8Array, emBits: number): Buffer {
  const emLen = Math.ceil(emBits / 8)
  if (mHash.length !== H_LEN) throw new RangeError('mHash must be 32 bytes')
  if (salt.length !== S_LEN) throw new RangeError('salt must be 32 bytes')
  if (emLen < H_LEN + S_LEN + 2) throw new RangeError('encoding error: modulus too small')
  const mPrime = Buffer.concat([Buffer.alloc(8), mHash, salt])
  const h = sha256(mPrime)
  const db = Buffer.alloc(emLen - H_LEN - 1) // PS (zeros) ‖ 0x01 ‖ salt
  db[db.length - S_LEN - 1] = 0x01
  Buffer.from(salt).copy(db, db.length - S_LEN)
  const mask = mgf1(h, db.length)
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i]
  db[0] &= 0xff >>> (8 * emLen - emBits)
  return Buffer.concat([db, h, Buffer.from([0xbc])])
}

const defaultSaltKey = new WeakMap<KeyObject, Buffer>()

function saltKeyFor(privateKey: KeyObject): Buffer {
  let k = defaultSaltKey.get(privateKey)
  if (!k) {
    k = createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
    defaultSaltKey.set(privateKey, k)
  }
  return k
}

/**
 * Sign a 32-byte TEE message hash (see teeMessageHash). Deterministic for a given
 * (key, msgHash, saltSeed). Returns the raw signature (modulus length bytes, 256 for RSA-2048).
 */
export function signTeeMessage(privateKey: KeyObject, msgHash: Uint8Array | string, saltSeed?: Uint8Array | string): Uint8Array {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'rsa') {
    throw new TypeError('privateKey must be an RSA private KeyObject')
  }
  const msg = toBytes(msgHash)
  if (msg.length !== 32) throw new RangeError('msgHash must be 32 bytes')
  const modBits = privateKey.asymmetricKeyDetails?.modulusLength
  if (!modBits) throw new TypeError('cannot read modulus length')
  const k = Math.ceil(modBits / 8)

  const saltKey = saltSeed === undefined ? saltKeyFor(privateKey) : typeof saltSeed === 'string' ? Buffer.from(saltSeed, 'utf8') : saltSeed
  const salt = createHmac('sha256', saltKey).update(msg).digest().subarray(0, S_LEN)

  const em = emsaPssEncode(sha256(msg), salt, modBits - 1)
  // RSASP1 wants a k-byte integer representative; EM is k or k-1 bytes long.
  const input = em.length === k ? em : Buffer.concat([Buffer.alloc(k - em.length), em])
  const sig = privateEncrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, input)
  return new Uint8Array(sig)
}
