/**
 * For tests: a real anvil chain whose contracts are deployed after thousands of empty blocks, as on a
 * real network where our contracts arrive long after genesis. Each contract emits one log from its
 * constructor (so a gateway sees it from its deploy block on) and keeps one byte of code.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '@og-explorer/devnet'
import { startAnvil, type AnvilHandle } from '@og-explorer/devnet/lib/chain/anvil'
import type { NetworkProfile } from '@og-explorer/indexer/lib/config/profile'

// LOG1(0, 0, topic 0x01), then RETURN(0, 1): runtime code is the single byte 0x00
const INIT_CODE = '0x600160006000a160016000f3'
const FUNDED = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'

export interface LateChain {
  anvil: AnvilHandle
  url: string
  chainId: number
  /** deploy block by address, in deploy order */
  deployed: { address: string; block: number }[]
  dispose(): Promise<void>
}

/**
 * `gaps[i]` empty blocks are mined before contract i is deployed; `after` more follow the last one.
 * With `busy`, the block after the first contract holds that many more constructor logs (of
 * contracts not listed in `deployed`), for probes of a provider's result cap.
 */
export async function startLateChain(options: { chainId: number; gaps: number[]; after?: number; busy?: number }): Promise<LateChain> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-late-chain-'))
  // anvil keeps a few thousand states by default and answers older ones "BlockOutOfRange", like a
  // pruned node; these chains are archive nodes, kept in memory (no per-block disk writes)
  const extraArgs = ['--prune-history', '20000']
  const anvil = await startAnvil({
    name: 'late',
    chainId: options.chainId,
    host: '127.0.0.1',
    port: await freePort(),
    genesisTimestamp: 1_700_000_000,
    stateDir: dir,
    extraArgs,
  })
  const deployed: LateChain['deployed'] = []
  try {
    for (const gap of options.gaps) {
      if (gap > 0) await anvil.rpc.call('anvil_mine', [`0x${gap.toString(16)}`])
      const hash = await anvil.rpc.call<string>('eth_sendTransaction', [{ from: FUNDED, data: INIT_CODE, gas: '0x100000', gasPrice: '0x0' }])
      await anvil.rpc.call('evm_mine', [])
      const receipt = await anvil.rpc.call<{ contractAddress: string; blockNumber: string; logs: unknown[] }>('eth_getTransactionReceipt', [hash])
      if (receipt.logs.length !== 1) throw new Error('the test contract should log once from its constructor')
      deployed.push({ address: receipt.contractAddress.toLowerCase(), block: Number(BigInt(receipt.blockNumber)) })
      if (options.busy && deployed.length === 1) {
        for (let i = 0; i < options.busy; i++)
          await anvil.rpc.call('eth_sendTransaction', [{ from: FUNDED, data: INIT_CODE, gas: '0x100000', gasPrice: '0x0' }])
        await anvil.rpc.call('evm_mine', [])
      }
    }
    if (options.after) await anvil.rpc.call('anvil_mine', [`0x${options.after.toString(16)}`])
  } catch (error) {
    await anvil.stop()
    throw error
  }
  return {
    anvil,
    url: anvil.url,
    chainId: options.chainId,
    deployed,
    async dispose() {
      await anvil.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A profile over two late chains: OG's relays and registry are `og`'s contracts; Base's OPG is `base`'s last, its proxies the first. */
export function lateProfile(og: LateChain, base: LateChain, gateways: { og?: string; base?: string } = {}): NetworkProfile {
  const ref = (address: string) => ({ address, from: 0 })
  const [first, ...rest] = og.deployed
  const precompile = ref('0x0000000000000000000000000000000000000800')
  const endpoint = { finalityConfirmations: 5, backfillBatchBlocks: 50, deferIndexesFromBlocks: 0 }
  return {
    name: 'late-test',
    blobStoreUrl: 'http://127.0.0.1:1',
    labels: [],
    og: {
      ...endpoint,
      chainId: og.chainId,
      rpcUrl: og.url,
      gatewayUrl: gateways.og,
      contracts: {
        // listed out of deploy order, so "the first" must be found, not read off the list
        settlementRelays: rest.map((d) => ref(d.address)),
        legacyRelays: [],
        teeRegistries: [ref(first.address)],
        inferenceHubs: [],
        stakingPrecompile: precompile,
        distributionPrecompile: precompile,
        slashingPrecompile: precompile,
        inferencePrecompile: precompile,
      },
    },
    base: {
      ...endpoint,
      chainId: base.chainId,
      rpcUrl: base.url,
      gatewayUrl: gateways.base,
      contracts: {
        // the x402 proxies predate OPG, as on Base: the start is OPG's deploy block all the same
        opg: ref(base.deployed[base.deployed.length - 1].address),
        x402ExactProxy: ref(base.deployed[0].address),
        x402UptoProxy: ref(base.deployed[0].address),
        allocationSources: [],
      },
    },
  }
}
