import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeAbiParameters, encodeEventTopics, parseAbi, parseAbiParameters } from 'viem'
import { decodePoolLog } from './decode'

const abi = parseAbi([
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
  'event Initialize(uint160 sqrtPriceX96, int24 tick)',
])
const router = '0x00000000000000000000000000000000000000aa'
const trader = '0x00000000000000000000000000000000000000bb'
const Q96 = 2n ** 96n

function swapLog(amount0: bigint, amount1: bigint, sqrtP: bigint, tick: number) {
  const topics = encodeEventTopics({ abi, eventName: 'Swap', args: { sender: router, recipient: trader } }) as string[]
  const data = encodeAbiParameters(parseAbiParameters('int256, int256, uint160, uint128, int24'), [amount0, amount1, sqrtP, 10n ** 20n, tick])
  return { topics, data }
}

test('a buy of OPG with OPG as token1: USDC in, OPG out, volume is the USDC side', () => {
  // 100 USDC in, 200 OPG out; pool price 2^40 OPG wei per USDC unit → $0.909...
  const swap = decodePoolLog(swapLog(100_000_000n, -200n * 10n ** 18n, Q96 << 20n, 277_000), { opgIsToken0: false, usdcDecimals: 6 })!
  assert.equal(swap.amountOpg, -200n * 10n ** 18n)
  assert.equal(swap.amountUsdc, 100_000_000n)
  assert.equal(swap.volumeUsd.toString(), '100')
  assert.equal(swap.priceUsd.toString(), '0.909494701772928238')
  assert.equal(swap.sender, router)
  assert.equal(swap.recipient, trader)
  assert.equal(swap.tick, 277_000)
  assert.equal(swap.liquidity, 10n ** 20n)
})

test('a sell with OPG as token0: OPG in, USDC out; negative ticks decode', () => {
  const swap = decodePoolLog(swapLog(50n * 10n ** 18n, -24_000_000n, Q96 >> 20n, -277_000), { opgIsToken0: true, usdcDecimals: 6 })!
  assert.equal(swap.amountOpg, 50n * 10n ** 18n)
  assert.equal(swap.amountUsdc, -24_000_000n)
  assert.equal(swap.volumeUsd.toString(), '24')
  assert.equal(swap.tick, -277_000)
})

test('Initialize is not indexed', () => {
  const topics = encodeEventTopics({ abi, eventName: 'Initialize' }) as string[]
  assert.equal(
    decodePoolLog({ topics, data: encodeAbiParameters(parseAbiParameters('uint160, int24'), [Q96, 0]) }, { opgIsToken0: true, usdcDecimals: 6 }),
    undefined,
  )
})
