import { useEffect, useRef, useSyncExternalStore } from 'react'
import { GRAPHQL_PATH } from '../api/client'
import { LIVE_SUBSCRIPTION, type LiveEvent } from '../live/query'

type Listener = (event: LiveEvent) => void

/**
 * One EventSource per page, shared by every component that listens: the API holds one stream per
 * tab, not one per list. It opens with the first listener and closes with the last. The browser
 * reconnects a dropped stream by itself; a stream the server ends (a restart, or OVERLOADED when it
 * holds its limit of subscribers) is reopened here after a growing pause.
 */
const listeners = new Set<Listener>()
const watchers = new Set<() => void>()
let source: EventSource | null = null
let latest: LiveEvent | null = null
let retryTimer: ReturnType<typeof setTimeout> | undefined
let pauseMs = 1000
const MAX_PAUSE_MS = 60_000

export const LIVE_URL = `${GRAPHQL_PATH}?query=${encodeURIComponent(LIVE_SUBSCRIPTION)}`

function connect(): void {
  if (source || typeof EventSource === 'undefined' || listeners.size === 0) return
  const es = new EventSource(LIVE_URL)
  source = es
  es.addEventListener('next', (m) => {
    let body: { data?: { live?: LiveEvent } | null; errors?: unknown[] }
    try {
      body = JSON.parse((m as MessageEvent<string>).data)
    } catch {
      return
    }
    const event = body.data?.live
    if (!event) return
    pauseMs = 1000
    latest = event
    for (const l of listeners) l(event)
    for (const w of watchers) w()
  })
  // the server ended the stream (after an error such as OVERLOADED, or on shutdown): try again later
  es.addEventListener('complete', () => reconnectLater())
  es.addEventListener('error', () => {
    if (es.readyState === EventSource.CLOSED) reconnectLater()
  })
}

function disconnect(): void {
  source?.close()
  source = null
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = undefined
}

function reconnectLater(): void {
  disconnect()
  if (listeners.size === 0) return
  retryTimer = setTimeout(connect, pauseMs)
  pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2)
}

/** Listens to the live stream until the returned function is called. */
export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener)
  connect()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      disconnect()
      latest = null
    }
  }
}

/**
 * The newest push of the live stream (null until the first), calling `onEvent` for each push
 * while `enabled`. The callback may change between renders without reopening anything.
 */
export function useLive(onEvent?: Listener, enabled = true): LiveEvent | null {
  const callback = useRef(onEvent)
  callback.current = onEvent
  useEffect(() => {
    if (!enabled) return
    return subscribeLive((e) => callback.current?.(e))
  }, [enabled])
  return useSyncExternalStore(
    (notify) => {
      watchers.add(notify)
      return () => watchers.delete(notify)
    },
    () => (enabled ? latest : null),
    () => null,
  )
}
