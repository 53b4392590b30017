import { useResponseCache } from '@graphql-yoga/plugin-response-cache'
import type { Plugin } from 'graphql-yoga'
import { createHash } from 'node:crypto'
import { headsKey, type HeadsReader } from '../heads'

/**
 * Identical queries within `ttlMs` are answered from memory. The key includes the indexed heads,
 * so a new block on either chain makes every entry stale at once, well before the TTL.
 */
export function useHeadAwareResponseCache(heads: HeadsReader, ttlMs: number): Plugin {
  return useResponseCache({
    session: () => null,
    ttl: ttlMs,
    includeExtensionMetadata: false,
    async buildResponseCacheKey({ documentString, variableValues, operationName }) {
      const at = await heads.get().then(headsKey, () => 'unknown')
      return createHash('sha1').update(`${at}\n${operationName ?? ''}\n${documentString}\n${JSON.stringify(variableValues ?? {})}`).digest('base64url')
    },
  }) as Plugin
}
