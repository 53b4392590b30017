/**
 * What an OpenGradient TEE signs (tee-gateway `compute_tee_msg_hash`):
 *   msg_hash = keccak256(abi.encodePacked(bytes32 inputHash, bytes32 outputHash, uint256 timestamp))
 * and how a TEE is identified on chain:
 *   teeId = keccak256(DER SubjectPublicKeyInfo of the signing key)
 */
import { encodePacked, keccak256 } from 'viem';
import { type Hex, isBytes32 } from './hex';

const UINT256_MAX = (1n << 256n) - 1n;

/** keccak256(inputHash ‖ outputHash ‖ uint256 timestamp) — 96 packed bytes. Returns 0x-hex (32 bytes). */
export function teeMessageHash(inputHash: Hex, outputHash: Hex, timestamp: bigint): Hex {
  if (!isBytes32(inputHash)) throw new TypeError('inputHash must be bytes32 hex');
  if (!isBytes32(outputHash)) throw new TypeError('outputHash must be bytes32 hex');
  if (typeof timestamp !== 'bigint' || timestamp < 0n || timestamp > UINT256_MAX) {
    throw new RangeError('timestamp must be a uint256 bigint');
  }
  return keccak256(encodePacked(['bytes32', 'bytes32', 'uint256'], [inputHash, outputHash, timestamp]));
}

/** teeId = keccak256(SPKI DER of the TEE signing public key). */
export function computeTeeId(publicKeyDer: Uint8Array): Hex {
  if (!(publicKeyDer instanceof Uint8Array) || publicKeyDer.length === 0) {
    throw new TypeError('publicKeyDer must be a non-empty Uint8Array');
  }
  return keccak256(publicKeyDer);
}
