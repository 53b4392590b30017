/**
 * What a synthetic Base history starts from: the deployment blocks of a freshly started devnet (a
 * few blocks, seconds to mine), read whole, and the contract state the model needs that those
 * blocks' logs do not carry (vesting schedules, the airdrop's root and expiry, USDC's owner), read
 * by eth_call. Deployment is deterministic (fixed deployer, nonces and timestamps), so these blocks
 * are the same as the anvil path's, and the synthetic dataset holds them verbatim.
 */
import { decodeFunctionResult, type Hex } from 'viem'
import { abiOf, encodeCall } from '../chain/contracts'
import { JsonRpcClient } from '../chain/rpc'
import type { DatasetBlock } from '../dataset/format'
import type { Deployments } from '../deployments'
import { num, type RpcHeader, type RpcLog, type RpcReceipt, type RpcTransaction } from '../gateway/chain-data'
import { BaseModel, type BaseModelConfig, type VestingConfig } from './base-model'
import type { ChainPoint } from './synthetic-base'

export interface DeployPrefix {
  chainId: number
  genesisHash: string
  /** Base blocks 0..head, with receipts, as anvil returned them */
  blocks: DatasetBlock[]
  model: BaseModelConfig
  ogHead: ChainPoint
  /** OG blocks 0..head, with receipts, as anvil returned them */
  og: { chainId: number; genesisHash: string; blocks: DatasetBlock[] }
}

const hex = (n: number) => `0x${n.toString(16)}`

export async function readDeployPrefix(baseUrl: string, ogUrl: string, deployments: Deployments): Promise<DeployPrefix> {
  const base = new JsonRpcClient(baseUrl)
  const og = new JsonRpcClient(ogUrl)
  try {
    const [chainId, blocks] = await readChainBlocks(base)
    const [ogChainId, ogBlocks] = await readChainBlocks(og)
    const ogHead = ogBlocks[ogBlocks.length - 1].header
    return {
      chainId,
      genesisHash: blocks[0].header.hash,
      blocks,
      model: await readModelConfig(base, deployments),
      ogHead: { number: num(ogHead.number), hash: ogHead.hash, timestamp: num(ogHead.timestamp) },
      og: { chainId: ogChainId, genesisHash: ogBlocks[0].header.hash, blocks: ogBlocks },
    }
  } finally {
    await Promise.all([base.close(), og.close()])
  }
}

/** Every block of a freshly deployed chain, with its logs and receipts. */
async function readChainBlocks(rpc: JsonRpcClient): Promise<[number, DatasetBlock[]]> {
  const [chainId, headHex] = await rpc.batch<string>([
    { method: 'eth_chainId', params: [] },
    { method: 'eth_blockNumber', params: [] },
  ])
  const blocks: DatasetBlock[] = []
  for (let n = 0; n <= num(headHex); n++) {
    const [block, logs, receipts] = await Promise.all([
      rpc.call<RpcHeader & { transactions: RpcTransaction[] }>('eth_getBlockByNumber', [hex(n), true]),
      rpc.call<RpcLog[]>('eth_getLogs', [{ fromBlock: hex(n), toBlock: hex(n) }]),
      rpc.call<RpcReceipt[]>('eth_getBlockReceipts', [hex(n)]),
    ])
    const { transactions, ...header } = block
    blocks.push({ header: header as RpcHeader, transactions, logs, receipts })
  }
  return [num(chainId), blocks]
}

async function readModelConfig(rpc: JsonRpcClient, deployments: Deployments): Promise<BaseModelConfig> {
  const contracts = deployments.chains.base.contracts
  const read = async (contract: string, address: string, fn: string): Promise<any> => {
    const data = await rpc.call<Hex>('eth_call', [{ to: address, data: encodeCall(contract, fn, []) }, 'latest'])
    return decodeFunctionResult({ abi: abiOf(contract), functionName: fn, data } as any)
  }
  const vestings: VestingConfig[] = []
  for (const [name, c] of Object.entries(contracts)) {
    if (c.kind !== 'vesting') continue
    const [token, beneficiary, start, cliff, duration, tgeBps, released] = await Promise.all(
      ['token', 'beneficiary', 'start', 'cliff', 'duration', 'tgeBps', 'released'].map((fn) => read('TokenVesting', c.address, fn)),
    )
    if (!name.startsWith('TokenVesting_')) throw new Error(`unexpected vesting contract name ${name}`)
    vestings.push({
      address: c.address,
      token,
      beneficiary,
      start: BigInt(start),
      cliff: BigInt(cliff),
      duration: BigInt(duration),
      tgeBps: BigInt(tgeBps),
      released,
    })
  }
  const airdrop = contracts.MerkleAirdrop.address
  return {
    opg: contracts.OPG.address,
    usdc: contracts.USDC.address,
    usdcOwner: await read('MockUSDC', contracts.USDC.address, 'owner'),
    permit2: contracts.Permit2.address,
    exactProxy: contracts.X402ExactPermit2Proxy.address,
    uptoProxy: contracts.X402UptoPermit2Proxy.address,
    pool: { address: deployments.pool.address, token0: deployments.pool.token0, token1: deployments.pool.token1 },
    airdrop: {
      address: airdrop,
      token: await read('MerkleAirdrop', airdrop, 'TOKEN'),
      merkleRoot: await read('MerkleAirdrop', airdrop, 'MERKLE_ROOT'),
      expiration: BigInt(await read('MerkleAirdrop', airdrop, 'EXPIRATION')),
    },
    vestings,
  }
}

/** The model at the end of the deployment blocks: their ERC-20 logs replayed, and each sender's nonce. */
export function modelAfterPrefix(prefix: DeployPrefix): { model: BaseModel; nonces: Map<string, number> } {
  const model = new BaseModel(prefix.model)
  const nonces = new Map<string, number>()
  for (const block of prefix.blocks) {
    for (const log of block.logs) model.replayLog(log)
    for (const tx of block.transactions) {
      const from = tx.from.toLowerCase()
      nonces.set(from, Math.max(nonces.get(from) ?? 0, num(tx.nonce as string) + 1))
    }
  }
  return { model, nonces }
}
