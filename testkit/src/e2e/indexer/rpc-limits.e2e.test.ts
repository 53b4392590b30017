import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { EvmBatchProcessor } from '@subsquid/evm-processor'
import { Rpc } from '@subsquid/evm-processor/lib/ds-rpc/rpc'
import type { RpcClient } from '@subsquid/rpc-client'
import { startLateChain, type LateChain } from '../../stack/late-chain'
import { startRpcProxy, type RpcProxy } from '../../faults/rpc-proxy'
import { respectProviderLimits } from '@og-explorer/indexer/lib/rpc/rpc-limits'

// Subsquid's own RPC data source asking a real anvil, through the fault proxy acting as a provider
// with a 25-block range cap, a 40-log result cap (one block holds 60 logs) and two refusals beyond the head.
let chain: LateChain
let proxy: RpcProxy

before(async () => {
  chain = await startLateChain({ chainId: 8453, gaps: [300, 200], after: 20, busy: 60 })
  proxy = await startRpcProxy(chain.url, { provider: { getLogsRangeCap: 25, getLogsResultCap: 40 }, lagBlocks: 3 })
})

after(async () => {
  await proxy?.close()
  await chain?.dispose()
})

const clientOf = (processor: EvmBatchProcessor<any>) => (processor as unknown as { getChainRpcClient(): RpcClient }).getChainRpcClient()
const key = (l: any) => `${l.blockNumber}:${l.logIndex}:${l.address}`

test("without the wrapper, a provider's range cap stops Subsquid's getLogs (what restarted the processor)", async () => {
  const client = clientOf(new EvmBatchProcessor().setRpcEndpoint({ url: proxy.url }))
  try {
    await assert.rejects(new Rpc(client).getLogs(0, 100), /query exceeds max block range/)
  } finally {
    client.close()
  }
})

test("with it, Subsquid's getLogs over capped ranges returns exactly the node's logs, beyond-head refusals waited out", async () => {
  const head = Number(BigInt(await chain.anvil.rpc.call<string>('eth_blockNumber')))
  const truth: any[] = await chain.anvil.rpc.call('eth_getLogs', [{ fromBlock: '0x0', toBlock: `0x${head.toString(16)}` }])
  assert.ok(truth.length >= 62, 'two contracts and the busy block logged')
  proxy.setPlan({ provider: { getLogsRangeCap: 25, getLogsResultCap: 40, beyondHeadRefusals: 2 }, lagBlocks: 3 })
  const processor = new EvmBatchProcessor().setRpcEndpoint({ url: proxy.url })
  respectProviderLimits(processor, { log: () => {} })
  const client = clientOf(processor)
  try {
    const logs = await new Rpc(client).getLogs(0, head)
    assert.deepEqual(logs.map(key), truth.map(key))
    const refused = proxy.stats().refused
    assert.ok(refused.range > 0 && refused.results > 0 && refused['beyond-head'] === 2, JSON.stringify(refused))
  } finally {
    client.close()
  }
})
