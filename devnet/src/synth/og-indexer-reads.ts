/**
 * Every state read the OG indexer makes by eth_call, for every TEE, validator and delegation an OG
 * history's logs name: for holding the recorded state's answers (dataset/og-state-calls.ts) to a node's.
 */
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { loadArtifact } from '@og-explorer/contracts'
import { encodeFunctionData, type Abi, type Hex } from 'viem'
import type { DatasetBlock } from '../dataset/format'
import type { Deployments } from '../deployments'

export interface IndexerRead {
  to: string
  data: Hex
}

export function ogIndexerReads(blocks: DatasetBlock[], deployments: Deployments): IndexerRead[] {
  const registry = loadArtifact('TEERegistry').abi as Abi
  const staking = loadArtifact('StakingPrecompile').abi as Abi
  const stakingAt = FIXED_ADDRESSES.stakingPrecompile
  const registries = [deployments.chains.og.contracts.TEERegistryLegacy.address, deployments.chains.og.contracts.TEERegistry.address]
  const teeIds = new Set<string>()
  const validators = new Set<string>()
  const pairs = new Set<string>()
  for (const b of blocks)
    for (const l of b.logs) {
      if (l.topics.length >= 2 && registries.includes(l.address)) teeIds.add(l.topics[1])
      if (l.address === stakingAt && l.topics.length >= 3) {
        const [delegator, validator] = [`0x${l.topics[1].slice(26)}`, `0x${l.topics[2].slice(26)}`]
        validators.add(validator)
        pairs.add(`${delegator}/${validator}`)
      }
      if (l.address === stakingAt && l.topics.length === 2) validators.add(`0x${l.topics[1].slice(26)}`)
    }
  const reads: IndexerRead[] = []
  for (const to of registries) {
    reads.push({ to, data: encodeFunctionData({ abi: registry, functionName: 'heartbeatMaxAge' }) })
    for (const teeId of teeIds) reads.push({ to, data: encodeFunctionData({ abi: registry, functionName: 'getTEE', args: [teeId] }) })
  }
  for (const v of validators) reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validator', args: [v] }) })
  for (const pair of pairs) {
    const [delegator, validator] = pair.split('/')
    reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'delegation', args: [delegator, validator] }) })
  }
  const page = { key: '0x', offset: 0n, limit: 3n, countTotal: true, reverse: false }
  reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validators', args: ['', page] }) })
  reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validators', args: ['BOND_STATUS_BONDED', { ...page, offset: 2n }] }) })
  return reads
}
