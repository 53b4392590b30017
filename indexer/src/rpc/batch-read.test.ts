import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { startTestDevnet } from '@og-explorer/devnet'
import { encodeErrorResult, parseAbi } from 'viem'
import { delegationCall, validatorCall } from '../og/staking/view'
import { batchReadData, decodeBatchRead } from './batch-read'
import { BATCH_READER_CODE } from './batch-reader-code'
import { StateReader, type CallRequest } from './state-reader'

const ABI = parseAbi(['error Results(bool[] ok, bytes[] results)'])

test('the committed creation code is what contracts/sol/indexer/BatchReader.sol compiles to', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const artifact = require('@og-explorer/contracts/artifacts/BatchReader.json')
  assert.equal(BATCH_READER_CODE, artifact.bytecode, 'recompile the contracts and copy artifacts/BatchReader.json bytecode into rpc/batch-reader-code.ts')
})

test('batch read data is the creation code followed by the reads as constructor arguments', () => {
  const data = batchReadData([{ to: '0x' + '11'.repeat(20), data: '0xabcdef' }])
  assert.ok(data.startsWith(BATCH_READER_CODE))
  assert.ok(data.includes('11'.repeat(20)))
  assert.ok(data.includes('abcdef'))
})

test('decodeBatchRead maps each read to its data or a revert Error, and refuses other revert data', () => {
  const data = encodeErrorResult({
    abi: ABI,
    errorName: 'Results',
    args: [
      [true, false],
      ['0x1234', '0x'],
    ],
  })
  const [ok, failed] = decodeBatchRead(data, 2)
  assert.equal(ok, '0x1234')
  assert.ok(failed instanceof Error && /execution reverted/.test(failed.message))
  assert.throws(() => decodeBatchRead(data, 3), /2 results for 3 reads/)
  // Error(string), as a node's own failure would revert
  assert.throws(() => decodeBatchRead('0x08c379a0' + '00'.repeat(96), 1))
})

let devnet: Awaited<ReturnType<typeof startTestDevnet>>
before(async () => {
  devnet = await startTestDevnet()
})
after(() => devnet?.dispose())

function reads(head: number): CallRequest[] {
  const c = devnet.deployments.chains.og.contracts
  const staking = c.StakingPrecompile.address
  const someone = '0x' + '22'.repeat(20)
  return [
    { to: staking, data: validatorCall(someone), block: head },
    { to: staking, data: delegationCall(someone, someone), block: head },
    // no such function: the precompile contract reverts
    { to: staking, data: '0xdeadbeef', block: head },
    // an address without code answers empty
    { to: someone, data: validatorCall(someone), block: head },
    { to: staking, data: validatorCall(someone), block: Math.max(head - 1, 0) },
  ]
}

const same = (a: (string | Error)[], b: (string | Error)[]) =>
  assert.deepEqual(
    a.map((r) => (r instanceof Error ? 'error' : r)),
    b.map((r) => (r instanceof Error ? 'error' : r)),
  )

test('against anvil, batch calls return what one eth_call per read returns, at each block asked', async () => {
  const reader = new StateReader(devnet.deployments.chains.og.rpcUrl)
  const head = await reader.blockNumber()
  const calls = reads(head)
  const batched = await reader.callMany(calls)
  const single = await reader.callEach(calls)
  same(batched, single)
  assert.ok(batched[2] instanceof Error)
  assert.equal(batched[3], '0x')
  // 250 reads: three batch calls (100 each), in order
  const many = Array.from({ length: 250 }, (_, i) => calls[i % calls.length])
  same(await reader.callMany(many), await reader.callEach(many))
})

test('a node that refuses calls without `to` gets one eth_call per read, and the reader says so once', async () => {
  const upstream = devnet.deployments.chains.og.rpcUrl
  let refused = 0
  // forwards to anvil, but answers calls without `to` the way a node without creation calls would
  const server = http.createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const parsed = JSON.parse(body)
    const list = Array.isArray(parsed) ? parsed : [parsed]
    const refuse = list.filter((r: any) => r.method === 'eth_call' && !r.params[0].to)
    const pass = list.filter((r: any) => !refuse.includes(r))
    refused += refuse.length
    const forwarded = pass.length
      ? await (await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pass) })).json()
      : []
    const replies = [
      ...(forwarded as any[]),
      ...refuse.map((r: any) => ({ jsonrpc: '2.0', id: r.id, error: { code: -32000, message: 'contract creation not allowed in eth_call' } })),
    ]
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(Array.isArray(parsed) ? replies : replies[0]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const lines: string[] = []
    const reader = new StateReader(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 200, (l) => lines.push(l))
    const head = await reader.blockNumber()
    const calls = reads(head)
    const expected = await new StateReader(upstream).callEach(calls)
    for (let i = 0; i < 5; i++) same(await reader.callMany(calls), expected)
    // two blocks, two batch calls per callMany: the second callMany brings the third refusal, then no more
    assert.equal(refused, 4, 'batch calls stop after three refusals')
    assert.equal(lines.length, 1)
    assert.match(lines[0], /does not answer batch calls \(contract creation not allowed in eth_call\)/)
  } finally {
    server.close()
  }
})
