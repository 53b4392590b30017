/**
 * An SQD gateway as preflight sees it: reachable, the key accepted, its height, and how fast one
 * worker query over the chain's contracts moves from the start block (for the first-sync estimate).
 */

export type GatewayProbe =
  | { kind: 'ok'; height: number; blocksPerQuery: number; msPerQuery: number }
  | { kind: 'refused'; status: number }
  | { kind: 'error'; message: string }

export async function probeGateway(url: string, addresses: string[], from: number, apiKey?: string, timeoutMs = 30_000): Promise<GatewayProbe> {
  const base = url.replace(/\/+$/, '')
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}`, token: apiKey } : {}
  const get = (path: string) => fetch(`${base}/${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) })
  try {
    const heightAnswer = await get('height')
    if (heightAnswer.status === 401 || heightAnswer.status === 403) return { kind: 'refused', status: heightAnswer.status }
    if (!heightAnswer.ok) return { kind: 'error', message: `GET /height: HTTP ${heightAnswer.status}` }
    const height = Number((await heightAnswer.text()).trim())
    if (!Number.isSafeInteger(height)) return { kind: 'error', message: 'GET /height: not a block number' }
    if (from > height) return { kind: 'ok', height, blocksPerQuery: 0, msPerQuery: 0 }
    const started = performance.now()
    const worker = await get(`${from}/worker`)
    if (worker.status === 401 || worker.status === 403) return { kind: 'refused', status: worker.status }
    if (!worker.ok) return { kind: 'error', message: `GET /${from}/worker: HTTP ${worker.status}` }
    const query = {
      fromBlock: from,
      toBlock: height,
      fields: { block: { number: true }, log: { address: true } },
      logs: [{ address: addresses, transaction: true }],
    }
    const answer = await fetch((await worker.text()).trim(), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(query),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (answer.status === 401 || answer.status === 403) return { kind: 'refused', status: answer.status }
    if (!answer.ok) return { kind: 'error', message: `worker query: HTTP ${answer.status}` }
    const blocks = (await answer.json()) as { header: { number: number } }[]
    const last = blocks.at(-1)?.header.number ?? from
    return { kind: 'ok', height, blocksPerQuery: last - from + 1, msPerQuery: performance.now() - started }
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}
