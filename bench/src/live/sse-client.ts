/** A minimal Server-Sent Events reader over fetch, for the `live` subscription. */

export const LIVE_QUERY = 'subscription { live { heads { og { height } } newSettlements { txHash } } }'

export interface SseStream {
  /** resolves once the stream has sent its first bytes (the server's opening comment) */
  opened: Promise<void>
  close(): void
}

export function openLive(url: string, onEvent: (data: any, at: number) => void): SseStream {
  const abort = new AbortController()
  let markOpen: () => void = () => {}
  const opened = new Promise<void>((resolve) => {
    markOpen = resolve
  })
  void (async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent(LIVE_QUERY)}`, { headers: { accept: 'text/event-stream' }, signal: abort.signal })
    if (!res.ok || !res.body) throw new Error(`live stream answered ${res.status}`)
    const reader = res.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      markOpen()
      buffer += decoder.decode(value, { stream: true })
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = block.split('\n').find((l) => l.startsWith('data: '))
        if (block.includes('event: next') && data) onEvent(JSON.parse(data.slice(6)), Date.now())
      }
    }
  })().catch((error) => {
    if ((error as Error).name !== 'AbortError') console.error(`[bench:live] stream: ${(error as Error).message}`)
  })
  return { opened, close: () => abort.abort() }
}
