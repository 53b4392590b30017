import { EvmBatchProcessor, type DataHandlerContext, type EvmBatchProcessorFields, type Log as _Log, type BlockHeader } from '@subsquid/evm-processor'
import type { Store } from '@subsquid/typeorm-store'
import type { NetworkProfile } from '../config/profile'
import { minFrom } from '../config/profile'
import { retryDroppedResponsesIn } from '../rpc/dropped-responses'
import { respectProviderLimits } from '../rpc/rpc-limits'
import { useGateway } from '../ingest/authenticated-gateway'

/** The first block Base's processor reads: the earliest of the contracts it follows. */
export function baseStartBlock(profile: NetworkProfile): number {
  const c = profile.base.contracts
  return minFrom([c.opg, c.x402ExactProxy, c.x402UptoProxy, c.pool])
}

export function createBaseProcessor(profile: NetworkProfile, toBlock?: number) {
  const base = profile.base
  const c = base.contracts
  const processor = new EvmBatchProcessor()
    .setRpcEndpoint({ url: base.rpcUrl, capacity: 10, maxBatchCallSize: 100, rateLimit: base.rateLimit, requestTimeout: base.rpcTimeoutMs })
    .setRpcDataIngestionSettings({ headPollInterval: 1000 })
    .setFinalityConfirmation(base.finalityConfirmations)
    .setBlockRange({ from: baseStartBlock(profile), to: toBlock })
    .setFields({
      log: { transactionHash: true, topics: true, data: true },
      // x402 proxy events carry no data: payer, payee and facilitator come from the settle() calldata
      transaction: { input: true, from: true, to: true, hash: true },
    })
    .addLog({ address: [c.opg.address], transaction: false })
    .addLog({ address: [c.x402ExactProxy.address, c.x402UptoProxy.address], transaction: true })
  if (c.pool) processor.addLog({ address: [c.pool.address], transaction: false })
  // the gateway backfills final blocks; RPC then serves only the head above its height
  if (base.gatewayUrl) useGateway(processor, { url: base.gatewayUrl, apiKey: base.gatewayApiKey })
  // a connection cut mid-answer is retried like a timeout, not a reason to exit
  retryDroppedResponsesIn(processor)
  // a provider's getLogs range or result cap splits the range instead of stopping the processor
  respectProviderLimits(processor)
  return processor
}

export type BaseProcessor = ReturnType<typeof createBaseProcessor>
export type BaseFields = EvmBatchProcessorFields<BaseProcessor>
export type BaseLog = _Log<BaseFields>
export type BaseBlockHeader = BlockHeader<BaseFields>
export type BaseContext = DataHandlerContext<Store, BaseFields>
