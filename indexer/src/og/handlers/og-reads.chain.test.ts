// Against a real anvil devnet: the staking precompile's validators() list seeds validators that no
// EVM log announces, page by page; getTEE read at latest through the real StateReader either gives a
// key that hashes to the id or is refused (a TEE the registry does not hold: key unknown).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startTestDevnet } from '@og-explorer/devnet'
import { encodeFunctionData, getAddress, keccak256, parseAbi, toEventSelector } from 'viem'
import { StateReader } from '../../rpc/state-reader'
import { listValidators } from '../staking/seed'
import { getTeeCall } from '../tee/decode'
import { teeInfoOf } from '../tee/state'

const STAKING = '0x0000000000000000000000000000000000000800'
const OPG = 10n ** 18n
let devnet: Awaited<ReturnType<typeof startTestDevnet>>

before(async () => {
  devnet = await startTestDevnet()
})
after(async () => {
  await devnet?.dispose()
})

const head = async () => Number(BigInt(await devnet.og.rpc.call<string>('eth_blockNumber', [])))

test('validators added without a log are listed by the precompile, across pages, at the block asked', async () => {
  const reader = new StateReader(devnet.deployments.chains.og.rpcUrl)
  const createLogs = await devnet.og.rpc.call<unknown[]>('eth_getLogs', [
    { fromBlock: '0x0', toBlock: 'latest', address: STAKING, topics: [toEventSelector('CreateValidator(address,uint256)')] },
  ])
  assert.equal(createLogs.length, 0, 'the bare devnet has no CreateValidator log')
  const before = await head()
  const genesis = await listValidators(reader, STAKING, before)
  assert.ok(!(genesis instanceof Error), String(genesis))
  assert.equal(genesis.validators.length, 1, 'the proof-of-authority validator of the devnet')
  assert.deepEqual([genesis.validators[0].view.tokens, genesis.validators[0].view.status, genesis.validators[0].view.exists], [10n * OPG, 'BONDED', true])

  // governance adds two more (no log either); listed one per page, every page follows nextKey
  const admin = devnet.deployments.actors.ogAdmin as `0x${string}`
  const abi = parseAbi(['function adminAddValidator(address,(string,string,string,string,string),uint256,string,uint256)'])
  for (const [i, operator] of ['0x00000000000000000000000000000000000000b1', '0x00000000000000000000000000000000000000b2'].entries()) {
    devnet.ogWriter.send({
      from: admin,
      to: STAKING,
      data: encodeFunctionData({
        abi,
        functionName: 'adminAddValidator',
        args: [getAddress(operator), [`gov-${i}`, '', '', '', ''], 5n * 10n ** 16n, `pubkey-${i}`, BigInt(i + 2) * OPG],
      }),
    })
  }
  await devnet.ogWriter.mine(devnet.ogWriter.lastTimestamp + 2)
  const now = await listValidators(reader, STAKING, await head(), 1)
  assert.ok(!(now instanceof Error), String(now))
  assert.deepEqual(
    now.validators.map((v) => v.id),
    [genesis.validators[0].id, '0x00000000000000000000000000000000000000b1', '0x00000000000000000000000000000000000000b2'],
  )
  assert.deepEqual(
    now.validators.map((v) => v.view.tokens),
    [10n * OPG, 2n * OPG, 3n * OPG],
  )
  // read at the earlier block, the list is what it was then
  const then = await listValidators(reader, STAKING, before, 1)
  assert.ok(!(then instanceof Error))
  assert.equal(then.validators.length, 1)
})

test('getTEE at latest for a TEE the registry does not hold gives no key (key unknown), never an empty one', async () => {
  const reader = new StateReader(devnet.deployments.chains.og.rpcUrl)
  const registry = Object.values(devnet.deployments.chains.og.contracts).find((c) => c.kind === 'tee-registry')!.address
  const teeId = keccak256('0x3082deadbeef')
  const [result] = await reader.callMany([{ to: registry, data: getTeeCall(teeId), block: 'latest' }])
  assert.ok(result instanceof Error && /revert/.test(result.message), 'the registry reverts TEENotFound')
  assert.ok(teeInfoOf(teeId, result) instanceof Error, 'no key for an id the registry does not hold')
})
