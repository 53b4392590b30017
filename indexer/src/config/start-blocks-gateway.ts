/**
 * The first block holding a log of some contracts, asked of an SQD Network gateway: `GET {url}/height`,
 * `GET {url}/{from}/worker` for a worker URL, then the query POSTed to that worker. A worker answers
 * the blocks of its chunk that match plus the last block it scanned, so the scan moves on from there
 * until a block with a log comes back. The gateway skips empty ranges itself: this costs a request
 * per chunk, not per block.
 */

export interface GatewayOptions {
  apiKey?: string
  /** the variable holding the key, named in a refusal */
  keyVariable?: string
  timeoutMs?: number
}

interface ArchiveBlock {
  header: { number: number }
  logs?: unknown[]
}

export interface FirstLog {
  /** undefined: no log of these contracts up to the gateway's height */
  block?: number
  height: number
  requests: number
}

export async function firstLogBlock(gatewayUrl: string, addresses: string[], options: GatewayOptions = {}): Promise<FirstLog> {
  const base = gatewayUrl.replace(/\/+$/, '')
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}`, token: options.apiKey } : {}
  let requests = 0
  const request = async (url: string, init: RequestInit = {}): Promise<Response> => {
    requests++
    const response = await fetch(url, {
      ...init,
      headers: { ...headers, ...(init.headers as Record<string, string>) },
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    })
    if (response.status === 401 || response.status === 403) {
      const key = options.keyVariable ?? 'SQD_API_KEY'
      throw new Error(
        `the gateway ${base} refused the request (HTTP ${response.status}): ${options.apiKey ? `check ${key}` : `it needs an API key; set ${key}`}`,
      )
    }
    if (!response.ok) throw new Error(`gateway ${url}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`)
    return response
  }
  const height = Number((await (await request(`${base}/height`)).text()).trim())
  if (!Number.isSafeInteger(height)) throw new Error(`gateway ${base}/height: not a block number`)
  const query = (fromBlock: number) => ({
    fromBlock,
    toBlock: height,
    fields: { block: { number: true }, log: { address: true } },
    logs: [{ address: addresses.map((a) => a.toLowerCase()) }],
  })
  let from = 0
  while (from <= height) {
    const worker = (await (await request(`${base}/${from}/worker`)).text()).trim()
    const blocks = (await (
      await request(worker, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query(from)) })
    ).json()) as ArchiveBlock[]
    if (!Array.isArray(blocks) || blocks.length === 0)
      throw new Error(`gateway worker ${worker}: no blocks from ${from}; an answer must end with the last block scanned`)
    const hit = blocks.find((b) => (b.logs?.length ?? 0) > 0)
    if (hit) return { block: hit.header.number, height, requests }
    const last = blocks[blocks.length - 1].header.number
    if (!(last >= from)) throw new Error(`gateway worker ${worker}: answered block ${last} for a scan from ${from}`)
    from = last + 1
  }
  return { block: undefined, height, requests }
}
