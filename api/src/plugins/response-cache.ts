import type { Plugin } from 'graphql-yoga'
import { createHash } from 'node:crypto'
import { headsKey, type HeadsReader } from '../heads'

export interface ResponseCacheOptions {
  ttlMs: number
  /** total size of the stored response bodies; the oldest entries go first */
  maxBytes?: number
  /** a response larger than this is served but not stored */
  maxEntryBytes?: number
}

interface Entry {
  at: number
  body: string
  contentType: string
  bytes: number
}

/**
 * Identical queries within `ttlMs` are answered with the bytes of the first response. The key holds
 * the indexed heads, so a new block on either chain makes every entry stale at once, well before
 * the TTL.
 *
 * Bytes, not result objects: @graphql-yoga/plugin-response-cache keeps the result and serializes it
 * again on every hit, which is most of the work for the large analytics answers (a supply schedule
 * among them). A hit here skips parsing, validation, execution and serialization; the
 * request still passes the rate limit, the size limit and the metrics, which run on the request.
 * Only answers without errors are stored, so a cached document is one that passed the limits.
 */
export function useHeadAwareResponseCache(heads: HeadsReader, options: ResponseCacheOptions): Plugin {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024
  const entries = new Map<string, Entry>()
  let storedBytes = 0
  let storedAt = ''
  const hits = new WeakMap<Request, Entry>()
  const misses = new WeakMap<Request, { key: string; heads: string }>()

  const drop = (key: string) => {
    const e = entries.get(key)
    if (!e) return
    storedBytes -= e.bytes
    entries.delete(key)
  }
  const store = (key: string, entry: Entry) => {
    drop(key)
    entries.set(key, entry)
    storedBytes += entry.bytes
    for (const oldest of entries.keys()) {
      if (storedBytes <= maxBytes) break
      drop(oldest)
    }
  }

  return {
    async onParams({ params, request, setResult }) {
      const heads_ = await heads.get().then(headsKey, () => null)
      // without the heads nothing can be keyed safely, so the request is simply computed
      if (heads_ === null) return
      if (heads_ !== storedAt) {
        entries.clear()
        storedBytes = 0
        storedAt = heads_
      }
      const key = createHash('sha1')
        .update(
          `${request.headers.get('accept') ?? ''}\n${params.operationName ?? ''}\n${params.query ?? ''}\n${JSON.stringify(params.variables ?? {})}\n${JSON.stringify(params.extensions ?? {})}`,
        )
        .digest('base64url')
      const entry = entries.get(key)
      if (entry && Date.now() - entry.at < options.ttlMs) {
        hits.set(request, entry)
        // a stand-in the later hooks may decorate; the stored bytes are what is sent
        setResult({ data: null })
        return
      }
      if (entry) drop(key)
      misses.set(request, { key, heads: heads_ })
    },
    onExecutionResult({ request, result }) {
      const erroneous = !result || Array.isArray(result) || typeof result !== 'object' || Symbol.asyncIterator in result || (result.errors?.length ?? 0) > 0
      if (erroneous) misses.delete(request)
    },
    onResultProcess({ request, setResultProcessor }) {
      const entry = hits.get(request)
      if (!entry) return
      setResultProcessor(
        (_result, fetchAPI) => new fetchAPI.Response(entry.body, { status: 200, headers: { 'content-type': entry.contentType } }),
        entry.contentType.split(';')[0],
      )
    },
    async onResponse({ request, response }) {
      const miss = misses.get(request)
      if (!miss || response.status !== 200) return
      const contentType = response.headers.get('content-type') ?? ''
      if (!contentType.includes('json')) return
      const body = await response.clone().text()
      const bytes = Buffer.byteLength(body)
      // an answer computed while the heads moved on belongs to no current key
      if (bytes <= maxEntryBytes && miss.heads === storedAt) store(miss.key, { at: Date.now(), body, contentType, bytes })
    },
  }
}
