import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { ChainTx } from './chain-query'
import { ChainTransactionDetail } from './ChainTransaction'

const tx: ChainTx = {
  chain: 'og',
  hash: `0x${'1'.repeat(64)}`,
  chainReads: true,
  found: true,
  status: 'FAILED',
  blockNumber: 1234,
  confirmations: 1,
  timestamp: '2026-07-01T00:00:00.000Z',
  from: `0x${'a'.repeat(40)}`,
  to: `0x${'b'.repeat(40)}`,
  createdContract: null,
  value: '1500000000000000000',
  gasUsed: '21000',
  effectiveGasPrice: '2000000000',
  executionFee: '42000000000000',
  l1Fee: null,
  fee: '42000000000000',
  method: { selector: '0xdeadbeef', name: null, signature: null },
  logs: [
    {
      logIndex: 0,
      address: `0x${'c'.repeat(40)}`,
      event: 'BatchSettlement',
      contract: 'InferenceSettlementRelay',
      signature: 'BatchSettlement(bytes32,uint256,bytes)',
      topics: [],
      data: '0x',
      args: [{ name: 'batchSize', type: 'uint256', value: '7', indexed: false, hashed: false }],
    },
    { logIndex: 1, address: `0x${'d'.repeat(40)}`, event: null, contract: null, signature: null, topics: ['0x01'], data: '0x', args: null },
  ],
}

describe('ChainTransactionDetail', () => {
  it('says failed, counts one confirmation in the singular, writes value and fee in the chain’s coin, and shows raw logs raw', () => {
    render(
      <MemoryRouter>
        <ChainTransactionDetail tx={tx} />
      </MemoryRouter>,
    )
    expect(screen.getByTestId('tx-status').textContent).toBe('Failed')
    expect(screen.getByTestId('tx-confirmations').textContent).toBe('1 confirmation')
    expect(screen.getByText('1.5 OPG')).toBeTruthy()
    expect(screen.getByTestId('tx-fee').textContent).toBe('0.000042 OPG')
    expect(screen.getByText('unknown function')).toBeTruthy()
    expect(screen.getByText('BatchSettlement')).toBeTruthy()
    expect(screen.getByText('unknown event')).toBeTruthy()
    expect(screen.getByText('topic 0: 0x01')).toBeTruthy()
  })
})
