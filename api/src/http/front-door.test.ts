import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { LIVENESS, withFrontDoor } from './front-door'

test('the front door answers /healthz itself, before the API handler, and passes everything else on', async () => {
  const reached: string[] = []
  const server = createServer(
    withFrontDoor((req, res) => {
      reached.push(`${req.method} ${req.url}`)
      res.end('api')
    }),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const health = await fetch(`${url}/healthz`)
    assert.equal(health.status, 200)
    assert.deepEqual(await health.json(), LIVENESS)
    assert.equal(health.headers.get('cache-control'), 'no-store')
    assert.equal((await fetch(`${url}/healthz`, { method: 'HEAD' })).status, 200)
    assert.deepEqual(reached, [], 'the API handler never saw the probes')
    await (await fetch(`${url}/healthz?verbose`)).text()
    await (await fetch(`${url}/graphql`, { method: 'POST', body: '{}' })).text()
    assert.deepEqual(reached, ['GET /healthz?verbose', 'POST /graphql'])
  } finally {
    await new Promise((r) => server.close(r))
  }
})
