/**
 * Changing a devnet chain from a case: transactions mined into a block of their own, and logs that
 * no decoder can read emitted from trusted addresses. Nonces are left to anvil (senders are
 * impersonated), so this works across evm_revert, which the ChainWriter's nonce cache does not.
 */
import { keccak256, toBytes, toEventSelector, type Hex } from 'viem'
import type { ChainWriter, JsonRpcClient } from '@og-explorer/devnet'

export interface Tx {
  from: string
  to: string
  data: string
}

/** Mines the transactions into one new block; returns its receipts. */
export async function mineTxs(rpc: JsonRpcClient, writer: ChainWriter, txs: Tx[]): Promise<any[]> {
  const hashes: string[] = []
  for (const tx of txs) hashes.push(await rpc.call<string>('eth_sendTransaction', [{ ...tx, gas: '0x4c4b40', gasPrice: '0x0' }]))
  writer.lastTimestamp += 2
  await rpc.call('evm_mine', [writer.lastTimestamp])
  const receipts = await Promise.all(hashes.map((h) => rpc.call<any>('eth_getTransactionReceipt', [h])))
  const failed = receipts.findIndex((r) => !r || r.status !== '0x1')
  if (failed >= 0) {
    const tx = txs[failed]
    const reason = await rpc.call('eth_call', [{ from: tx.from, to: tx.to, data: tx.data }, 'latest']).then(
      () => 'succeeds when replayed',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    )
    throw new Error(`a case's transaction from ${tx.from} to ${tx.to} reverted: ${reason}`)
  }
  return receipts
}

/** Mines one empty block (after a reorg, HTTP polling only notices once the chain grows). */
export async function mineEmpty(rpc: JsonRpcClient, writer: ChainWriter): Promise<void> {
  writer.lastTimestamp += 2
  await rpc.call('evm_mine', [writer.lastTimestamp])
}

// LOG1(topic = calldata[0:32], data = calldata[32:]): emits whatever it is told to
const EMITTER_RUNTIME = '0x3660209003806020600037600035906000a100'
const GARBAGE = 'deadbeef01' // 5 bytes: no ABI word layout can read it, and indexed topics are missing

export interface PlantedLog {
  chain: 'og' | 'base'
  address: string
  signature: string
  /** txHash-logIndex, as the indexer would key it */
  id: string
}

/**
 * Emits a trusted topic with garbage data from each trusted address given: the contract's code is
 * swapped for an emitter for one block and put back (its storage is untouched).
 */
export async function plantUndecodableLogs(
  chain: 'og' | 'base',
  rpc: JsonRpcClient,
  writer: ChainWriter,
  targets: { address: string; signature: string }[],
): Promise<PlantedLog[]> {
  const originals = new Map<string, string>()
  for (const { address } of targets) if (!originals.has(address)) originals.set(address, await rpc.call<string>('eth_getCode', [address, 'latest']))
  try {
    for (const address of originals.keys()) await rpc.call('anvil_setCode', [address, EMITTER_RUNTIME])
    const from = `0x${keccak256(toBytes('fault-suite/planter')).slice(26)}`
    const receipts = await mineTxs(
      rpc,
      writer,
      targets.map((t) => ({ from, to: t.address, data: `${toEventSelector(t.signature)}${GARBAGE}` as Hex })),
    )
    return receipts.map((r, i) => ({ chain, ...targets[i], id: `${r.transactionHash}-${Number(BigInt(r.logs[0].logIndex))}` }))
  } finally {
    for (const [address, code] of originals) await rpc.call('anvil_setCode', [address, code])
  }
}
