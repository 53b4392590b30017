/**
 * What an OpenGradient TEE signs (tee-gateway `compute_tee_msg_hash`):
 *   msg_hash = keccak256(abi.encodePacked(bytes32 inputHash, bytes32 outputHash, uint256 timestamp))
 * and how a TEE is identified on chain:
 *   teeId = keccak256(DER SubjectPublicKeyInfo of the signing key)
 */
import { keccak256Hex } from './keccak'
import { type Hex, isBytes32 } from './hex'

const UINT256_MAX = (1n << 256n) - 1n

/** keccak256(inputHash ‖ outputHash ‖ uint256 timestamp) — 96 packed bytes. Returns 0x-hex (32 bytes). */
export function teeMessageHash(inputHash: Hex, outputHash: Hex, timestamp: bigint): Hex {
  if (!isBytes32(inputHash)) throw new TypeError('inputHash must be bytes32 hex')
  if (!isBytes32(outputHash)) throw new TypeError('outputHash must be bytes32 hex')
  if (typeof timestamp !== 'bigint' || timestamp < 0n || timestamp > UINT256_MAX) {
    throw new RangeError('timestamp must be a uint256 bigint')
  }
  const packed = Buffer.alloc(96)
  packed.write(inputHash.slice(2), 0, 'hex')
  packed.write(outputHash.slice(2), 32, 'hex')
  packed.write(timestamp.toString(16).padStart(64, '0'), 64, 'hex')
  return keccak256Hex(packed)
}

/** teeId = keccak256(SPKI DER of the TEE signing public key). */
export function computeTeeId(publicKeyDer: Uint8Array): Hex {
  if (!(publicKeyDer instanceof Uint8Array) || publicKeyDer.length === 0) {
    throw new TypeError('publicKeyDer must be a non-empty Uint8Array')
  }
  return keccak256Hex(publicKeyDer)
}
