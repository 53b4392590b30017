import assert from 'node:assert/strict'
import { test } from 'node:test'
import { verifyChainId } from './chain-id'
import { describeEndpoint, type NodeReader } from './node-reader'

const nodeAnswering = (...answers: (number | Error)[]): NodeReader & { asked: number } => {
  const node = {
    endpoint: 'https://base.example/v2/…',
    asked: 0,
    chainId: async () => {
      const answer = answers[Math.min(node.asked++, answers.length - 1)]
      if (answer instanceof Error) throw answer
      return answer
    },
    head: async () => 0,
    hashAt: async () => null,
  }
  return node
}
const noWait = async () => {}

test('the expected chain id passes', async () => {
  const node = nodeAnswering(8453)
  await verifyChainId({ chain: 'base', node, expected: 8453, variable: 'BASE_RPC_URL', sleep: noWait })
  assert.equal(node.asked, 1)
})

test('another chain id stops at once, naming the endpoint, the variable, what was expected and what came', async () => {
  const node = nodeAnswering(1)
  await assert.rejects(verifyChainId({ chain: 'base', node, expected: 8453, variable: 'BASE_RPC_URL', sleep: noWait }), (error: Error) => {
    assert.match(error.message, /\[base\] wrong chain: https:\/\/base\.example\/v2\/… \(BASE_RPC_URL\) answers eth_chainId 1, but the profile expects 8453/)
    return true
  })
  assert.equal(node.asked, 1, 'a wrong answer is not asked again')
})

test('a node that does not answer is asked again, then the processor stops; a late answer is accepted', async () => {
  const waits: number[] = []
  const down = nodeAnswering(new Error('HTTP 503'))
  await assert.rejects(
    verifyChainId({ chain: 'og', node: down, expected: 10740, variable: 'OG_RPC_URL', retryDelaysMs: [5, 7], sleep: async (ms) => void waits.push(ms) }),
    /cannot read eth_chainId .* after 3 attempts: HTTP 503/,
  )
  assert.deepEqual(waits, [5, 7])
  const late = nodeAnswering(new Error('ECONNRESET'), 10740)
  await verifyChainId({ chain: 'og', node: late, expected: 10740, variable: 'OG_RPC_URL', sleep: noWait })
  assert.equal(late.asked, 2)
})

test('endpoints are printed without the keys providers put in paths and queries', () => {
  assert.equal(describeEndpoint('https://base-mainnet.g.alchemy.com/v2/abcdefghijklmnopqrstuvwxyz012345'), 'https://base-mainnet.g.alchemy.com/v2/…')
  assert.equal(describeEndpoint('https://user:secret@rpc.example:8443/?apikey=xyz'), 'https://rpc.example:8443?…')
  assert.equal(describeEndpoint('http://127.0.0.1:8545'), 'http://127.0.0.1:8545')
  assert.equal(describeEndpoint('not a url'), '(not a URL)')
})
