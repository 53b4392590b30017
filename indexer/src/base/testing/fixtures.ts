import fs from 'node:fs'
import path from 'node:path'
import { encodeAbiParameters, encodeEventTopics, encodeFunctionData, parseAbi, parseAbiParameters, toEventSelector, type Abi, type Hex } from 'viem'
import type { NetworkProfile } from '../../config/profile'
import type { ItemLog } from '../items'

/** Test fixtures for the Base pipeline: a small profile and logs built with viem from the real ABIs. */
export const OPG = '0x00000000000000000000000000000000000000f0'
export const USDC = '0x00000000000000000000000000000000000000c0'
export const POOL = '0x00000000000000000000000000000000000000d0'
export const EXACT = '0x402085c248eea27d92e8b30b2c58ed07f9e20001'
export const UPTO = '0x4020a4f3b7b90cca423b9fabcc0ce57c6c240002'
export const VESTING = '0x00000000000000000000000000000000000000e0'
export const TREASURY = '0x00000000000000000000000000000000000000e1'
export const FACILITATOR = '0x00000000000000000000000000000000000000fa'
export const ZERO = '0x0000000000000000000000000000000000000000'

export function testProfile(): NetworkProfile {
  const chain = { chainId: 1, rpcUrl: 'http://unused', finalityConfirmations: 1, backfillBatchBlocks: 10, deferIndexesFromBlocks: 0 }
  const ref = { address: ZERO, from: 0 }
  return {
    name: 'test',
    blobStoreUrl: 'http://unused',
    labels: [
      { address: VESTING, label: 'Ecosystem vesting', category: 'vesting', circulating: false, allocation: 'ecosystem' },
      { address: TREASURY, label: 'Treasury', category: 'treasury', circulating: false },
      { address: POOL, label: 'OPG/USDC pool', category: 'dex-pool', circulating: true },
    ],
    og: {
      ...chain,
      contracts: {
        settlementRelays: [],
        legacyRelays: [],
        teeRegistries: [],
        stakingPrecompile: ref,
        distributionPrecompile: ref,
        slashingPrecompile: ref,
        inferencePrecompile: ref,
        inferenceHubs: [],
      },
    },
    base: {
      ...chain,
      contracts: {
        opg: { address: OPG, from: 0 },
        x402ExactProxy: { address: EXACT, from: 0 },
        x402UptoProxy: { address: UPTO, from: 0 },
        allocationSources: [{ address: VESTING, from: 0, allocation: 'ecosystem', kind: 'vesting' }],
        pool: { address: POOL, from: 0, opgIsToken0: false, usdcDecimals: 6 },
      },
    },
  }
}

const erc20 = parseAbi(['event Transfer(address indexed from, address indexed to, uint256 value)'])
const poolAbi = parseAbi([
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
])
const abiDir = path.resolve(__dirname, '../../../abi')
const uptoAbi = JSON.parse(fs.readFileSync(path.join(abiDir, 'X402UptoProxy.json'), 'utf8')) as Abi

let nextLog = 0
export const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}`

export function transferLog(txHash: string, from: string, to: string, amount: bigint, address = OPG): ItemLog {
  const topics = encodeEventTopics({ abi: erc20, eventName: 'Transfer', args: { from: from as Hex, to: to as Hex } }) as string[]
  return { address, topics, data: encodeAbiParameters([{ type: 'uint256' }], [amount]), logIndex: nextLog++, transactionHash: txHash }
}

export function uptoSettleInput(payer: string, payee: string, amount: bigint, token = OPG): string {
  const permit = { permitted: { token, amount: 10n ** 17n }, nonce: 1n, deadline: 2n ** 40n }
  return encodeFunctionData({
    abi: uptoAbi,
    functionName: 'settle',
    args: [permit, amount, payer, { to: payee, facilitator: FACILITATOR, validAfter: 0n }, `0x${'11'.repeat(65)}`],
  })
}

export function settledLog(txHash: string, input: string | undefined, to = UPTO, address = UPTO, withPermit = false): ItemLog {
  const topic = toEventSelector(withPermit ? 'SettledWithPermit()' : 'Settled()')
  return { address, topics: [topic], data: '0x', logIndex: nextLog++, transactionHash: txHash, transaction: input === undefined ? undefined : { input, to } }
}

/** A swap with OPG as token1: amount0 is USDC, amount1 OPG; sqrtP = 2^96·2^20 prices OPG at 2^-40·10^12 USD. */
export function swapLog(txHash: string, usdcIn: bigint, opgIn: bigint, sqrtP = 2n ** 116n): ItemLog {
  const topics = encodeEventTopics({ abi: poolAbi, eventName: 'Swap', args: { sender: FACILITATOR, recipient: FACILITATOR } }) as string[]
  const data = encodeAbiParameters(parseAbiParameters('int256, int256, uint160, uint128, int24'), [usdcIn, opgIn, sqrtP, 10n ** 20n, 0])
  return { address: POOL, topics, data, logIndex: nextLog++, transactionHash: txHash }
}
