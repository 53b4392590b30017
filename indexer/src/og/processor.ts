import { EvmBatchProcessor, type DataHandlerContext, type EvmBatchProcessorFields, type Log as _Log, type BlockHeader } from '@subsquid/evm-processor'
import type { Store } from '@subsquid/typeorm-store'
import type { NetworkProfile } from '../config/profile'
import { trustedOgAddresses, minFrom } from '../config/profile'
import { retryDroppedResponsesIn } from '../rpc/dropped-responses'
import { respectProviderLimits } from '../rpc/rpc-limits'
import { useGateway } from '../ingest/authenticated-gateway'

export function createOgProcessor(profile: NetworkProfile, toBlock?: number) {
  const og = profile.og
  const c = og.contracts
  const processor = new EvmBatchProcessor()
    .setRpcEndpoint({ url: og.rpcUrl, capacity: 10, maxBatchCallSize: 100, rateLimit: og.rateLimit, requestTimeout: og.rpcTimeoutMs })
    .setRpcDataIngestionSettings({ headPollInterval: 1000 })
    .setFinalityConfirmation(og.finalityConfirmations)
    .setBlockRange({ from: minFrom([...c.settlementRelays, ...c.legacyRelays, ...c.teeRegistries, ...c.inferenceHubs]), to: toBlock })
    .setFields({
      log: { transactionHash: true, topics: true, data: true },
      transaction: { input: true, from: true, to: true, hash: true },
    })
    // Only trusted addresses: anyone can emit our topics from another contract.
    .addLog({ address: [...trustedOgAddresses(c)], transaction: false })
  if (og.gatewayUrl) useGateway(processor, { url: og.gatewayUrl, apiKey: og.gatewayApiKey })
  // a connection cut mid-answer is retried like a timeout, not a reason to exit
  retryDroppedResponsesIn(processor)
  // a provider's getLogs range or result cap splits the range instead of stopping the processor
  respectProviderLimits(processor)
  return processor
}

export type OgProcessor = ReturnType<typeof createOgProcessor>
export type OgFields = EvmBatchProcessorFields<OgProcessor>
export type OgLog = _Log<OgFields>
export type OgBlockHeader = BlockHeader<OgFields>
export type OgContext = DataHandlerContext<Store, OgFields>
