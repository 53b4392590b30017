/**
 * The SQD Network gateway as a data source, with an API key. @subsquid/evm-processor 1.27.3 builds
 * its gateway client in the private `getArchiveDataSource()`, with only an `x-squid-id` header, and
 * the public v2 archive now refuses requests without a key. This builds the same client (the same
 * classes, options and logger) with the key added, and installs it on the one processor instance in
 * place of the library's method; nothing in node_modules changes.
 *
 * The key goes out as `Authorization: Bearer <key>` and as `Token: <key>`, the two headers upstream
 * clients send, on every request: the router's /height and /<block>/worker and the worker's query.
 */
import { EvmBatchProcessor } from '@subsquid/evm-processor'
import { EvmArchive } from '@subsquid/evm-processor/lib/ds-archive/client'
import { HttpAgent, HttpClient } from '@subsquid/http-client'
import { createLogger } from '@subsquid/logger'
import { ArchiveClient } from '@subsquid/util-internal-archive-client'
import { getOrGenerateSquidId } from '@subsquid/util-internal-processor-tools'

export interface GatewaySettings {
  url: string
  /** SQD Network API key; unset for a gateway that needs none (a self-hosted one) */
  apiKey?: string
  /** per-query timeout in ms (the library's default when unset) */
  requestTimeout?: number
}

/** The headers every gateway request carries. */
export function gatewayHeaders(apiKey: string | undefined, squidId: string = getOrGenerateSquidId()): Record<string, string> {
  const headers: Record<string, string> = { 'x-squid-id': squidId }
  if (apiKey) {
    headers.authorization = `Bearer ${apiKey}`
    headers.token = apiKey
  }
  return headers
}

type WithArchiveSource = { getArchiveDataSource: () => EvmArchive }

/** Sets the processor's gateway and makes every request to it carry the API key. */
export function useGateway<P extends EvmBatchProcessor<any>>(processor: P, settings: GatewaySettings): P {
  // the method this replaces; if a library upgrade renames it, fail here rather than run without the key
  if (typeof (EvmBatchProcessor.prototype as unknown as Partial<WithArchiveSource>).getArchiveDataSource !== 'function') {
    throw new Error('@subsquid/evm-processor no longer has getArchiveDataSource(): the authenticated gateway source needs updating')
  }
  processor.setGateway({ url: settings.url, requestTimeout: settings.requestTimeout })
  let source: EvmArchive | undefined
  ;(processor as unknown as WithArchiveSource).getArchiveDataSource = () => (source ??= authenticatedArchive(settings))
  return processor
}

/** What 1.27.3's getArchiveDataSource() builds, plus the key. */
export function authenticatedArchive(settings: GatewaySettings): EvmArchive {
  const log = createLogger('sqd:processor').child('archive')
  const http = new HttpClient({ headers: gatewayHeaders(settings.apiKey), agent: new HttpAgent({ keepAlive: true }), log })
  return new EvmArchive(new ArchiveClient({ http, url: settings.url, queryTimeout: settings.requestTimeout, log }))
}
