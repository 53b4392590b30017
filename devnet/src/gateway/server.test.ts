import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { startAnvil, type AnvilHandle } from '../chain/anvil'
import { DEV_ACCOUNT_0 } from '../chain/actors'
import { freePort } from '../testing/ports'
import { startGatewayServer, type GatewayServer } from './server'

// Runs a real anvil: run under the heavy lock (flock /tmp/heavy.lock).
const KEY = 'devnet-key'
const TOPIC = '0x' + 'ab'.repeat(32)
/** init code that emits one log (topic TOPIC, no data) and deploys nothing */
const EMITTER = `0x7f${TOPIC.slice(2)}60006000a100`
const CHUNK = 50
const LAG = 4

let anvil: AnvilHandle
let gateway: GatewayServer
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-test-'))
/** blocks holding an emitting transaction */
const emitted: number[] = []

before(async () => {
  anvil = await startAnvil({
    name: 'gateway-test',
    chainId: 31337,
    host: '127.0.0.1',
    port: await freePort(),
    genesisTimestamp: 1_700_000_000,
    stateDir: path.join(dir, 'anvil'),
  })
  for (let i = 0; i < 3; i++) {
    await anvil.rpc.call('anvil_mine', ['0x28']) // 40 empty blocks
    await anvil.rpc.call('eth_sendTransaction', [{ from: DEV_ACCOUNT_0, data: EMITTER, gas: '0x30000', gasPrice: '0x0' }])
    await anvil.rpc.call('evm_mine', [])
    emitted.push(Number(BigInt(await anvil.rpc.call<string>('eth_blockNumber'))))
  }
  await anvil.rpc.call('anvil_mine', ['0x0a'])
  gateway = await startGatewayServer({ rpcUrl: anvil.url, apiKey: KEY, chunkBlocks: CHUNK, finalityLag: LAG })
})

