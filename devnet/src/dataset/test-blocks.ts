/**
 * A made-up chain in JSON-RPC form for the dataset's and the dataset gateway's tests: linked hashes,
 * a varying number of transactions per block, each with logs of a few addresses and topics, and
 * receipts. Deterministic, so two calls give the same chain.
 */
import { createHash } from 'node:crypto'
import type { DatasetBlock } from './format'

const hex = (n: number) => `0x${n.toString(16)}`
const hash = (what: string) => `0x${createHash('sha256').update(what).digest('hex')}`

export const TEST_ADDRESSES = ['0x' + 'aa'.repeat(20), '0x' + 'bb'.repeat(20), '0x' + 'cc'.repeat(20)]
export const TEST_TOPICS = [hash('topic 0'), hash('topic 1')]
export const TEST_GENESIS = hash('block 0')

/** block n holds n % 4 transactions; transaction i emits i + 1 logs, one per address in turn */
export function testChain(count: number, options: { from?: number; receipts?: boolean } = {}): DatasetBlock[] {
  const blocks: DatasetBlock[] = []
  const from = options.from ?? 0
  for (let n = from; n < from + count; n++) {
    const blockHash = hash(`block ${n}`)
    const blockNumber = hex(n)
    const header = {
      number: blockNumber,
      hash: blockHash,
      parentHash: n === 0 ? `0x${'00'.repeat(32)}` : hash(`block ${n - 1}`),
      timestamp: hex(1_700_000_000 + 2 * n),
      gasUsed: hex(21_000 * (n % 4)),
      miner: TEST_ADDRESSES[0],
    }
    const transactions = []
    const logs = []
    const receipts = []
    let logIndex = 0
    for (let i = 0; i < n % 4; i++) {
      const txHash = hash(`tx ${n} ${i}`)
      transactions.push({
        blockHash,
        blockNumber,
        transactionIndex: hex(i),
        hash: txHash,
        from: TEST_ADDRESSES[2],
        to: TEST_ADDRESSES[i % 2],
        input: `0xa9059cbb${'00'.repeat(i)}`,
        type: '0x2',
        nonce: hex(n),
        gas: '0x5208',
        value: '0x0',
      })
      for (let j = 0; j <= i; j++) {
        logs.push({
          blockHash,
          blockNumber,
          logIndex: hex(logIndex++),
          transactionIndex: hex(i),
          transactionHash: txHash,
          address: TEST_ADDRESSES[(n + j) % 3],
          data: `0x${hex(n * 10 + j)
            .slice(2)
            .padStart(64, '0')}`,
          topics: [TEST_TOPICS[j % 2], hash(`arg ${n} ${j}`)],
        })
      }
      receipts.push({ transactionHash: txHash, status: '0x1', gasUsed: '0x5208', cumulativeGasUsed: hex(21_000 * (i + 1)), effectiveGasPrice: '0x1' })
    }
    blocks.push({ header, transactions, logs, ...(options.receipts === false ? {} : { receipts }) })
  }
  return blocks
}
