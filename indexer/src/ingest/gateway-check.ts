/**
 * Before Base's processor starts: with a gateway, one `GET /height` with the key. A refused key is
 * a configuration error the operator must fix, so it stops the start with a message naming
 * SQD_API_KEY; Subsquid itself would exit on the 401 deep inside ingestion and be restarted again
 * and again. Without a gateway, one line says what backfilling over RPC alone will cost.
 */
import { gatewayHeaders } from './authenticated-gateway'
import { CONFIG_ERROR_EXIT_CODE, SettingError } from '../util/setting-error'

/** The public SQD Network dataset of Base mainnet (v2 archive; needs an API key). */
export const SQD_BASE_MAINNET_GATEWAY = 'https://v2.archive.subsquid.io/network/base-mainnet'

export { CONFIG_ERROR_EXIT_CODE }

export class GatewayAccessError extends SettingError {}

export type GatewayProbe = { ok: true; height: number } | { ok: false; reason: string }

/**
 * Asks the gateway for its height with the key. Throws GatewayAccessError on 401/403; any other
 * failure (unreachable, 5xx) is returned, not thrown: the gateway client retries those itself.
 */
export async function probeGateway(url: string, apiKey: string | undefined, timeoutMs = 10_000): Promise<GatewayProbe> {
  const heightUrl = `${url.replace(/\/$/, '')}/height`
  let response: Response
  try {
    response = await fetch(heightUrl, { headers: gatewayHeaders(apiKey), signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
  const body = await response.text().catch(() => '')
  if (response.status === 401 || response.status === 403) {
    const refused = apiKey ? 'refused the API key in SQD_API_KEY' : 'requires an API key and SQD_API_KEY is not set'
    throw new GatewayAccessError(
      `the SQD Network gateway ${url} ${refused} (HTTP ${response.status}${body ? `: ${body.trim().slice(0, 200)}` : ''}). ` +
        'Set SQD_API_KEY to a valid key from the SQD portal, or unset BASE_GATEWAY_URL and SQD_API_KEY (mainnet) or set BASE_GATEWAY=off to backfill Base over RPC only.',
    )
  }
  if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` }
  const height = Number(body.trim())
  if (!Number.isSafeInteger(height)) return { ok: false, reason: `the height is not a number: ${body.slice(0, 80)}` }
  return { ok: true, height }
}

/**
 * Blocks per second an RPC-only Base backfill reaches: 1.27.3 fetches every block with all its
 * transactions, one request per block, so a paid endpoint's request rate (or the CPU to decode
 * a full Base block) bounds it near this; a lower configured rate limit bounds it lower.
 */
export const RPC_ONLY_BLOCKS_PER_SECOND = 25

/** The one line printed when Base backfills over RPC alone. */
export function rpcOnlyCostLine(args: { from: number; head: number; rateLimit?: number }): string {
  const blocks = Math.max(0, args.head - args.from + 1)
  const rate = Math.min(RPC_ONLY_BLOCKS_PER_SECOND, args.rateLimit ?? Infinity)
  return (
    `Base backfills over RPC only (no SQD gateway): ${blocks.toLocaleString('en-US')} blocks from ${args.from} to the head ${args.head}, ` +
    `about ${formatDuration(blocks / rate)} at ${rate} blocks/s; set SQD_API_KEY to backfill through the SQD Network gateway instead`
  )
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} h`
  return `${(seconds / 86_400).toFixed(1)} days`
}
