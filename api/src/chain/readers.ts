import { CHAINS } from '@og-explorer/common'
import type { ApiConfig } from '../config'
import { ChainReader, type ChainReaders } from './chain-reader'

/** A reader per chain with an RPC URL configured; null for the others (their pages show what is indexed). */
export function createChainReaders(config: ApiConfig['chain']): ChainReaders {
  const readers = {} as ChainReaders
  for (const chain of CHAINS) {
    const url = config.rpcUrls[chain]
    readers[chain] = url
      ? new ChainReader(chain, url, {
          timeoutMs: config.timeoutMs,
          concurrency: config.concurrency,
          retries: config.retries,
          cacheEntries: config.cacheEntries,
          cacheDepth: config.cacheDepth,
          headTtlMs: 1000,
        })
      : null
  }
  return readers
}
