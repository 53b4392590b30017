import { keccak256, toBytes, toHex, type Hex } from 'viem'
import { encodeCall } from '../chain/contracts'
import { contractAddress, type BlockClock, type SimContext } from './context'
import { buildBatchBlob, buildIndividualBlob, corruptBatchBlob, corruptSignature, drawBatchTamper } from './proof-blobs'
import type { InferenceRequest } from './usage'

/** Relay generations: v1 until this day, v2 after (the real devnet switched on 2026-02-26). */
export const RELAY_V2_FROM_DAY = 40
/** The v0 relay (no blob ids) still carries a little traffic in the first two weeks. */
export const LEGACY_RELAY_UNTIL_DAY = 14
const LEGACY_SHARE = 0.08
const INDIVIDUAL_SHARE = 0.05
const MODELS = ['openai/gpt-4.1-2025-04-14', 'anthropic/claude-sonnet-4-5', 'google/gemini-2.5-flash', 'x-ai/grok-4-fast', 'openai/gpt-5-mini']

/**
 * Settles signed inferences on the OG chain the way the facilitator does: Merkle batches (default),
 * individual settlements with their payload on Walrus, and early on the v0 relay. Faults are
 * injected here at the configured rate and written to the ground truth.
 */
export class SettlementActivity {
  private individualCounter = 0

  constructor(private readonly ctx: SimContext) {}

  onBlock(clock: BlockClock, requests: InferenceRequest[]): void {
    const batchItems: InferenceRequest[] = []
    for (const request of requests) {
      const legacyWindow = clock.day < LEGACY_RELAY_UNTIL_DAY && !clock.live
      if (legacyWindow && this.ctx.rng.chance(LEGACY_SHARE)) this.legacy(request)
      else if (this.ctx.rng.chance(INDIVIDUAL_SHARE)) this.individual(clock, request)
      else batchItems.push(request)
    }
    // The facilitator flushes at its batch size (20 by default) or on its timeout.
    while (batchItems.length > 0) {
      const size = Math.min(batchItems.length, this.ctx.rng.int(12, 28))
      this.batch(clock, batchItems.splice(0, size))
    }
  }

  private relay(clock: BlockClock): Hex {
    return contractAddress(this.ctx, 'og', clock.day < RELAY_V2_FROM_DAY && !clock.live ? 'InferenceSettlementRelayV1' : 'InferenceSettlementRelayV2')
  }

  private sign(request: InferenceRequest): Promise<Hex> {
    return request.tee.signer.signInference(request.inputHash, request.outputHash, request.timestamp)
  }

  /**
   * Every random draw happens here, synchronously and in a fixed order; the signatures come from the
   * signing worker, and the blob and the settlement transaction follow once they are in.
   */
  private batch(clock: BlockClock, items: InferenceRequest[]): void {
    const { ctx } = this
    const signatures = ctx.og.dropsTransactions ? [] : items.map((item) => this.sign(item))
    const badLeaf = items.map(() => ctx.rng.chance(ctx.faultRate))
    const corrupt = ctx.rng.chance(ctx.faultRate)
    const missing = !corrupt && ctx.rng.chance(ctx.faultRate)
    const tamper = corrupt ? drawBatchTamper(ctx.rng) : undefined
    const from = ctx.deployments.actors.relayer as Hex
    const to = this.relay(clock)
    ctx.truth.settled.batches++
    ctx.truth.settled.batchLeaves += items.length
    if (ctx.og.dropsTransactions) return
    ctx.og.send(
      Promise.all(signatures).then((signed) => {
        items.forEach((item, i) => (item.signature = badLeaf[i] ? corruptSignature(signed[i]) : signed[i]))
        const { root, json } = buildBatchBlob(items)
        const blobId = this.store(tamper ? corruptBatchBlob(json, tamper) : json, missing)
        if (corrupt) ctx.truth.fault({ kind: 'corrupt-batch', settlement: 'batch', blobId, merkleRoot: root })
        else if (missing) ctx.truth.fault({ kind: 'missing-blob', settlement: 'batch', blobId, merkleRoot: root })
        items.forEach((item, leafIndex) => {
          if (badLeaf[leafIndex])
            ctx.truth.fault({
              kind: 'bad-signature',
              settlement: 'batch',
              blobId,
              merkleRoot: root,
              leafIndex,
              teeId: item.tee.teeId,
              inputHash: item.inputHash,
            })
        })
        return { from, to, data: encodeCall('InferenceSettlementRelay', 'batchSettle', [root, BigInt(items.length), toHex(toBytes(blobId))]) }
      }),
    )
  }

  private individual(clock: BlockClock, request: InferenceRequest): void {
    const { ctx } = this
    const n = this.individualCounter++
    const model = MODELS[n % MODELS.length]
    request.input = JSON.stringify({ model, messages: [{ role: 'user', content: `devnet prompt #${n}` }] })
    request.output = JSON.stringify({ role: 'assistant', content: `devnet answer #${n} from ${model}` })
    request.inputHash = keccak256(toBytes(request.input))
    request.outputHash = keccak256(toBytes(request.output))
    const signature = ctx.og.dropsTransactions ? undefined : this.sign(request)
    const badSignature = ctx.rng.chance(ctx.faultRate)
    const missing = ctx.rng.chance(ctx.faultRate)
    const from = ctx.deployments.actors.relayer as Hex
    const to = this.relay(clock)
    ctx.truth.settled.individual++
    if (!signature) return
    ctx.og.send(
      signature.then((signed) => {
        request.signature = badSignature ? corruptSignature(signed) : signed
        const blobId = this.store(buildIndividualBlob(request), missing)
        if (badSignature) ctx.truth.fault({ kind: 'bad-signature', settlement: 'individual', blobId, teeId: request.tee.teeId, inputHash: request.inputHash })
        if (missing) ctx.truth.fault({ kind: 'missing-blob', settlement: 'individual', blobId, teeId: request.tee.teeId, inputHash: request.inputHash })
        return {
          from,
          to,
          data: encodeCall('InferenceSettlementRelay', 'settleIndividual', [
            request.tee.teeId,
            request.inputHash,
            request.outputHash,
            request.timestamp,
            request.payer.address,
            toHex(toBytes(blobId)),
            request.signature,
          ]),
        }
      }),
    )
  }

  private legacy(request: InferenceRequest): void {
    const { ctx } = this
    const to = contractAddress(ctx, 'og', 'LegacySettlementRelay')
    const from = ctx.deployments.actors.relayer as Hex
    if (ctx.rng.chance(0.7)) {
      ctx.og.send({ from, to, data: encodeCall('LegacySettlementRelay', 'settle', [request.inputHash, request.outputHash]) })
    } else {
      const model = ctx.rng.pick(MODELS)
      ctx.og.send({
        from,
        to,
        data: encodeCall('LegacySettlementRelay', 'settleWithMetadata', [
          request.inputHash,
          request.outputHash,
          model,
          toHex(toBytes('{"prompt":"…"}')),
          toHex(toBytes('{"answer":"…"}')),
        ]),
      })
    }
    ctx.truth.settled.legacy++
  }

  /** Stores a payload and returns its blob id; a "missing" blob gets an id but is never stored. */
  private store(content: string, missing: boolean): string {
    if (!missing) return this.ctx.blobs.put(content)
    return missingBlobId(content)
  }
}

function missingBlobId(content: string): string {
  // Same id scheme as the store, so a missing blob is indistinguishable from one that expired.
  return Buffer.from(keccak256(toBytes(`missing/${content}`)).slice(2), 'hex').toString('base64url')
}