after(async () => {
  await gateway?.close()
  await anvil?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

const auth = { authorization: `Bearer ${KEY}` }
const head = async () => Number(BigInt(await anvil.rpc.call<string>('eth_blockNumber')))

async function get(url: string, headers: Record<string, string> = auth): Promise<Response> {
  return fetch(url, { headers })
}

async function query(body: object): Promise<any[]> {
  const from = (body as { fromBlock: number }).fromBlock
  const worker = await (await get(`${gateway.url}/${from}/worker`)).text()
  const res = await fetch(worker, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  assert.equal(res.status, 200, await res.clone().text())
  return res.json() as Promise<any[]>
}

/** what the archive client does: ask again from the block after each answer's last one */
async function queryAll(body: object, to: number): Promise<any[][]> {
  const answers: any[][] = []
  for (let from = (body as { fromBlock: number }).fromBlock; from <= to; ) {
    const blocks = await query({ ...body, fromBlock: from, toBlock: to })
    answers.push(blocks)
    from = blocks[blocks.length - 1].header.number + 1
  }
  return answers
}

test('without the key, or with a wrong one, every endpoint answers 401; Bearer and Token headers pass', async () => {
  const before = gateway.stats().unauthorized
  assert.equal((await get(`${gateway.url}/height`, {})).status, 401)
  assert.equal((await get(`${gateway.url}/0/worker`, { authorization: 'Bearer wrong' })).status, 401)
  assert.equal((await fetch(`${gateway.url.replace('/network/', '/worker/')}/0`, { method: 'POST', body: '{"fromBlock":0}' })).status, 401)
  assert.equal(gateway.stats().unauthorized, before + 3)
  assert.equal((await get(`${gateway.url}/height`)).status, 200)
  assert.equal((await get(`${gateway.url}/height`, { token: KEY })).status, 200)
})

test('the height stays the finality lag below the head; blocks above it have no worker yet', async () => {
  const height = Number(await (await get(`${gateway.url}/height`)).text())
  assert.equal(height, (await head()) - LAG)
  assert.equal((await get(`${gateway.url}/${height + 1}/worker`)).status, 503)
})

test('a worker answers up to the end of its chunk; asking again covers the range, each log once', async () => {
  const height = (await head()) - LAG
  const answers = await queryAll(
    {
      fromBlock: 0,
      logs: [{ topic0: [TOPIC], transaction: true }],
      fields: { log: { topics: true, transactionHash: true }, transaction: { hash: true, from: true, input: true } },
    },
    height,
  )
  assert.deepEqual(
    answers.map((a) => a[a.length - 1].header.number),
    Array.from({ length: Math.ceil((height + 1) / CHUNK) }, (_, i) => Math.min((i + 1) * CHUNK - 1, height)),
  )
  const blocks = answers.flat().filter((b) => b.logs.length > 0)
  assert.deepEqual(
    blocks.map((b) => b.header.number),
    emitted.filter((n) => n <= height),
  )
  for (const b of blocks) {
    assert.equal(b.logs.length, 1)
    assert.equal(b.transactions.length, 1)
    assert.equal(b.logs[0].transactionHash, b.transactions[0].hash)
    assert.equal(b.transactions[0].from, DEV_ACCOUNT_0.toLowerCase())
    assert.equal(b.transactions[0].input, EMITTER)
    assert.deepEqual(b.logs[0].topics, [TOPIC])
    assert.equal(typeof b.header.number, 'number')
    assert.equal(typeof b.logs[0].logIndex, 'number')
  }
  // the same logs eth_getLogs gives
  const rpcLogs = await anvil.rpc.call<any[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: `0x${height.toString(16)}`, topics: [TOPIC] }])
  assert.deepEqual(
    blocks.map((b) => b.transactions[0].hash),
    rpcLogs.map((l) => l.transactionHash),
  )
})

test('toBlock, includeAllBlocks, the header fields asked for, and a worker refusing another chunk’s block', async () => {
  const blocks = await query({ fromBlock: 3, toBlock: 6, includeAllBlocks: true, fields: { block: { timestamp: true } } })
  assert.deepEqual(
    blocks.map((b) => b.header.number),
    [3, 4, 5, 6],
  )
  const rpc = await anvil.rpc.call<any>('eth_getBlockByNumber', ['0x4', false])
  assert.deepEqual(blocks[1].header, { number: 4, hash: rpc.hash, parentHash: rpc.parentHash, timestamp: Number(BigInt(rpc.timestamp)) })
  const worker = await (await get(`${gateway.url}/0/worker`)).text()
  const res = await fetch(worker, { method: 'POST', headers: auth, body: JSON.stringify({ fromBlock: CHUNK + 1 }) })
  assert.equal(res.status, 400)
  const bad = await fetch(worker, { method: 'POST', headers: auth, body: JSON.stringify({ fromBlock: 0, traces: [{}] }) })
  assert.equal(bad.status, 400)
  assert.match(await bad.text(), /traces are not served/)
})

test('after the chain is rewound and re-mined, the gateway serves the new blocks, not its cache', async () => {
  const snapshot = await anvil.rpc.call<string>('evm_snapshot')
  await anvil.rpc.call('anvil_mine', ['0x05'])
  const target = (await head()) - LAG
  const [old] = await query({ fromBlock: target, toBlock: target, includeAllBlocks: true })
  await anvil.rpc.call('evm_revert', [snapshot])
  // re-mined with a later timestamp: the same numbers, other hashes
  const latest = await anvil.rpc.call<any>('eth_getBlockByNumber', ['latest', false])
  await anvil.rpc.call('evm_setNextBlockTimestamp', [Number(BigInt(latest.timestamp)) + 1000])
  await anvil.rpc.call('anvil_mine', ['0x05'])
  assert.equal((await head()) - LAG, target)
  const [fresh] = await query({ fromBlock: target, toBlock: target, includeAllBlocks: true })
  const onChain = await anvil.rpc.call<any>('eth_getBlockByNumber', [`0x${target.toString(16)}`, false])
  assert.notEqual(onChain.hash, old.header.hash)
  assert.equal(fresh.header.hash, onChain.hash)
})
