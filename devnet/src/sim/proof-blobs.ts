import { buildBatchTree, buildIndividualPayload } from '@og-explorer/proofs'
import type { Hex } from 'viem'
import type { Rng } from './random'
import type { InferenceRequest } from './usage'

/** The batch payload exactly as the facilitator uploads it: JSON.stringify(StandardMerkleTree.dump()). */
export function buildBatchBlob(items: InferenceRequest[]): { root: Hex; json: string } {
  const { root, dump } = buildBatchTree(
    items.map((r) => ({ teeId: r.tee.teeId, inputHash: r.inputHash, outputHash: r.outputHash, signature: r.signature, timestamp: r.timestamp })),
  )
  return { root: root as Hex, json: JSON.stringify(dump) }
}

export function buildIndividualBlob(r: InferenceRequest): string {
  const payload = buildIndividualPayload({
    input: r.input!,
    output: r.output!,
    teeSignature: r.signature,
    teeId: r.tee.teeId,
    timestamp: r.timestamp,
    ethAddress: r.payer.address,
  })
  return typeof payload === 'string' ? payload : JSON.stringify(payload)
}

/** Flips one bit in the middle of an RSA signature: well-formed, but it no longer verifies. */
export function corruptSignature(signature: Hex): Hex {
  const bytes = Buffer.from(signature.slice(2), 'hex')
  bytes[bytes.length >> 1] ^= 0x01
  return `0x${bytes.toString('hex')}`
}

/** Which leaf a corrupt batch blob tampers with, and the output hash it gets instead. */
export interface BatchTamper {
  /** in [0, 1): the leaf at this fraction of the batch */
  at: number
  outputHash: Hex
}

/** Draws a tamper from the simulator's random stream (before the blob exists, so the stream's order never depends on signing). */
export function drawBatchTamper(rng: Rng): BatchTamper {
  const at = rng.next()
  return { at, outputHash: rng.bytes32() }
}

/**
 * A batch blob whose leaves no longer rebuild the on-chain root: one leaf's output hash is swapped,
 * while the dump's stored tree is left as it was (a verifier must rebuild, not trust the dump).
 */
export function corruptBatchBlob(json: string, tamper: BatchTamper): string {
  const dump = JSON.parse(json)
  const leaf = dump.values[Math.floor(tamper.at * dump.values.length)]
  leaf.value[2] = tamper.outputHash
  return JSON.stringify(dump)
}
