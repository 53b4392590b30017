/** Base executed on the in-memory Base model (base-model.ts); see synthetic-chain.ts. */
import type { BaseModel } from './base-model'
import { SyntheticChain, type BlockSink, type ChainPoint } from './synthetic-chain'

export type { BlockSink, ChainPoint } from './synthetic-chain'

export class SyntheticBase extends SyntheticChain {
  constructor(model: BaseModel, sink: BlockSink, chainId: number, start: ChainPoint, nonces: Map<string, number>, topicNames: ReadonlyMap<string, string>) {
    super('base', model, sink, chainId, start, nonces, topicNames)
  }
}
