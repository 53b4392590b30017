import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { EvmBatchProcessor } from '@subsquid/evm-processor'
import { isDroppedResponse, retryDroppedResponsesIn } from './dropped-responses'

/**
 * A JSON-RPC node on loopback whose first `drops` answers promise a full body, send half of it and
 * cut the connection (what the fault proxy and a flaky provider do); later answers are whole.
 */
async function droppingNode(drops: number) {
  let requests = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      requests++
      const call = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      const text = JSON.stringify({ jsonrpc: '2.0', id: call.id, result: '0x2a' })
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
      if (requests <= drops) {
        res.write(text.slice(0, text.length >> 1))
        setImmediate(() => req.socket.destroy())
      } else {
        res.end(text)
      }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, requests: () => requests, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) }
}

type Client = { call(method: string, params?: unknown[]): Promise<unknown>; close(): void }
// the client the processor itself builds and ingests with (a private method of 1.27.3)
const clientOf = (processor: EvmBatchProcessor<any>) => (processor as unknown as { getChainRpcClient(): Client }).getChainRpcClient()
const processorFor = (url: string) => new EvmBatchProcessor().setRpcEndpoint({ url, requestTimeout: 5_000 })

test("the processor's own RPC client fails a call whose answer was cut mid-body (the restart this file prevents)", async () => {
  const node = await droppingNode(1)
  const client = clientOf(processorFor(node.url))
  try {
    const error = await client.call('eth_blockNumber').then(
      () => undefined,
      (e: unknown) => e,
    )
    assert.ok(error instanceof Error, 'the call should have failed')
    assert.ok(isDroppedResponse(error), `not recognised as a dropped response: ${error}`)
    assert.equal(node.requests(), 1, 'Subsquid sent it once and gave up')
  } finally {
    client.close()
    await node.close()
  }
})

test('with the wrapper, answers cut mid-body are retried in-process until a whole one arrives', async () => {
  const node = await droppingNode(3)
  const processor = processorFor(node.url)
  retryDroppedResponsesIn(processor)
  const client = clientOf(processor)
  try {
    assert.equal(clientOf(processor), client, 'still one client per processor')
    assert.equal(await client.call('eth_blockNumber'), '0x2a')
    assert.equal(node.requests(), 4)
  } finally {
    client.close()
    await node.close()
  }
})

test('only node-fetch body failures count as dropped responses', () => {
  const bodyFailure = Object.assign(new Error('Invalid response body while trying to fetch http://x: aborted'), { type: 'system' })
  Object.defineProperty(bodyFailure, 'name', { value: 'FetchError' })
  assert.equal(isDroppedResponse(bodyFailure), true)
  const maxSize = Object.assign(new Error('content size at http://x over limit: 10'), { type: 'max-size' })
  Object.defineProperty(maxSize, 'name', { value: 'FetchError' })
  assert.equal(isDroppedResponse(maxSize), false)
  assert.equal(isDroppedResponse(new SyntaxError('Unexpected end of JSON input')), false)
  assert.equal(isDroppedResponse('Invalid response body'), false)
})
