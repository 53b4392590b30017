import { computeTeeId, deterministicRsaKey, teeMessageHash } from '@og-explorer/proofs'
import { hexToBytes, toHex, type Hex } from 'viem'
import { sharedSignerPool } from './signer-pool'

export interface TeeSigner {
  teeId: Hex
  publicKeyDer: Uint8Array
  /** RSA-PSS-SHA256 over a 32-byte digest, deterministic for the simulator; computed on the signing worker */
  sign(digest: Hex): Promise<Hex>
  /** the enclave's signature over keccak(inputHash ‖ outputHash ‖ timestamp) */
  signInference(inputHash: Hex, outputHash: Hex, timestamp: bigint): Promise<Hex>
}

const cache = new Map<string, TeeSigner>()

/** One RSA key per simulated enclave, derived from its name so every run registers the same keys. */
export function createTeeSigner(name: string): TeeSigner {
  const cached = cache.get(name)
  if (cached) return cached
  const { privateKey, publicKeyDer } = deterministicRsaKey(name)
  const pool = sharedSignerPool()
  const signDigest = async (digest: Uint8Array) => toHex(await pool.sign(privateKey, digest))
  const signer: TeeSigner = {
    teeId: toHex(asBytes(computeTeeId(publicKeyDer))),
    publicKeyDer,
    sign: (digest) => signDigest(hexToBytes(digest)),
    signInference: (inputHash, outputHash, timestamp) => signDigest(asBytes(teeMessageHash(inputHash, outputHash, timestamp))),
  }
  cache.set(name, signer)
  return signer
}

function asBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? hexToBytes(value as Hex) : value
}
