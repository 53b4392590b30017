import { computeTeeId, deterministicRsaKey, signTeeMessage, teeMessageHash } from '@og-explorer/proofs'
import { hexToBytes, toHex, type Hex } from 'viem'

export interface TeeSigner {
  teeId: Hex
  publicKeyDer: Uint8Array
  /** RSA-PSS-SHA256 over a 32-byte digest, deterministic for the simulator */
  sign(digest: Hex): Hex
  /** the enclave's signature over keccak(inputHash ‖ outputHash ‖ timestamp) */
  signInference(inputHash: Hex, outputHash: Hex, timestamp: bigint): Hex
}

const cache = new Map<string, TeeSigner>()

/** One RSA key per simulated enclave, derived from its name so every run registers the same keys. */
export function createTeeSigner(name: string): TeeSigner {
  const cached = cache.get(name)
  if (cached) return cached
  const { privateKey, publicKeyDer } = deterministicRsaKey(name)
  const sign = (digest: Hex) => toHex(signTeeMessage(privateKey, hexToBytes(digest)))
  const signer: TeeSigner = {
    teeId: toHex(asBytes(computeTeeId(publicKeyDer))),
    publicKeyDer,
    sign,
    signInference: (inputHash, outputHash, timestamp) => sign(toHex(asBytes(teeMessageHash(inputHash, outputHash, timestamp)))),
  }
  cache.set(name, signer)
  return signer
}

function asBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? hexToBytes(value as Hex) : value
}
