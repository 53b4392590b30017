/**
 * keccak-256 for the verification hot path. Rebuilding a batch's Merkle root and hashing each TEE
 * message take about seven keccak permutations per inference, and viem's pure-JS keccak is many
 * times slower at that than the WebAssembly one from hash-wasm. The WASM module compiles
 * asynchronously, so until `keccakReady` settles (or if it cannot load) the viem one answers:
 * same bytes either way, only slower.
 */
import { createKeccak, type IHasher } from 'hash-wasm'
import { keccak256 as jsKeccak256 } from 'viem'
import type { Hex } from './hex'

let wasm: IHasher | undefined

/** Resolves once the fast hasher is in use; never rejects (the JS one stays in use instead). */
export const keccakReady: Promise<boolean> = createKeccak(256).then(
  (hasher) => {
    wasm = hasher
    return true
  },
  () => false,
)

export function keccak256Bytes(data: Uint8Array): Uint8Array {
  if (!wasm) return jsKeccak256(data, 'bytes')
  wasm.init()
  wasm.update(data)
  return wasm.digest('binary')
}

export function keccak256Hex(data: Uint8Array): Hex {
  return `0x${Buffer.from(keccak256Bytes(data)).toString('hex')}`
}
