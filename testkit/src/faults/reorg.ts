/**
 * Reorgs on the devnet with evm_snapshot/evm_revert (anvil_reorg can lose contract code on long
 * chains): a branch of blocks is mined and indexed, the chains go back to the snapshot, and a
 * different, one block longer branch is mined in its place (HTTP polling only notices a reorg once
 * the chain grows). Both chains reorg together: settlements on OG, OPG transfers on Base.
 */
import { encodeFunctionData, erc20Abi, keccak256, toBytes, toHex } from 'viem'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from '../stack/devnet'
import { mineEmpty, mineTxs } from './chain-edit'
import type { Chain } from './supervised-processor'

const batchSettleAbi = [
  { type: 'function', name: 'batchSettle', inputs: [{ type: 'bytes32' }, { type: 'uint256' }, { type: 'bytes' }], outputs: [], stateMutability: 'nonpayable' },
] as const

export interface Branch {
  /** blob ids the branch's settlements name; nothing stores them, so they end MISSING */
  blobIds: string[]
}

/**
 * Mines `blocks` blocks on both chains; the first `withTxs` of them carry a settlement (OG) and an
 * OPG transfer out of the treasury to a wallet of this branch (Base), so rows, balances, circulating
 * supply and the daily numbers all differ between branches.
 */
export async function mineBranch(devnet: TestDevnet, tag: string, blocks: number, withTxs = blocks): Promise<Branch> {
  const og = devnet.deployments.chains.og.contracts
  const relay = og.InferenceSettlementRelayV2.address
  const relayer = devnet.deployments.actors.relayer
  const opg = devnet.deployments.chains.base.contracts.OPG.address
  const sender = await richestWallet(devnet)
  const blobIds: string[] = []
  for (let i = 0; i < blocks; i++) {
    if (i >= withTxs) {
      await mineEmpty(devnet.og.rpc, devnet.ogWriter)
      await mineEmpty(devnet.base.rpc, devnet.baseWriter)
      continue
    }
    const blobId = `reorg-${tag}-${i}`
    blobIds.push(blobId)
    const settle = encodeFunctionData({
      abi: batchSettleAbi,
      functionName: 'batchSettle',
      args: [keccak256(toBytes(blobId)), BigInt(2 + i), toHex(toBytes(blobId))],
    })
    await mineTxs(devnet.og.rpc, devnet.ogWriter, [{ from: relayer, to: relay, data: settle }])
    const wallet = `0x${keccak256(toBytes(`wallet-${tag}-${i}`)).slice(26)}` as `0x${string}`
    const transfer = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [wallet, 10n ** 18n * BigInt(1000 + i)] })
    await mineTxs(devnet.base.rpc, devnet.baseWriter, [{ from: sender, to: opg, data: transfer }])
  }
  return { blobIds }
}

/** The devnet wallet (not a contract) holding the most OPG: the sender of a branch's transfers. */
async function richestWallet(devnet: TestDevnet): Promise<string> {
  const opg = devnet.deployments.chains.base.contracts.OPG.address
  const candidates = [...new Set([...Object.values(devnet.deployments.actors), ...devnet.deployments.labels.map((l) => l.address)].map((a) => a.toLowerCase()))]
  let best = { address: '', balance: -1n }
  for (const address of candidates) {
    if ((await devnet.base.rpc.call<string>('eth_getCode', [address, 'latest'])) !== '0x') continue
    const balance = BigInt(
      await devnet.base.rpc.call<string>('eth_call', [
        { to: opg, data: encodeFunctionData({ abi: erc20Abi, functionName: 'balanceOf', args: [address as `0x${string}`] }) },
        'latest',
      ]),
    )
    if (balance > best.balance) best = { address, balance }
  }
  if (best.balance < 10n ** 24n) throw new Error('no devnet wallet holds enough OPG to send a branch its transfers')
  return best.address
}

export async function snapshotBoth(devnet: TestDevnet): Promise<[string, string]> {
  return [await devnet.og.rpc.call<string>('evm_snapshot'), await devnet.base.rpc.call<string>('evm_snapshot')]
}

export async function revertBoth(devnet: TestDevnet, ids: [string, string]): Promise<void> {
  const ok = [await devnet.og.rpc.call<boolean>('evm_revert', [ids[0]]), await devnet.base.rpc.call<boolean>('evm_revert', [ids[1]])]
  if (!ok.every(Boolean)) throw new Error('evm_revert refused a snapshot')
}

/** True once the processor's hot blocks are the chain's blocks and it stands at the chain's head. */
export async function followsCanonical(dbUrl: string, devnet: TestDevnet, chain: Chain): Promise<boolean> {
  const rpc = chain === 'og' ? devnet.og.rpc : devnet.base.rpc
  const head = Number(BigInt(await rpc.call<string>('eth_blockNumber')))
  const hot = await query<{ height: number; hash: string }>(dbUrl, `select height, hash from ${chain}_processor.hot_block order by height`)
  const [status] = await query<{ height: number; hash: string }>(dbUrl, `select height, hash from ${chain}_processor.status`)
  const tip = hot.length ? hot[hot.length - 1] : status
  if (!tip || tip.height !== head) return false
  const blocks = [...hot, status].filter((b) => b && b.height >= 0)
  const onChain = await rpc.batch<any>(blocks.map((b) => ({ method: 'eth_getBlockByNumber', params: [`0x${b.height.toString(16)}`, false] })))
  return blocks.every((b, i) => onChain[i]?.hash === b.hash)
}
