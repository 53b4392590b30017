import { useEffect, useRef, useSyncExternalStore } from 'react'
import { GRAPHQL_PATH } from '../api/client'
import { LIVE_SUBSCRIPTION, type LiveEvent } from '../live/query'

type Listener = (event: LiveEvent) => void

/**
 * One EventSource per browser, not per tab: a browser opens at most six HTTP/1.1 connections to one
 * origin, and a stream holds one for as long as it is open, so seven open tabs with a stream each would
 * leave none for the pages themselves. The tabs elect a leader with the Web Locks API; the leader holds
 * the stream and relays each push to the other tabs over a BroadcastChannel. When the leader closes, the
 * lock passes to the next tab, which opens the stream. (A browser without locks or channels gets one
 * stream per tab.) Within a tab the stream is shared by every listener: it opens with the first and
 * closes with the last. The browser reconnects a dropped stream by itself; a stream the server ends
 * (a restart, or OVERLOADED when it holds its limit of subscribers) is reopened after a growing pause.
 */
const listeners = new Set<Listener>()
const watchers = new Set<() => void>()
let source: EventSource | null = null
let latest: LiveEvent | null = null
let retryTimer: ReturnType<typeof setTimeout> | undefined
let pauseMs = 1000
const MAX_PAUSE_MS = 60_000

export const LIVE_URL = `${GRAPHQL_PATH}?query=${encodeURIComponent(LIVE_SUBSCRIPTION)}`

const LEADER_LOCK = 'og-explorer-live-stream'
const CHANNEL = 'og-explorer-live'
let channel: BroadcastChannel | null = null
/** ends this tab's claim on the stream: leaves the queue for the lock, or gives the lock up */
let resign: (() => void) | null = null

function deliver(event: LiveEvent): void {
  latest = event
  for (const l of listeners) l(event)
  for (const w of watchers) w()
}

/** Starts listening: as the leader (or alone) by opening the stream, otherwise through the channel. */
function connect(): void {
  if (listeners.size === 0 || source || resign) return
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks || typeof BroadcastChannel === 'undefined') return openStream()
  channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (m: MessageEvent<LiveEvent>) => deliver(m.data)
  const queue = new AbortController()
  let release: (() => void) | undefined
  resign = () => {
    queue.abort()
    release?.()
  }
  locks
    .request(LEADER_LOCK, { signal: queue.signal }, () => {
      if (listeners.size === 0) return undefined
      openStream()
      // held until this tab stops listening (or closes, which releases it too)
      return new Promise<void>((resolve) => {
        release = resolve
      })
    })
    .catch(() => undefined)
}

function openStream(): void {
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
    // the other tabs get it through the channel (which does not echo to its sender)
    channel?.postMessage(event)
    deliver(event)
  })
  // the server ended the stream (after an error such as OVERLOADED, or on shutdown): try again later
  es.addEventListener('complete', () => reconnectLater())
  es.addEventListener('error', () => {
    if (es.readyState === EventSource.CLOSED) reconnectLater()
  })
}

function closeStream(): void {
  source?.close()
  source = null
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = undefined
}

/** Stops listening altogether: the stream, the channel and the claim on the leader lock. */
function disconnect(): void {
  closeStream()
  resign?.()
  resign = null
  channel?.close()
  channel = null
}

/** The leader keeps its lock while the stream is reopened, so the other tabs keep listening to it. */
function reconnectLater(): void {
  closeStream()
  if (listeners.size === 0) return
  retryTimer = setTimeout(openStream, pauseMs)
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
