import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, test } from 'node:test'
import { rpcNodeReader } from './node-reader'

// A node that answers by method, the way a provider can: results, null blocks, errors, HTML.
const answers: Record<string, (params: unknown[]) => { status?: number; body: string }> = {
  eth_chainId: () => ({ body: JSON.stringify({ jsonrpc: '2.0', id: 1, result: '0x2105' }) }),
  eth_blockNumber: () => ({ body: JSON.stringify({ jsonrpc: '2.0', id: 1, result: '0x82' }) }),
  eth_getBlockByNumber: ([tag]) => {
    const n = Number(BigInt(tag as string))
    if (n === 7) return { body: JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'header not found' } }) }
    if (n === 8) return { status: 502, body: '<html>bad gateway</html>' }
    if (n === 9) return { body: '<html>' }
    return { body: JSON.stringify({ jsonrpc: '2.0', id: 1, result: n > 0x82 ? null : { number: tag, hash: '0xABCD' } }) }
  },
}
const server = http.createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    const call = JSON.parse(body)
    const answer = answers[call.method](call.params)
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' })
    res.end(answer.body)
  })
})
const url = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
after(() => server.close())

test('chain id, head and a block hash are read; a block the node does not have is null', async () => {
  const node = rpcNodeReader(await url)
  assert.equal(await node.chainId(), 8453)
  assert.equal(await node.head(), 130)
  assert.equal(await node.hashAt(5), '0xabcd')
  assert.equal(await node.hashAt(131), null)
})

test('an error, an HTTP failure or a body that is not JSON throws: no answer is never "no block"', async () => {
  const node = rpcNodeReader(await url)
  await assert.rejects(node.hashAt(7), /eth_getBlockByNumber\(0x7, false\): header not found/)
  await assert.rejects(node.hashAt(8), /HTTP 502/)
  await assert.rejects(node.hashAt(9), /not JSON/)
  await assert.rejects(rpcNodeReader('http://127.0.0.1:1').chainId(), /eth_chainId: /)
})

test('a WebSocket endpoint is read over HTTP at the same address', async () => {
  const node = rpcNodeReader((await url).replace('http://', 'ws://'))
  assert.equal(await node.chainId(), 8453)
  assert.match(node.endpoint, /^ws:\/\/127\.0\.0\.1:\d+$/)
})
